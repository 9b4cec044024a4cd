/**
 * Characters a reader cannot see but that change what a text says: control characters (NUL, bell …;
 * tab and line ends excepted), and zero-width and bidirectional controls (Unicode Technical Standard
 * #39, "invisible" and Unicode Standard Annex #9, explicit formatting characters). A zero-width space
 * inside "1\u200B2,000" hides a digit group from a parser; an override shows "\u202ERUH\u202C" as "HUR".
 * The pipeline reads the text without them (scripts/extract/text/normalise.ts); pages show each one
 * as a visible mark, so no reader is fooled by what the file holds.
 */

/** Control characters other than tab, line feed and carriage return. */
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Zero-width characters and bidirectional controls: in a text, they hide or reorder what is shown. */
export const INVISIBLE_CHARS = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
/** Either kind. */
export const HIDDEN_CHARS = new RegExp(`${CONTROL_CHARS.source.slice(0, -1)}${INVISIBLE_CHARS.source.slice(1)}`);

/** Names for the invisible characters (the Unicode character names, in lower case). */
const NAMES: Record<number, string> = {
  0x0000: 'null',
  0x0007: 'bell',
  0x0008: 'backspace',
  0x000b: 'line tabulation',
  0x000c: 'form feed',
  0x001b: 'escape',
  0x007f: 'delete',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};

/** One run of a text: plain text, or one hidden character with its code point and name. */
export type TextPiece = { text: string } | { hidden: string; code: string; name: string };

/**
 * A text cut into plain runs and hidden characters, for a page to show each hidden one visibly.
 *
 * @example splitHidden('1\u200B2') // [{ text: '1' }, { hidden: '\u200B', code: 'U+200B', name: 'zero-width space' }, { text: '2' }]
 */
export function splitHidden(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(new RegExp(HIDDEN_CHARS.source, 'g'))) {
    if (m.index > at) pieces.push({ text: text.slice(at, m.index) });
    const cp = m[0].codePointAt(0)!;
    pieces.push({ hidden: m[0], code: codeOf(cp), name: NAMES[cp] ?? 'control character' });
    at = m.index + 1;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
  return pieces;
}

/**
 * The text with each hidden character written out as `⟨U+200B⟩`: for text shown where markup cannot
 * go (a citation to copy, a chart's tooltip, a page title).
 *
 * @example revealHidden('said \u202ERUH\u202C') // 'said ⟨U+202E⟩RUH⟨U+202C⟩'
 */
export function revealHidden(text: string): string {
  if (!HIDDEN_CHARS.test(text)) return text;
  return text.replace(new RegExp(HIDDEN_CHARS.source, 'g'), (ch) => `⟨${codeOf(ch.codePointAt(0)!)}⟩`);
}

const codeOf = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
