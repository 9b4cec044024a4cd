import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflate, zipOf } from '../../scripts/bundle.ts';

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
});
