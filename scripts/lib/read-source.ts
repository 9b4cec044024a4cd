import { createHash } from 'node:crypto';
import type { SourceEncoding, SourceFormat } from '../../src/schemas/source.ts';
import { CONTROL_CHARS as CONTROLS, INVISIBLE_CHARS as INVISIBLE } from '../../src/utils/hidden-chars.ts';

/** Largest source file accepted: a long news article is under 100 KB. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
/** Largest sidecar accepted: five short fields. */
export const MAX_SIDECAR_BYTES = 64 * 1024;

export type Decoded =
  | { ok: true; text: string; sha256: string; bytes: number; encoding: SourceEncoding; warnings: string[] }
  | { ok: false; error: string };

/**
 * Decode a source file's bytes, or say in one line why it cannot be a source. Policy:
 * - UTF-8 (byte-order mark removed), or UTF-16 with a byte-order mark (a warning);
 * - bytes that are not UTF-8 at all (no valid multi-byte sequence anywhere, as in text saved by a
 *   Windows editor: `caf\xE9`) are read as Windows-1252, the WHATWG decoder built into the runtime,
 *   which maps every byte to one character, so nothing is lost; a warning gives the first byte that
 *   is not UTF-8;
 * - UTF-8 with some damaged bytes (valid multi-byte sequences elsewhere) stays UTF-8: the damaged
 *   bytes become U+FFFD, with a warning giving the first one's byte offset;
 * - control characters, and zero-width and bidirectional controls, are reported with the byte of
 *   the first and kept in the text (offsets stay true to the file; extraction reads past them, see
 *   extract/text/normalise.ts); empty and binary files are refused.
 *
 * @example decodeSource(new TextEncoder().encode('\uFEFFHi')) // { ok: true, text: 'Hi', encoding: 'utf-8', … }
 * @example decodeSource(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // { ok: true, text: 'café', encoding: 'windows-1252', … }
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const warnings: string[] = [];
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { ok: false, error: `file too large: ${bytes.length} bytes (the limit is ${MAX_SOURCE_BYTES} bytes)` };
  }
  let encoding: SourceEncoding = 'utf-8';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    warnings.push('decoded as UTF-16 (byte-order mark); offsets refer to the decoded text');
  } else {
    if (looksBinary(bytes)) return { ok: false, error: 'binary file, not text' };
    const { invalid, multibyte } = scanUtf8(bytes);
    if (invalid >= 0 && !multibyte) {
      encoding = 'windows-1252';
      warnings.push(`not UTF-8 (byte ${invalid} is 0x${hex(bytes[invalid]!)}); decoded as Windows-1252`);
    } else if (invalid >= 0) {
      warnings.push(`invalid UTF-8 at byte ${invalid} (0x${hex(bytes[invalid]!)}); invalid bytes shown as U+FFFD`);
    }
  }
  const text = new TextDecoder(encoding).decode(bytes);
  if (!text.trim()) return { ok: false, error: 'empty file (only white space)' };
  // (The offset of the first one, in bytes of the file, so an editor can find it.)
  const byteAt = (i: number) =>
    encoding === 'windows-1252'
      ? i
      : encoding === 'utf-8'
        ? (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0) +
          new TextEncoder().encode(text.slice(0, i)).length
        : 2 + 2 * i;
  const first = (re: RegExp) => {
    const all = [...text.matchAll(re)];
    const at = all[0]?.index ?? 0;
    const code = text.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0');
    return { count: all.length, where: `the first, U+${code}, at byte ${byteAt(at)}` };
  };
  if (CONTROLS.test(text)) {
    const { count, where } = first(new RegExp(CONTROLS.source, 'g'));
    warnings.push(
      `${count} control character(s) in the text, read as spaces and shown as marks on the pages (${where})`,
    );
  }
  if (INVISIBLE.test(text)) {
    const { count, where } = first(new RegExp(INVISIBLE.source, 'g'));
    warnings.push(
      `${count} invisible character(s) in the text (zero-width or bidirectional controls), read past and shown ` +
        `as marks on the pages; they can hide or reorder what a reader sees (${where})`,
    );
  }
  return { ok: true, text, sha256, bytes: bytes.length, encoding, warnings };
}

const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0');

/** A known binary signature, or more than 10% NUL bytes, in the first 8 KB (a stray NUL is only warned about). */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  const signatures = [
    [0x89, 0x50, 0x4e, 0x47],
    [0x25, 0x50, 0x44, 0x46],
    [0x50, 0x4b, 0x03, 0x04],
    [0xff, 0xd8, 0xff],
    [0x47, 0x49, 0x46, 0x38],
  ];
  if (signatures.some((sig) => sig.every((b, i) => head[i] === b))) return true;
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  return nul / head.length > 0.1;
}

/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence (-1 when there is
 * none), and whether any well-formed multi-byte sequence occurs. Well-formed as in the Unicode
 * Standard, table 3-7: no overlong forms, no surrogates (ED A0–BF), nothing above U+10FFFF.
 *
 * @example scanUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80])) // { invalid: 1, multibyte: false }
 */
export function scanUtf8(bytes: Uint8Array): { invalid: number; multibyte: boolean } {
  let multibyte = false;
  let invalid = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      if (invalid < 0) invalid = i;
      continue;
    }
    multibyte = true;
    i += n - 1;
  }
  return { invalid, multibyte };
}

/** The length of the well-formed sequence starting at `i` (2 to 4), or 0 when it is not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
  const second: Record<number, [number, number]> = {
    0xe0: [0xa0, 0xbf],
    0xed: [0x80, 0x9f],
    0xf0: [0x90, 0xbf],
    0xf4: [0x80, 0x8f],
  };
  const [lo, hi] = second[b] ?? [0x80, 0xbf];
  if (b >= 0xe0 && b <= 0xef) return cont(1, lo, hi) && cont(2) ? 3 : 0;
  if (b >= 0xf0 && b <= 0xf4) return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * What a source file is, by its name: `.txt` is text, `.html` a saved web page; null for anything
 * else (a sidecar, notes), which is not a source.
 *
 * @example sourceFormat('a.html') // 'html'
 * @example sourceFormat('a.yaml') // null
 */
export function sourceFormat(fileName: string): SourceFormat | null {
  return fileName.endsWith('.txt') ? 'text' : fileName.endsWith('.html') ? 'html' : null;
}

/** Why a file name that gives no slug is refused. */
export const NO_SLUG = 'its name gives no slug (it needs a letter or a digit); rename it';

/**
 * A readable URL slug from a file name: the one slug function, used by the ingest, the CLI and (through
 * the slug the ingest records) the pages and raw copies. Lower case, letters and digits joined by
 * hyphens; empty when the name has neither ("..txt"), which the callers report.
 *
 * @example slugify('000_93d1946d95ae4c08.txt') // '000-93d1946d95ae4c08'
 * @example slugify('My Article.txt') // 'my-article'
 */
export function slugify(fileName: string): string {
  return fileName
    .replace(/\.[^.]+$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
