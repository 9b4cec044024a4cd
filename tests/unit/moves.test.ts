import { describe, expect, it } from 'vitest';
import type { Correction } from '../../src/schemas/correction.ts';
import { resolveMoves } from '../../src/utils/moves.ts';

const moves = (entries: [string, string][], claims: string[]) =>
  resolveMoves(new Map<string, Correction>(entries.map(([id, to]) => [id, { movedTo: to }])), new Set(claims));

describe('resolveMoves()', () => {
  it('forwards a moved id to its claim, and a chain of moves straight to its end', () => {
    const { forwards, refused } = moves(
      [
        ['c-a', 'c-b'],
        ['c-b', 'c-c'],
      ],
      ['c-c'],
    );
    expect([...forwards]).toEqual([
      ['c-a', 'c-c'],
      ['c-b', 'c-c'],
    ]);
    expect(refused).toEqual([]);
  });

  it('refuses a move to itself, into a cycle, or to an id no claim has, saying which', () => {
    const { forwards, refused } = moves(
      [
        ['c-self', 'c-self'],
        ['c-x', 'c-y'],
        ['c-y', 'c-x'],
        ['c-gone', 'c-nowhere'],
        ['c-via', 'c-gone'],
      ],
      [],
    );
    expect(forwards.size).toBe(0);
    expect(refused).toEqual([
      { id: 'c-self', reason: 'movedTo names the claim itself; no forward made' },
      { id: 'c-x', reason: 'movedTo forms a cycle (c-x → c-y → c-x); no forward made' },
      { id: 'c-y', reason: 'movedTo forms a cycle (c-y → c-x → c-y); no forward made' },
      { id: 'c-gone', reason: 'movedTo "c-nowhere" names no claim; no forward made' },
      {
        id: 'c-via',
        reason:
          'movedTo "c-gone" leads to "c-nowhere" (c-via → c-gone → c-nowhere), which no claim has; no forward made',
      },
    ]);
  });

  it('makes no forward for an id that is still a claim', () => {
    expect(moves([['c-a', 'c-b']], ['c-a', 'c-b']).forwards.size).toBe(0);
  });
});
