import type { DateMention } from '../text/dates.ts';
import type { Token } from '../text/tokens.ts';
import type { Predicate } from './predicates.ts';
import { STATEMENT_EVENTS } from '../text/lexicon.ts';

/**
 * Which of a sentence's dates is the day the reporter spoke, by where it stands against the
 * predicate: this project's rule, on top of the dates chrono-node reads. The statement date is
 * attached to the reporting verb ("said on Friday", "told lawmakers Monday", "On Monday, the NIS
 * said", "…, the agency said on Tuesday"), to the speech event ("in an interview published
 * Wednesday"), or follows a figure that is the verb's own object ("put the figure at 12,000 on
 * Oct. 18"). A date inside the reported clause is when something happened ("said on Friday that 300
 * were killed on Dec. 1" → Friday).
 */

/** A date of the sentence with its token range. */
export interface PlacedDate extends DateMention {
  from: number;
  to: number;
}

/** Place each date on the tokens. */
export function placeDates(tokens: readonly Token[], dates: readonly DateMention[]): PlacedDate[] {
  return (
    dates
      .filter((d) => d.day || !d.iso)
      .map((d) => {
        const from = tokens.findIndex((t) => t.end > d.index);
        let to = from;
        while (to < tokens.length && tokens[to]!.start < d.end) to++;
        return { ...d, from, to };
      })
      .filter((d) => d.from >= 0)
      // "yesterday's figures", "Monday's count": a day owning a noun tells what the noun is, not when anyone spoke.
      .filter((d) => !/'s$/.test(tokens[d.to - 1]?.norm ?? '') || d.to - d.from > 1)
  );
}

/**
 * "…, against 10 dead in its first report": a statement noun after its figure names another occasion
 * than the clause's own.
 */
export function namedAfter(p: Predicate, figure: { from: number; to: number } | null): boolean {
  return p.kind === 'noun' && figure !== null && p.from >= figure.to;
}

/** Verbs that make a clause of their own: "put the toll at 4,500, which had been counted on …". */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|could|may|might)$/;

/** Conjunctions that open another event's clause, with its own time. */
const SUBORDINATORS = /^(?:after|before|while|whereas|although|though|because|since|when|until)$/;

/**
 * The statement date of predicate `p` for a figure at tokens [figureFrom, figureTo), or null.
 *
 * @example statementDate(tokens('The NIS said on Monday that 300 died on Dec. 1'), said, figure, dates) // 'on Monday'
 */
