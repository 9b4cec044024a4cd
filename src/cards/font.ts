/**
 * The social cards' font: Noto Sans (SIL Open Font Licence) from an npm package, as TTF files resvg
 * reads, so a card looks the same on every machine, a fresh CI machine without fonts included —
 * the build never asks the system for a font. Its advance widths, read from the same files, measure
 * text for fitting it into a card's lines.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';

/** The family name the cards' SVG asks for; the only family resvg is given. */
export const CARD_FONT = 'Noto Sans';

/** The weights a card uses. */
export type Weight = 400 | 700;

const require = createRequire(join(process.cwd(), 'package.json'));

/** The font files, by weight: resolved from the package, wherever node_modules/ is. */
export const FONT_FILES: Readonly<Record<Weight, string>> = {
  400: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  700: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
};

let fonts: Record<Weight, Font> | undefined;
function font(weight: Weight): Font {
  fonts ??= {
    400: open(FONT_FILES[400]),
    700: open(FONT_FILES[700]),
  };
  return fonts[weight];
}

function open(file: string): Font {
  const font = create(readFileSync(file));
  if (font.isCollection) throw new Error(`${file}: a font collection, not one font`);
  return font;
}

/**
 * The width of a line of text in pixels: the sum of its characters' advance widths in the card's
 * font (kerning, which only narrows a line, left out), plus any letter spacing.
 *
 * @example textWidth('12,000', 100, 700) // ≈ 347
 */
export function textWidth(text: string, size: number, weight: Weight = 400, letterSpacing = 0): number {
  const f = font(weight);
  let units = 0;
  let chars = 0;
  for (const ch of text) {
    units += f.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth;
    chars++;
  }
  return (units / f.unitsPerEm) * size + letterSpacing * chars;
}

/**
 * A digest of the font files' bytes, for the card cache's key: another version of the font is
 * another rendering.
 *
 * @example fontDigest() // '3c9a…' (64 hex digits)
 */
export function fontDigest(): string {
  const hash = createHash('sha256');
  for (const file of Object.values(FONT_FILES)) hash.update(readFileSync(file));
  return hash.digest('hex');
}
