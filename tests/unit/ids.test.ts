import { describe, expect, it } from 'vitest';
import { claimIdFor, normaliseQuote } from '../../scripts/extract/claims/ids.ts';
import { runSource } from '../support/pipeline.ts';

const base = { slug: 's', kind: 'estimate', qualifier: 'at-least', low: 11000, high: null };

describe('claim ids', () => {
  it('claimIdFor() gives a readable value prefix and a hash', () => {
    expect(claimIdFor({ ...base, quote: 'Over 11,000 soldiers are in Kursk.' })).toMatch(/^c-11000-plus-[0-9a-f]{10}$/);
  });
  it('claimIdFor() ignores quote marks, dashes and spacing', () => {
    const a = claimIdFor({ ...base, quote: '“Over 11,000” — troops  are there.' });
    const b = claimIdFor({ ...base, quote: '"Over 11,000" - troops are there.' });
    expect(a).toBe(b);
    expect(normaliseQuote(' A\u00a0 B ')).toBe('a b');
  });
  it('claimIdFor() changes with the source or the value', () => {
    const a = claimIdFor({ ...base, quote: 'q' });
    expect(claimIdFor({ ...base, slug: 't', quote: 'q' })).not.toBe(a);
    expect(claimIdFor({ ...base, low: 12000, quote: 'q' })).not.toBe(a);
  });
  it('ids survive an inserted paragraph elsewhere in the document', async () => {
    const text = 'Title about North Korean troops\n\nThe NIS said more than 10,000 North Korean troops are in Russia.';
    const before = (await runSource(text)).claims.map((c) => c.id);
    const after = (await runSource(text.replace('\n\n', '\n\nA new first paragraph was added.\n\n'))).claims.map(
      (c) => c.id,
    );
    expect(after).toEqual(before);
    expect(before).toHaveLength(1);
  });
  it('re-running on the same input gives byte-identical MDX', async () => {
    const text = 'Budanov said around 8,000 North Korean troops are fighting in Kursk.';
    expect((await runSource(text)).mdx).toBe((await runSource(text)).mdx);
  });
});
