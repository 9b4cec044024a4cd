import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflate, zipOf } from '../../scripts/bundle.ts';

const BUNDLE = join(import.meta.dirname, '..', '..', 'scripts', 'bundle.ts');
/** The same zip made in a process running in the given time zone. */
const zipIn = (tz: string) =>
  Buffer.from(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { deflate, zipOf } = await import(${JSON.stringify(BUNDLE)});
         process.stdout.write(Buffer.from(zipOf([deflate('a.txt', Buffer.from('same'))])).toString('base64'));`,
      ],
      { env: { ...process.env, TZ: tz }, encoding: 'utf8' },
    ),
    'base64',
  );

const text = (s: string) => new TextEncoder().encode(s);

describe('zipOf()', () => {
  it('makes a zip that unzips to the same files, in the order given', () => {
    const files = { 'index.html': text('<p>home</p>'.repeat(50)), 'claims/c-1/index.html': text('<p>a claim</p>') };
    const unzipped = unzipSync(zipOf(Object.entries(files).map(([path, bytes]) => deflate(path, bytes))));
    expect(Object.keys(unzipped)).toEqual(Object.keys(files));
    for (const [path, bytes] of Object.entries(files)) expect(unzipped[path]).toEqual(bytes);
  });

  it('gives the same bytes for the same files', () => {
    const zip = () => zipOf([deflate('a.txt', text('same')), deflate('b.txt', text('bytes'))]);
    expect(zip()).toEqual(zip());
  });

  it('dates every entry 2025-01-01 00:00:00 whatever the time zone, so the bytes do not depend on it', () => {
    const zips = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata'].map(zipIn);
    for (const zip of zips.slice(1)) expect(zip.equals(zips[0]!)).toBe(true);
    // The local file header's MS-DOS time and date (offsets 10 and 12): 00:00:00, and (2025 - 1980) << 9 | 1 << 5 | 1.
    expect(zips[0]!.readUInt32LE(0)).toBe(0x04034b50);
    expect([zips[0]!.readUInt16LE(10), zips[0]!.readUInt16LE(12)]).toEqual([0, (45 << 9) | (1 << 5) | 1]);
  });
});
