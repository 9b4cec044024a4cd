import { describe, expect, it } from 'vitest';
import { decodeSource, MAX_SOURCE_BYTES, slugify } from '../../scripts/lib/read-source.ts';

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
  it('replaces invalid UTF-8 and reports the byte offset', () => {
    const d = decodeSource(new Uint8Array([...utf8('ab'), 0xff, ...utf8('cd')]));
    expect(d).toMatchObject({ ok: true, text: 'ab\uFFFDcd' });
    expect(d.ok && d.warnings[0]).toMatch(/invalid UTF-8 at byte 2/);
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
  it('keeps control characters and says so', () => {
    const d = decodeSource(utf8('Some text\u0000 with one NUL byte.'));
    expect(d).toMatchObject({ ok: true, text: 'Some text\u0000 with one NUL byte.' });
    expect(d.ok && d.warnings[0]).toMatch(/control character/);
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
