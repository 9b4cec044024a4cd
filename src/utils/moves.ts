import type { Correction } from '../schemas/correction.ts';

/** What came of the `movedTo` corrections: the forwards made, and why each other one was not. */
export interface Moves {
  /** Old id → the claim its address forwards to (the end of a chain of moves). */
  forwards: Map<string, string>;
  /** One per move not made, with the reason. */
  refused: { id: string; reason: string }[];
}

/**
 * Resolve `movedTo` forwards against the claims that exist. A move takes effect when its id is no
 * longer a claim and following `movedTo` (through other moved ids) reaches one; it forwards
 * straight there. A move to itself, into a cycle, or to an id no claim has is refused.
 *
 * @example resolveMoves(new Map([['c-a', { movedTo: 'c-b' }]]), new Set(['c-b'])).forwards // Map { 'c-a' => 'c-b' }
 * @example resolveMoves(new Map([['c-a', { movedTo: 'c-a' }]]), new Set()).refused[0].reason // 'movedTo names the claim itself; no forward made'
 */
export function resolveMoves(corrections: ReadonlyMap<string, Correction>, claims: ReadonlySet<string>): Moves {
  const moves: Moves = { forwards: new Map(), refused: [] };
  for (const [id, fix] of corrections) {
    if (!fix.movedTo || claims.has(id)) continue;
    const refuse = (reason: string) => void moves.refused.push({ id, reason: `${reason}; no forward made` });
    if (fix.movedTo === id) {
      refuse('movedTo names the claim itself');
      continue;
    }
    const path = [id];
    let to: string | undefined = fix.movedTo;
    while (to !== undefined && !claims.has(to) && !path.includes(to)) {
      path.push(to);
      to = corrections.get(to)?.movedTo;
    }
    if (to !== undefined && claims.has(to)) moves.forwards.set(id, to);
    else if (to !== undefined) refuse(`movedTo forms a cycle (${[...path, to].join(' → ')})`);
    else if (path.length === 2) refuse(`movedTo "${fix.movedTo}" names no claim`);
    else refuse(`movedTo "${fix.movedTo}" leads to "${path.at(-1)}" (${path.join(' → ')}), which no claim has`);
  }
  return moves;
}
