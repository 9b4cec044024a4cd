import type { Claim } from '../schemas/claim.ts';
import type { Verdict } from '../schemas/review.ts';
import type { About, Stance } from '../schemas/vocabulary.ts';
import type { ConsistencyLabel } from './consistency.ts';
import { describeValue, formatNumber, MEASURE_LABELS } from './format.ts';

/**
 * The figure in words, with the qualifier: the source's own words for vague quantities.
 *
 * @example valueInWords({ kind: 'estimate', qualifier: 'at-most', low: null, high: 12000, numberText: 'up to 12,000' }) // 'up to 12,000'
 * @example valueInWords({ kind: 'estimate', qualifier: 'vague', low: 3000, high: 9000, numberText: 'several thousand' }) // '“several thousand” (read as 3,000 to 9,000)'
 */
export function valueInWords(c: Pick<Claim, 'kind' | 'qualifier' | 'low' | 'high' | 'numberText'>): string {
  if (c.kind === 'statement') return 'no figure';
  if (c.qualifier === 'vague' && c.numberText) return `“${c.numberText}” (${vagueReading(c)})`;
  return describeValue(c);
}

/**
 * The range a vague quantity is read as.
 *
 * @example vagueReading({ low: 3000, high: 9000 }) // 'read as 3,000 to 9,000'
 */
export function vagueReading(c: Pick<Claim, 'low' | 'high'>): string {
  return `read as ${formatNumber(c.low ?? 0)} to ${formatNumber(c.high ?? 0)}`;
}

/** A statement's stance in a word or two, for tables and lists. */
export const STANCE_LABELS: Record<Stance, string> = {
  confirms: 'confirms',
  denies: 'denies',
  'not-seen': 'cannot confirm',
  declines: 'declines to say',
};

/** What each stance means, for the methodology page. */
export const STANCE_TEXT: Record<Stance, string> = {
  confirms: 'Says it is so: confirms, acknowledges, or states it as a fact (“said the soldiers had come under fire”).',
  denies: 'Says it is not so: denies, dismisses, rejects, calls it a hoax or a provocation.',
  'not-seen': 'Says it has not seen it, cannot confirm or verify it, or has no evidence of it.',
  declines: 'Declines to comment, or to give figures.',
};

/** What each `about` covers, for the methodology page. */
export const ABOUT_TEXT: Record<About, string> = {
  presence: 'North Korean troops are in Russia, or were sent there.',
  front: 'They are at the front, in Kursk, or have come under fire.',
  combat: 'They are fighting.',
  casualties: 'They have been killed, wounded or captured, or suffered losses.',
  withdrawal: 'They were pulled back, or are no longer seen at the front.',
  alliance: 'The treaty or the military cooperation between Pyongyang and Moscow.',
  other: 'Something else about the troops (their uniforms, their orders).',
};

/** What a statement is about, as a noun phrase: "denies: troops at the front". */
export const ABOUT_LABELS: Record<About, string> = {
  presence: 'troops in Russia',
  front: 'troops at the front',
  combat: 'troops in combat',
  casualties: 'casualties',
  withdrawal: 'a pull-back from the front',
  alliance: 'the military alliance',
  other: 'the troops',
};

/** What a statement is about, as the question the disputes page asks. */
export const ABOUT_QUESTIONS: Record<About, string> = {
  presence: 'Are North Korean troops in Russia?',
  front: 'Have they reached the front?',
  combat: 'Are they fighting?',
  casualties: 'Have they suffered casualties?',
  withdrawal: 'Were they pulled back from the front?',
  alliance: 'Is there a military alliance?',
  other: 'Other statements about the troops',
};

/** Who took a stance, as the disputes page lists them: "Confirmed by". */
export const STANCE_BY: Record<Stance, string> = {
  confirms: 'Confirmed by',
  denies: 'Denied by',
  'not-seen': 'Could not confirm',
  declines: 'Declined to say',
};

/** What a statement is about, as the clause that is confirmed or denied. */
const PROPOSITIONS: Record<About, string> = {
  presence: 'North Korean troops are in Russia',
  front: 'North Korean troops are at the front',
  combat: 'North Korean troops are fighting',
  casualties: 'North Korean troops have suffered casualties',
  withdrawal: 'North Korean troops retreated from the front',
  alliance: 'North Korea and Russia have a military alliance',
  other: 'a report about the North Korean troops is true',
};