export function statementDate(
  tokens: readonly Token[],
  p: Predicate,
  figure: { from: number; to: number } | null,
  dates: readonly PlacedDate[],
): PlacedDate | null {
  // "the Pentagon's several hundred": a figure told of again carries no date of its own here.
  if (p.cue === "'s") return null;
  const inSegment = dates.filter(
    (d) => (d.from >= p.segmentFrom && d.to <= p.segmentTo) || (d.from <= 2 && tokens[d.to]?.text === ','),
  );
  const source = p.source;
  // ("On Dec. 13 HUR said 30 had died, against 10 in its first report": a statement named after
  // its figure is another occasion, not the one the clause's head dates.)
  const toldOf = namedAfter(p, figure);
  const attached = inSegment.filter((d) => {
    if (toldOf && d.to <= figure!.from) return false;
    // "had been killed by early March", "in Kursk until Jan. 10": the span of an event, never a day
    // anyone spoke (but "By January, the Pentagon estimated" heads the statement).
    if (d.from > 2 && spanEnd(tokens, d.from)) return false;
    // Between the subject and the verb: "the NIS on Monday said".
    if (source && !p.inverted && d.from >= source.to && d.to <= p.from) return true;
    // After the verb, before what was said: "said on Monday that", "told the Ramstein meeting on January 9 that".
    if (d.from >= p.to && d.from <= p.to + 10 && !between(tokens, p.to, d.from, figure)) return true;
    // In the clause that tells of the statement, before what was said: "The newest came yesterday, from Western officials".
    if (!figure || d.to <= figure.from) {
      if (
        source &&
        d.to <= source.from &&
        d.from >= p.segmentFrom &&
        // (not across another event's clause: "Blinken said Thursday, after the Pentagon had put the figure at …")
        !tokens
          .slice(d.to, source.from)
          .some(
            (t, k) =>
              t.norm === 'that' || t.type === 'number' || (SUBORDINATORS.test(t.norm) && !whenOfDay(tokens, d, k)),
          )
      )
        return true;
    }
    // At the head of the clause: "On Monday, the NIS said".
    if (source && d.to <= source.from && d.from <= p.segmentFrom + 1) return true;
    // After a trailing attribution: "…, the agency said on Tuesday."
    if (figure && figure.to <= (source?.from ?? p.from) && d.from >= p.to && d.from <= p.to + 7) return true;
    // The speech event: "in an interview published Wednesday", "at a briefing on Monday", "a Dec. 16 statement".
    if (tokens.slice(Math.max(p.segmentFrom, d.from - 8), d.from).some((t) => STATEMENT_EVENTS.has(t.norm)))
      return true;
    if (tokens.slice(d.to, d.to + 2).some((t) => STATEMENT_EVENTS.has(t.norm))) return true;
    // "That same Monday, Miller said …, while Ryder estimated …": a date at the head of the sentence.
    if (d.from <= 2 && tokens[d.to]?.text === ',' && (!figure || d.to <= figure.from)) return true;
    // The figure is the verb's object: "put the figure at 12,000 on Oct. 18", "said 10,000 on Oct. 28"
    // (a day: "sent 11,000 last fall" is when they were sent).
    if (
      figure &&
      d.day &&
      (p.flags.has('object') || p.kind === 'label') &&
      figure.from >= p.to &&
      d.from >= figure.to &&
      d.from <= figure.to + 3 &&
      // (Not the object of another verb between: "says it captured two soldiers on Saturday".)
      // (A participle on a noun stays: "put the total sent to train at 10,000 on Oct. 28".)
      !tokens
        .slice(p.to, figure.from)
        .some(
          (t, k, all) =>
            PAST_FORM.test(t.norm) && /^(?:it|he|she|they|we|i|had|has|have)$/.test(all[k - 1]?.norm ?? ''),
        )
    )
      return true;
    // A closing ", on April 26." after the verb's own object, with no clause of its own between:
    // "put the North's losses at over 4,500 killed and wounded in the Kursk sector, on April 26".
    if (
      figure &&
      p.flags.has('object') &&
      figure.from >= p.to &&
      d.from >= figure.to &&
      tokens[d.from - 1]?.norm === 'on' &&
      tokens[d.from - 2]?.text === ',' &&
      tokens.slice(d.to).every((t) => t.type === 'punct') &&
      !tokens.slice(p.to, d.from).some((t) => t.norm === 'that' || FINITE.test(t.norm))
    )
      return true;
    // A list item's date: "NIS: about 11,000 (Jan. 13)".
    if (p.kind === 'label' && tokens[d.from - 1]?.text === '(') return true;
    // Its source's parenthesis: "(SBU, Jan. 11)".
    if (p.kind === 'label' && p.cue === '(' && d.from > p.from) return true;
    return false;
  });
  return attached.sort((a, b) => Math.abs(a.from - p.from) - Math.abs(b.from - p.from))[0] ?? null;
}

/** "by early March", "until the end of January": the end of a span, from the words before a date. */
function spanEnd(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  while (k > 0 && k >= from - 4 && /^(?:early|late|mid|the|end|start|beginning|middle|of)$/.test(tokens[k]!.norm)) k--;
  return /^(?:by|until|till)$/.test(tokens[k]?.norm ?? '');
}

/** "came on Monday, when Singh said": a "when" right after the date tells what happened that day. */
function whenOfDay(tokens: readonly Token[], d: PlacedDate, k: number): boolean {
  const at = d.to + k;
  return tokens[at]?.norm === 'when' && (at === d.to || (at === d.to + 1 && tokens[d.to]?.text === ','));
}

/**
 * A verb's past form, which takes a time of its own: "the first contingent, sent last autumn",
 * "labourers had arrived in 2024", "the 11,000 it dispatched in November".
 */
const PAST_FORM =
  /^(?:[a-z]+ed|sent|brought|taken|fought|built|began|begun|went|gone|came|flew|flown|left|lost|held|led|met)$/;
/** Words that join a verb to its time: "arrived in 2024", "sent on Oct. 8". */
const TIME_PREPOSITIONS = /^(?:in|on|at|during|since|by|over|from|until)$/;

/**
 * Whether a figure, a "that" or another clause stands between the verb and a date after it: the
 * date then belongs to what the clause tells, as it does when another verb's past form comes
 * right before it ("puts the first contingent, sent last autumn, at 11,000").
 */
function between(tokens: readonly Token[], a: number, b: number, figure: { from: number; to: number } | null): boolean {
  if (figure && figure.from >= a && figure.from < b) return true;
  const verb = TIME_PREPOSITIONS.test(tokens[b - 1]?.norm ?? '') ? b - 2 : b - 1;
  if (verb >= a && PAST_FORM.test(tokens[verb]?.norm ?? '')) return true;
  return tokens.slice(a, b).some((t) => t.norm === 'that' || t.type === 'number' || t.text === ';');
}
