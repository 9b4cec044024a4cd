import { describe, expect, it } from 'vitest';
import { leadTitle } from '../../scripts/lib/lead-title.ts';

describe('leadTitle()', () => {
  it('takes the first sentence of a paragraph as it is when it is short', () => {
    expect(leadTitle('Seoul said 11,000 soldiers had left. Kyiv said more.')).toBe(
      'Seoul said 11,000 soldiers had left.',
    );
  });

  it('cuts a long first sentence at a word, with an ellipsis and no trailing comma', () => {
    const long =
      'North Korean soldiers are supporting Russian troops on the ground, and some may have already been killed and injured, officials said this week.';
    const title = leadTitle(long)!;
    expect(title.length).toBeLessThanOrEqual(111);
    expect(title).toMatch(
      /^North Korean soldiers are supporting Russian troops on the ground, and some may have already been\b.*…$/,
    );
    expect(title).not.toMatch(/[,\s]…$/);
  });

  it('gives null for an empty paragraph', () => {
    expect(leadTitle('   ')).toBeNull();
  });
});
