import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * A file's size as it goes over the network: raw, and compressed with Node's defaults (gzip level
 * 6, what servers compress on the fly with; brotli quality 11, what hosts that precompress use).
 */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Nothing: the sum of no files. */
export const NO_BYTES: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/**
 * The raw, gzip and brotli sizes of some content, in bytes.
 *
 * @example sizesOf('a'.repeat(1000)) // { raw: 1000, gzip: 29, brotli: 11 }
 */
export function sizesOf(content: string | Uint8Array): Sizes {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: bytes.length, gzip: gzipSync(bytes).length, brotli: brotliCompressSync(bytes).length };
}

/**
 * The sizes of several files sent one by one: each is compressed on its own, so the sums are what
 * they cost together.
 *
 * @example sumSizes([{ raw: 10, gzip: 5, brotli: 4 }, { raw: 1, gzip: 2, brotli: 2 }]) // { raw: 11, gzip: 7, brotli: 6 }
 */
export function sumSizes(list: readonly Sizes[]): Sizes {
  return list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), NO_BYTES);
}

/**
 * Sizes for a table cell, in KB (1,024 bytes) with one decimal: raw / gzip / brotli.
 *
 * @example formatSizes({ raw: 10240, gzip: 3072, brotli: 2560 }) // '10.0 / 3.0 / 2.5'
 */
export function formatSizes(sizes: Sizes): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return `${kb(sizes.raw)} / ${kb(sizes.gzip)} / ${kb(sizes.brotli)}`;
}
