/**
 * Which parts of a text matched a query, for `<mark>`: the words that match a term, found in the
 * original text (accents, case and separators kept) by the same rules as the search itself.
 */
import { termMatch } from './match.ts';
import { words, type Term } from './normalize.ts';

/** A run of text, marked or not. @example { text: '12,000', mark: true } */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A word as written: letters, marks and digits, digit groups with their separators ("12,000"). */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?<=\d)[,\u00a0\u202f\u2009]\d{3}(?!\d))*/gu;

function push(out: Segment[], text: string, mark: boolean): void {
  const last = out.at(-1);
  if (!text) return;
  if (last && last.mark === mark) last.text += text;
  else out.push({ text, mark });
}

/**
 * The text cut into runs, the words matching any term marked.
 *
 * @example highlight('Up to 12,000 troops', [{ word: '12000', prefix: false }])
 * // [{ text: 'Up to ', mark: false }, { text: '12,000', mark: true }, { text: ' troops', mark: false }]
 */
export function highlight(text: string, terms: readonly Term[]): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (const token of text.matchAll(TOKEN)) {
    const hay = ` ${words(token[0]).join(' ')} `;
    if (!terms.some((t) => termMatch(hay, t))) continue;
    push(out, text.slice(from, token.index), false);
    push(out, token[0], true);
    from = token.index + token[0].length;
  }
  push(out, text.slice(from), false);
  return out;
}

/**
 * At most about `max` characters of highlighted text around its first mark, cut at spaces, with an
 * ellipsis where cut; shorter text whole.
 *
 * @example snippet([{ text: 'a '.repeat(200), mark: false }, { text: 'Kursk', mark: true }], 40)[0].text.startsWith('…') // true
 */
export function snippet(segments: readonly Segment[], max = 240): Segment[] {
  const text = segments.map((s) => s.text).join('');
  if (text.length <= max) return [...segments];
  let first = 0;
  for (const s of segments) {
    if (s.mark) break;
    first += s.text.length;
  }
  if (first >= text.length) first = 0;
  let start = Math.max(0, Math.min(first - Math.floor(max / 4), text.length - max));
  let end = Math.min(text.length, start + max);
  if (start > 0) start = nextSpace(text, start, first);
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), first + 1);
  return cut(segments, start, end, start > 0, end < text.length);
}

/** The first word start at or after `from`, but never past `limit`. */
function nextSpace(text: string, from: number, limit: number): number {
  const space = text.indexOf(' ', from);
  return space === -1 || space >= limit ? from : space + 1;
}

function cut(segments: readonly Segment[], start: number, end: number, before: boolean, after: boolean): Segment[] {
  const out: Segment[] = [];
  if (before) push(out, '…', false);
  let at = 0;
  for (const s of segments) {
    const a = Math.max(start, at);
    const b = Math.min(end, at + s.text.length);
    if (a < b) push(out, s.text.slice(a - at, b - at), s.mark);
    at += s.text.length;
  }
  if (after) push(out, '…', false);
  return out;
}
