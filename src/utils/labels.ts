import type { Claim } from '../schemas/claim.ts';
import type { Verdict } from '../schemas/review.ts';
import type { ConsistencyLabel } from './consistency.ts';
import { describeValue, formatNumber, MEASURE_LABELS } from './format.ts';
import { revealHidden } from './hidden-chars.ts';

/**
 * The figure in words, with the qualifier: the source's own words for vague quantities.
 *
 * @example valueInWords({ kind: 'estimate', qualifier: 'at-most', low: null, high: 12000, numberText: 'up to 12,000' }) // 'up to 12,000'
 * @example valueInWords({ kind: 'estimate', qualifier: 'vague', low: 3000, high: 9000, numberText: 'several thousand' }) // '“several thousand” (read as 3,000 to 9,000)'
 */
export function valueInWords(c: Pick<Claim, 'kind' | 'qualifier' | 'low' | 'high' | 'numberText'>): string {
  if (c.kind === 'statement') return 'no figure';
  if (c.qualifier === 'vague' && c.numberText) {
    return `“${c.numberText}” (read as ${formatNumber(c.low ?? 0)} to ${formatNumber(c.high ?? 0)})`;
  }
  return describeValue(c);
}

/**
 * What the claim says, in a few words: figure and measure, or the stance of a statement.
 *
 * @example claimGist({ kind: 'estimate', measure: 'killed', qualifier: 'exact', low: 40, high: 40, numberText: '40', stance: null }) // '40 killed'
 */
export function claimGist(
  c: Pick<Claim, 'kind' | 'measure' | 'qualifier' | 'low' | 'high' | 'numberText' | 'stance'>,
): string {
  if (c.kind === 'statement') return c.stance === 'denies' ? 'denies (no figure)' : 'confirms (no figure)';
  return `${valueInWords(c)} ${c.measure ? MEASURE_LABELS[c.measure] : ''}`.trim();
}

/** What each computed consistency label means, for readers. */
export const CONSISTENCY_TEXT: Record<ConsistencyLabel, string> = {
  consistent: 'Every other reporter’s estimate of the same measure within 30 days overlaps this one.',
  conflicting: 'At least one other reporter’s estimate of the same measure within 30 days does not overlap this one.',
  'single source': 'No other reporter’s dated estimate of the same measure falls within 30 days of this one.',
  'not compared': 'Not a figure of one well-defined measure (a statement, or an “other” count), so it is not compared.',
};

/** What each editorial verdict means, for readers (the vocabulary is src/schemas/review.ts). */
export const VERDICT_TEXT: Record<Verdict, string> = {
  consistent: 'An editor checked it against other estimates and finds it in line with them.',
  outlier: 'Far from what other reporters estimated for the same measure at the same time.',
  superseded: 'The same reporter later gave a newer figure; this one is out of date.',
  'scope-differs': 'It counts something different from what it is compared with (another place, time or group).',
  unattributed: 'The source does not say who made the estimate; treat it as the outlet’s own.',
  disputed: 'Another party has publicly contested the figure.',
};

/** A verdict for display. @example verdictLabel('scope-differs') // 'scope differs' */
export function verdictLabel(v: Verdict): string {
  return v.replace('-', ' ');
}

/** Where a claim stands editorially. */
export type ClaimStatus = 'machine' | 'corrected' | 'reviewed';

/** Readers' words for each status; `machine` is the wording the site promises on every unreviewed claim. */
export const STATUS_TEXT: Record<ClaimStatus, string> = {
  machine: 'machine-extracted, not yet reviewed',
  corrected: 'corrected by an editor',
  reviewed: 'reviewed by an editor',
};

/**
 * A claim's status: a review outranks a correction, which outranks the machine.
 *
 * @example claimStatus('machine', true) // 'reviewed'
 */
export function claimStatus(status: 'machine' | 'corrected', reviewed: boolean): ClaimStatus {
  return reviewed ? 'reviewed' : status;
}

/**
 * A claim page's title: who, and what they said in a few words.
 *
 * @example claimTitle({ kind: 'estimate', … }, 'Ukraine HUR') // 'Ukraine HUR: up to 12,000 troops sent to Russia'
 * @example claimTitle({ kind: 'statement', stance: 'denies', … }, 'Kremlin') // 'Kremlin denies: “…”'
 */
export function claimTitle(c: Parameters<typeof claimGist>[0] & Pick<Claim, 'quote'>, reporter: string): string {
  if (c.kind === 'estimate') return `${reporter}: ${claimGist(c)}`;
  return `${reporter} ${c.stance === 'denies' ? 'denies' : 'confirms'}: “${truncate(revealHidden(c.quote), 90).replace(/^[“"]|[”"]$/g, '')}”`;
}

/**
 * Text cut at a word boundary to at most `max` characters, with an ellipsis when cut.
 *
 * @example truncate('one two three', 8) // 'one two…'
 */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
