import { CONTROL_CHARS, HIDDEN_CHARS, INVISIBLE_CHARS } from '../../../src/utils/hidden-chars.ts';

/** The text the extractor reads, and the way back from its offsets to the raw text's. */
export interface Normalised {
  /** The raw text without zero-width and bidirectional controls, control characters as spaces. */
  text: string;
  /** Offset in the raw text of the character at an offset of `text` (one past the end maps to the end). */
  toRaw: (offset: number) => number;
  /** Offset in the raw text just past the character before an end offset of `text`. */
  endToRaw: (offset: number) => number;
}

/**
 * The text as the extractor reads it: zero-width and bidirectional controls removed (so "1\u200B2,000"
 * reads as 12,000, and "\u202ERUH\u202C" as the letters it holds, RUH), control characters (NUL, bell)
 * as spaces, so that nothing is dropped around them. Line ends are untouched, so line numbers agree.
 * Offsets map back to the raw text, which stays the record: a claim's quote is the raw slice, hidden
 * characters and all. Null when the text has none of these characters (the common case: no copy).
 *
 * @example normaliseForExtraction('1\u200B2,000')!.text // '12,000'
 * @example normaliseForExtraction('1\u200B2,000')!.toRaw(1) // 2
 */
export function normaliseForExtraction(raw: string): Normalised | null {
  if (!HIDDEN_CHARS.test(raw)) return null;
  const kept: number[] = [];
  let text = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (INVISIBLE_CHARS.test(ch)) continue;
    text += CONTROL_CHARS.test(ch) ? ' ' : ch;
    kept.push(i);
  }
  return {
    text,
    toRaw: (offset) => (offset < kept.length ? kept[offset]! : raw.length),
    endToRaw: (offset) => (offset === 0 ? 0 : kept[offset - 1]! + 1),
  };
}
