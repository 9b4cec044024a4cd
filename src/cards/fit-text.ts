/**
 * Fitting text into a card's lines. SVG has no line wrapping, and a card cannot scroll: text is
 * broken at spaces by its measured width, and what does not fit ends in an ellipsis.
 */

/** The width of a text in pixels, at the size and weight the caller has in mind. */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The longest start of `text` that fits `width` with an ellipsis after it: cut at a space when one
 * fits, else between characters (a long word or address), never inside a character.
 *
 * @example ellipsize('one two three', 8, (t) => t.length) // 'one two…'
 */
export function ellipsize(text: string, width: number, measure: Measure): string {
  const words = text.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const start = words.slice(0, n).join(' ').trimEnd();
    if (start && measure(start + ELLIPSIS) <= width) return start + ELLIPSIS;
  }
  const chars = Array.from(graphemes.segment(text), (s) => s.segment);
  for (let n = chars.length - 1; n > 0; n--) {
    const start = chars.slice(0, n).join('');
    if (measure(start + ELLIPSIS) <= width) return start + ELLIPSIS;
  }
  return ELLIPSIS;
}

/**
 * Text broken into at most `maxLines` lines no wider than `width`, at spaces (runs of white space
 * count as one). When it does not fit, its last line ends in an ellipsis; `fits` says whether it did.
 *
 * @example fitLines('one two three', 7, 2, (t) => t.length) // { lines: ['one two', 'three'], fits: true }
 * @example fitLines('one two three four', 7, 1, (t) => t.length) // { lines: ['one…'], fits: false }
 */
export function fitLines(
  text: string,
  width: number,
  maxLines: number,
  measure: Measure,
): { lines: string[]; fits: boolean } {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const [i, word] of words.entries()) {
    const longer = line ? `${line} ${word}` : word;
    if (measure(longer) <= width) {
      line = longer;
      continue;
    }
    if (line && lines.length < maxLines - 1) {
      lines.push(line);
      line = '';
    }
    if (!line && measure(word) <= width) {
      line = word;
      continue;
    }
    // The last line allowed is full, or one word is wider than a line: cut here.
    const rest = [line, ...words.slice(i)].filter(Boolean).join(' ');
    return { lines: [...lines, ellipsize(rest, width, measure)], fits: false };
  }
  return { lines: line ? [...lines, line] : lines, fits: true };
}
