import type { Correction } from '../schemas/correction.ts';
import type { Review } from '../schemas/review.ts';
import { newestFirst } from './dates.ts';
import { verdictLabel } from './labels.ts';

/** One line of the public corrections log. */
export interface LogEntry {
  on: string | null;
  claimId: string;
  kind: 'correction' | 'withdrawal' | 'move' | 'review';
  /** What changed, in words. */
  what: string;
  note: string | null;
  /** For a move: the claim's new id. */
  movedTo: string | null;
}

const FIELD_WORDS: Record<string, string> = {
  reporter: 'reporter',
  speaker: 'speaker',
  measure: 'measure',
  low: 'figure',
  high: 'figure',
  qualifier: 'hedge',
  statedOn: 'date',
};

/**
 * The corrections log: every entry of content/corrections.yaml and every editorial review, newest
 * first (undated corrections last).
 *
 * @example correctionsLog(new Map([['c-1', { on: '2025-01-02', measure: 'combat' }]]), [])[0].what // 'corrected: measure'
 */
export function correctionsLog(
  corrections: ReadonlyMap<string, Correction>,
  reviews: readonly { id: string; data: Review }[],
): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const [claimId, fix] of corrections) {
    const fields = [...new Set(Object.keys(fix).flatMap((k) => (FIELD_WORDS[k] ? [FIELD_WORDS[k]] : [])))];
    entries.push({
      on: fix.on ?? null,
      claimId,
      kind: fix.notAClaim ? 'withdrawal' : fix.movedTo ? 'move' : 'correction',
      what: fix.notAClaim
        ? 'withdrawn: not a claim'
        : fix.movedTo
          ? `moved to claim ${fix.movedTo} (its quote was corrected)`
          : `corrected: ${fields.join(', ') || 'note added'}`,
      note: fix.note ?? null,
      movedTo: fix.movedTo ?? null,
    });
  }
  for (const { id, data } of reviews) {
    entries.push({
      on: data.reviewedOn,
      claimId: id,
      kind: 'review',
      what: `reviewed by ${data.reviewer}: ${verdictLabel(data.verdict)}`,
      note: null,
      movedTo: null,
    });
  }
  return entries.sort((a, b) => newestFirst(a.on, b.on) || a.claimId.localeCompare(b.claimId));
}
