/**
 * Building result markup with DOM calls: index text only ever becomes text nodes, never HTML.
 */
import type { Segment } from '../highlight.ts';

/** What an element is made of: text, other nodes, or highlighted segments. @example h('p', {}, 'Quoted in ', link) */
export type Child = string | Node | readonly Segment[] | null | undefined | false;

/**
 * An element with attributes and children.
 *
 * @example h('a', { href: '../claims/c-1/index.html' }, 'Claim page').outerHTML // '<a href="../claims/c-1/index.html">Claim page</a>'
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  for (const child of children) {
    if (!child) continue;
    if (typeof child === 'string' || child instanceof Node) el.append(child);
    else for (const s of child) el.append(s.mark ? h('mark', {}, s.text) : s.text);
  }
  return el;
}

/**
 * Children with a separator between them, the empty ones left out.
 *
 * @example h('p', {}, ...joined(' · ', ['a', null, 'b'])).textContent // 'a · b'
 */
export function joined(separator: string, children: readonly Child[]): Child[] {
  const kept = children.filter((c) => (typeof c === 'object' && c !== null && 'length' in c ? c.length > 0 : !!c));
  return kept.flatMap((c, n) => (n ? [separator, c] : [c]));
}
