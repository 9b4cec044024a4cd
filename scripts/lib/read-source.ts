import { createHash } from 'node:crypto';

/** Largest source file accepted: a long news article is under 100 KB. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
/** Largest sidecar accepted: five short fields. */
export const MAX_SIDECAR_BYTES = 64 * 1024;

export type Decoded =
  { ok: true; text: string; sha256: string; bytes: number; warnings: string[] } | { ok: false; error: string };

/**
 * Decode a source file's bytes, or say in one line why it cannot be a source.
 * Policy: UTF-8 (byte-order mark removed) or UTF-16 with a byte-order mark; invalid UTF-8 bytes are
 * replaced with U+FFFD and reported with the first offending byte offset; control characters are
 * reported and kept (offsets must stay true to the file); empty and binary files are refused.
 *
 * @example decodeSource(new TextEncoder().encode('\uFEFFHi')) // { ok: true, text: 'Hi', … }
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const warnings: string[] = [];
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { ok: false, error: `file too large: ${bytes.length} bytes (the limit is ${MAX_SOURCE_BYTES} bytes)` };
  }
  let text: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    warnings.push('decoded as UTF-16 (byte-order mark); offsets refer to the decoded text');
  } else {
    if (looksBinary(bytes)) return { ok: false, error: 'binary file, not text' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('utf-8').decode(bytes);
      warnings.push(`invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}; invalid bytes shown as U+FFFD`);
    }
  }
  if (!text.trim()) return { ok: false, error: 'empty file (only white space)' };
  const controls = text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g);
  if (controls) warnings.push(`${controls.length} control character(s) in the text, kept as they are`);
  return { ok: true, text, sha256, bytes: bytes.length, warnings };
}

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

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need;
  }
  return -1;
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
