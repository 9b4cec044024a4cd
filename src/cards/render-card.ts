/**
 * Cards rendered from SVG by resvg at build time and written as a 16-colour palette PNG by sharp
 * (libimagequant): a card is flat colour and anti-aliased text, which 16 colours keep as it was
 * (looked at side by side), at a third of the bytes of resvg's own truecolour PNG (15 KB against
 * 48 KB a card, measured on the site's cards). Through a content-addressed cache (card-cache.ts): a
 * card is rendered once and read back for as long as its SVG, the font, resvg and sharp stay the
 * same, so a build of thousands of unchanged claims renders none.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import sharp from 'sharp';
import { CARD_CACHE, readCached, storeCached } from './card-cache.ts';
import { CARD_FONT, FONT_FILES, fontDigest } from './font.ts';

/** Bump when what a cache entry holds changes. */
const FORMAT = 'nk-cards-2';

/** The PNG sharp writes: a palette of 16 colours, no dithering (flat fills stay flat), fast search. */
const PALETTE = { palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 9 } as const;

/** resvg's options: the bundled font only, never the machine's. */
const OPTIONS = {
  font: {
    loadSystemFonts: false,
    fontFiles: Object.values(FONT_FILES),
    defaultFontFamily: CARD_FONT,
    sansSerifFamily: CARD_FONT,
  },
  fitTo: { mode: 'original' },
  logLevel: 'off',
} satisfies ResvgRenderOptions;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * What every card's rendering depends on besides its SVG: the cache format, resvg's and sharp's
 * versions, the palette, the font's bytes and the options other than the font files' paths (which
 * differ between machines).
 */
function engineDigest(): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const { font, ...rest } = OPTIONS;
  return sha256(
    JSON.stringify([
      FORMAT,
      version('@resvg/resvg-js'),
      // (sharp exports no package.json: its own versions, libvips' and libimagequant's among them.)
      sharp.versions,
      PALETTE,
      fontDigest(),
      { ...font, fontFiles: null },
      rest,
    ]),
  );
}

/** Renders cards, through a cache; counts what it rendered and what it read back. */
export interface CardRenderer {
  /** The PNG of an SVG card. */
  render(svg: string): Promise<Buffer>;
  readonly rendered: number;
  readonly cached: number;
}

/**
 * A renderer caching in `dir`, or rendering every time when `dir` is null. resvg renders on
 * libuv's thread pool (renderAsync), so the cards Astro renders at once share the cores.
 *
 * @example const cards = cardRenderer(CARD_CACHE); await cards.render(svg); cards.rendered // 1
 */
export function cardRenderer(dir: string | null): CardRenderer {
  let engine: string | undefined;
  let rendered = 0;
  let cached = 0;
  return {
    async render(svg) {
      engine ??= engineDigest();
      const file = dir && join(dir, `${sha256(`${engine}\n${svg}`)}.png`);
      const hit = file && readCached(file);
      if (hit) {
        cached++;
        return hit;
      }
      const image = await renderAsync(svg, OPTIONS);
      const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
        .png(PALETTE)
        .toBuffer();
      rendered++;
      if (file) storeCached(file, png);
      return png;
    },
    get rendered() {
      return rendered;
    },
    get cached() {
      return cached;
    },
  };
}

/** The renderer the site's card endpoints share, caching in CARD_CACHE. */
export const cards = cardRenderer(CARD_CACHE);
