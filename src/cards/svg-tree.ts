/**
 * A small SVG element tree and its serialiser. Social cards are built as trees, never by pasting
 * strings together, so text from a source ("</text><script>") can only ever become an escaped text
 * node or attribute value: it has no way to open or close an element.
 */
import { esc } from '../charts/svg.ts';

/** An SVG node: an element, or text. */
export type SvgNode = SvgElement | string;

/** An SVG element: its name, attributes and children. Names come from code, never from data. */
export interface SvgElement {
  name: string;
  attrs: Readonly<Record<string, string | number>>;
  children: readonly SvgNode[];
}

/**
 * An element. @example el('text', { x: 10 }, 'a & b') // { name: 'text', attrs: { x: 10 }, children: ['a & b'] }
 */
export function el(name: string, attrs: SvgElement['attrs'] = {}, ...children: SvgNode[]): SvgElement {
  return { name, attrs, children };
}

/**
 * What XML 1.0 cannot hold even as a character reference (its `Char` production): control
 * characters other than tab and line ends, lone surrogates, U+FFFE and U+FFFF. One of them in a
 * card's text would make the whole SVG unreadable to resvg's XML parser.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text as XML character data or an attribute value: escaped, characters XML cannot hold dropped.
 *
 * @example xmlText('a < b & "c"\u0000') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function xmlText(text: string): string {
  return esc(text.toWellFormed().replace(NOT_XML, ''));
}

/**
 * A tree as XML text; elements without children are self-closed.
 *
 * @example toXml(el('text', { x: 1 }, '</text><script>')) // '<text x="1">&lt;/text&gt;&lt;script&gt;</text>'
 */
export function toXml(node: SvgNode): string {
  if (typeof node === 'string') return xmlText(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${xmlText(String(value))}"`)
    .join('');
  if (node.children.length === 0) return `<${node.name}${attrs}/>`;
  return `<${node.name}${attrs}>${node.children.map(toXml).join('')}</${node.name}>`;
}