/** Words that make a reporter's name plural: "Ukrainian officials", "Several parties". */
const PLURAL =
  /\b(?:officials|parties|sources|lawmakers|legislators|diplomats|analysts|officers|governments|agencies|allies|services)\b/i;

/**
 * What a statement says, in words, after its reporter's name: from its stance and what it is about,
 * the verb in the plural for a plural name.
 *
 * @example statementPredicate('denies', 'withdrawal') // 'denies that North Korean troops retreated from the front'
 * @example statementPredicate('declines', 'casualties', true) // 'decline to give details on casualties'
 */
export function statementPredicate(stance: Stance | null, about: About | null, plural = false): string {
  const a = about ?? 'other';
  const verb = (one: string, more: string) => (plural ? more : one);
  switch (stance) {
    case 'denies':
      return `${verb('denies', 'deny')} that ${PROPOSITIONS[a]}`;
    case 'not-seen':
      return `${verb('says it cannot', 'say they cannot')} confirm that ${PROPOSITIONS[a]}`;
    case 'declines':
      return `${verb('declines', 'decline')} to give details on ${ABOUT_LABELS[a]}`;
    default:
      return `${verb('confirms', 'confirm')} that ${PROPOSITIONS[a]}`;
  }
}

/**
 * A statement as a sentence with its reporter's name in front, the verb agreeing with the name
 * ("Ukrainian officials confirm", "Ukraine HUR confirms").
 *
 * @example statementSentence('Ukraine HUR', 'denies', 'withdrawal') // 'Ukraine HUR denies that North Korean troops retreated from the front'
 * @example statementSentence('Western officials', 'declines', 'casualties') // 'Western officials decline to give details on casualties'
 */
export function statementSentence(who: string, stance: Stance | null, about: About | null): string {
  return `${who} ${statementPredicate(stance, about, PLURAL.test(who.replace(/\s*\(.*\)$/, '')))}`;
}

/**
 * A statement's stance and what it is about, in a few words.
 *
 * @example statementGist({ stance: 'denies', about: 'presence' }) // 'denies: troops in Russia'
 */
export function statementGist(c: Pick<Claim, 'stance' | 'about'>): string {
  return `${STANCE_LABELS[c.stance ?? 'confirms']}: ${ABOUT_LABELS[c.about ?? 'other']}`;
}

/**
 * What the claim says, in a few words: figure and measure, or a statement's stance and what it is about.
 *
 * @example claimGist({ kind: 'estimate', measure: 'killed', qualifier: 'exact', low: 40, high: 40, numberText: '40', stance: null, about: null }) // '40 killed'
 * @example claimGist({ kind: 'statement', stance: 'denies', about: 'presence', … }) // 'denies: troops in Russia (no figure)'
 */
export function claimGist(
  c: Pick<Claim, 'kind' | 'measure' | 'qualifier' | 'low' | 'high' | 'numberText' | 'stance' | 'about'>,
): string {
  if (c.kind === 'statement') return `${statementGist(c)} (no figure)`;
  return `${valueInWords(c)} ${c.measure ? MEASURE_LABELS[c.measure] : ''}`.trim();
}

/** What each computed consistency label means, for readers. */
export const CONSISTENCY_TEXT: Record<ConsistencyLabel, string> = {
  disputed:
    'Another named reporter denied, within 30 days of it, what this figure takes to be so (that the troops are there, at the front, or fighting).',
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
 * @example claimTitle({ kind: 'statement', stance: 'denies', about: 'withdrawal', … }, 'Ukraine HUR')
 * // 'Ukraine HUR denies that North Korean troops retreated from the front'
 */
export function claimTitle(c: Parameters<typeof claimGist>[0], reporter: string): string {
  if (c.kind === 'estimate') return `${reporter}: ${claimGist(c)}`;
  return statementSentence(reporter, c.stance, c.about);
}

/**
 * Text cut at a word boundary to at most `max` characters, with an ellipsis when cut.
 *
 * @example truncate('one two three', 8) // 'one two…'
 */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
