import { describe, expect, it } from 'vitest';
import { webAddresses } from '../../src/utils/format.ts';

describe('webAddresses', () => {
  it('cuts a text into runs, each address a run of its own without the punctuation after it', () => {
    expect(webAddresses('See https://a.example/x?y=1. Then (https://b.example/), and done')).toEqual([
      { text: 'See ' },
      { text: 'https://a.example/x?y=1', url: 'https://a.example/x?y=1' },
      { text: '. Then (' },
      { text: 'https://b.example/', url: 'https://b.example/' },
      { text: '), and done' },
    ]);
  });
  it('links only http and https, and keeps the text whole', () => {
    const text = 'javascript:alert(1) and ftp://x.example and <b>https://c.example</b>';
    const runs = webAddresses(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.url).map((r) => r.url)).toEqual(['https://c.example']);
  });
});
