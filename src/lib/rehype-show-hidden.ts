import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { HIDDEN_CHARS, splitHidden, type TextPiece } from '../utils/hidden-chars.ts';

/**
 * The element a hidden character of a source becomes on a page: its code point, visibly, and its
 * name as the tooltip. The character itself is not written, so an override cannot reorder the text
 * and a zero-width space cannot split a number unseen.
 *
 * @example hiddenCharElement({ hidden: '\u200B', code: 'U+200B', name: 'zero-width space' }).children // [{ type: 'text', value: 'U+200B' }]
 */
export function hiddenCharElement(piece: Extract<TextPiece, { hidden: string }>): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['hidden-char'], title: `hidden character in the source: ${piece.name}` },
    children: [{ type: 'text', value: piece.code }],
  };
}

/**
 * A source's text as hast: plain runs as text, each hidden character as its visible mark.
 *
 * @example shownText('a\u202Eb').length // 3
 */
export function shownText(text: string): ElementContent[] {
  return splitHidden(text).map((p) => ('text' in p ? { type: 'text', value: p.text } : hiddenCharElement(p)));
}

/**
 * rehype plugin for the source pages' MDX: every hidden character (control, zero-width or
 * bidirectional, src/utils/hidden-chars.ts) in the text becomes a visible mark.
 */
export function rehypeShowHidden() {
  return (tree: Root): void => {
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (!HIDDEN_CHARS.test(node.value)) return;
      const out = shownText(node.value);
      parent.children.splice(index, 1, ...out);
      return [SKIP, index + out.length];
    });
  };
}
