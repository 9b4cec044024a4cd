import { describe, expect, it } from 'vitest';
import { shortlist } from '../../src/utils/shortlist.ts';

describe('shortlist()', () => {
  it('keeps the first items in the order given, and counts the rest', () => {
    expect(shortlist(['a', 'b', 'c'], 2)).toEqual({ shown: ['a', 'b'], more: 1 });
  });

  it('orders before it cuts, and leaves its input as it was', () => {
    const items = [30, 10, 20];
    expect(shortlist(items, 2, (a, b) => a - b)).toEqual({ shown: [10, 20], more: 1 });
    expect(items).toEqual([30, 10, 20]);
  });

  it('shows everything, with none more, when the list is short', () => {
    expect(shortlist([2, 1], 10, (a, b) => a - b)).toEqual({ shown: [1, 2], more: 0 });
    expect(shortlist([], 10)).toEqual({ shown: [], more: 0 });
  });
});
