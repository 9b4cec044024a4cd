import { describe, expect, it } from 'vitest';
import { decodeSource, MAX_SOURCE_BYTES, scanUtf8, slugify } from '../../scripts/lib/read-source.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeSource()', () => {
  it('removes a UTF-8 byte-order mark', () => {
    const d = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hi')]));
    expect(d).toMatchObject({ ok: true, text: 'Hi', bytes: 5 });
  });
  it('decodes UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(decodeSource(le)).toMatchObject({ ok: true, text: 'Hi' });
  });
  it('reads bytes that are not UTF-8 at all as Windows-1252, reporting the first one', () => {
    const d = decodeSource(new Uint8Array([...utf8('caf'), 0xe9, ...utf8(' \u2013 '), 0x93, ...utf8('x')]));
    // The en dash is valid UTF-8, so this is UTF-8 with damaged bytes, not Windows-1252 text:
    expect(d).toMatchObject({ ok: true, encoding: 'utf-8', text: 'caf\uFFFD \u2013 \uFFFDx' });
    expect(d.ok && d.warnings).toEqual(['invalid UTF-8 at byte 3 (0xE9); invalid bytes shown as U+FFFD']);
    const cp1252 = decodeSource(new Uint8Array([...utf8('caf'), 0xe9, ...utf8(' '), 0x93, ...utf8('x'), 0x94]));
    expect(cp1252).toMatchObject({ ok: true, encoding: 'windows-1252', text: 'café \u201cx\u201d' });
    expect(cp1252.ok && cp1252.warnings).toEqual(['not UTF-8 (byte 3 is 0xE9); decoded as Windows-1252']);
  });
  it('gives the true byte offset of a lone surrogate, an overlong form and a truncated sequence', () => {
    const at = (bad: number[]) => {
      const d = decodeSource(new Uint8Array([...utf8('\u00e9 ab'), ...bad, ...utf8('cd')]));
      return d.ok && d.warnings;
    };
    for (const bad of [[0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0x80]])
      expect(at(bad), String(bad)).toEqual([
        `invalid UTF-8 at byte 5 (0x${bad[0]!.toString(16).toUpperCase()}); invalid bytes shown as U+FFFD`,
      ]);
    expect(scanUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toEqual({ invalid: 1, multibyte: false });
    expect(scanUtf8(utf8('a\u{1F600}\u00e9'))).toEqual({ invalid: -1, multibyte: true });
  });
  it('refuses empty, binary and oversized files with a reason', () => {
    expect(decodeSource(new Uint8Array())).toEqual({ ok: false, error: 'empty file' });
    expect(decodeSource(utf8('  \n '))).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
    expect(decodeSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toMatchObject({
      error: 'binary file, not text',
    });
    expect(decodeSource(new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large/),
    });
  });
  it('keeps control characters and says so, with the byte of the first', () => {
    const d = decodeSource(utf8('Some text\u0000 with one NUL byte.'));
    expect(d).toMatchObject({ ok: true, text: 'Some text\u0000 with one NUL byte.' });
    expect(d.ok && d.warnings).toEqual([
      '1 control character(s) in the text, read as spaces and shown as marks on the pages (the first, U+0000, at byte 9)',
    ]);
  });
  it('warns of zero-width and bidirectional controls, with the byte of the first', () => {
    // 'Café ' is 6 bytes; the zero-width space splits "12,000", the override fakes "HUR".
    const d = decodeSource(utf8('Café 1\u200b2,000 troops, said \u202eRUH\u202c.'));
    expect(d.ok && d.warnings).toEqual([
      '3 invisible character(s) in the text (zero-width or bidirectional controls), read past and shown as marks on the pages; they can hide or reorder what a reader sees (the first, U+200B, at byte 7)',
    ]);
  });
});

describe('slugify()', () => {
  it('makes readable URL slugs from file names', () => {
    expect(slugify('000_93d1946d95ae4c08.txt')).toBe('000-93d1946d95ae4c08');
    expect(slugify('Zelensky Says: 4,000 Killed!.txt')).toBe('zelensky-says-4-000-killed');
    expect(slugify('Ünïcode.txt')).toBe('unicode');
    expect(slugify('My Article.txt')).toBe('my-article');
    expect(slugify('.hidden.txt')).toBe('hidden');
  });
  it('gives no slug for a name with no letter or digit', () => {
    expect(slugify('..txt')).toBe('');
    expect(slugify('---.txt')).toBe('');
  });
});
