import type { Measure, Qualifier } from '../../src/schemas/vocabulary.ts';
import {
  HEDGES_AFTER,
  HEDGES_BEFORE,
  MONTHS,
  NORTH_KOREAN,
  NOT_PEOPLE,
  OTHER_NATIONALITY,
  PEOPLE_NOUNS,
} from './lexicon.ts';
import { classifyMeasure } from './measures.ts';
import { readNumberPhrase, type NumberPhrase } from './numbers.ts';
import { phraseAfter, phraseBefore, tokenize, type Token } from './tokens.ts';

/** A numeric estimate about people found in one sentence; offsets are relative to the sentence. */
export interface EstimateMention {
  /** Start of the figure's words, hedge included ("more than 10,000"). */
  start: number;
  end: number;
  numberText: string;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  measure: Measure;
}

export interface FindOptions {
  /** Whether the sentence before this one talks about soldiers: lets "as many as 10,000 have…" count. */
  previousMentionsPeople?: boolean;
}

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
const VERBISH = new Set([
  'are',
  'were',
  'is',
  'was',
  'have',
  'has',
  'had',
  'remain',
  'remained',
  'remains',
  'will',
  'would',
  'could',
  'may',
  'might',
  'be',
  'been',
  'being',
  'died',
  'arrived',
  'made',
  'moved',
  'went',
  'crossed',
  'joined',
]);
/** Verbs and prepositions that state what a count is: "losses have reached 4,000", "put losses at 4,700". */
const LINKING = new Set([
  'reached',
  'reach',
  'reaches',
  'totalled',
  'totaled',
  'totals',
  'total',
  'numbered',
  'numbering',
  'numbers',
  'stands',
  'stood',
  'is',
  'are',
  'was',
  'were',
  'at',
  'to',
  'hit',
  'risen',
  'rose',
  'climbed',
  'of',
]);
const PARTITIVE_FILLERS = new Set([
  'the',
  'an',
  'some',
  'approximately',
  'about',
  'around',
  'estimated',
  'roughly',
  'nearly',
]);
/** Words that may follow an elided count: "dropped to about 8,000 from a peak of 12,000". */
const AFTER_COUNT = new Set([
  'from',
  'in',
  'by',
  'since',
  'as',
  'after',
  'before',
  'at',
  'on',
  'and',
  'or',
  'while',
  'last',
  'this',
]);
const REPORTED = new Set(['said', 'says', 'that', 'estimated', 'estimates', 'believes', 'assessed']);
const PARTITIVE = new Set(['them', 'whom', 'those', 'these']);
const OWN_LOSS = new Set(['lost', 'losses', 'casualties', 'dead', 'deaths', 'wounded', 'toll']);

type Head = { kind: 'noun'; index: number } | { kind: 'partitive' | 'collective'; index: number } | { kind: 'blocked' };

/**
 * Find every numeric estimate about people in a sentence, with measure, value or range and qualifier.
 * Numbers that are not counts of North Korean people (dates, ages, distances, weapons, ratios,
 * Russian or Ukrainian losses) are left out.
 *
 * @example findEstimates('Russia could receive up to 12,000 North Korean troops, including three generals.')
 * // [{ numberText: 'up to 12,000', low: null, high: 12000, qualifier: 'at-most', measure: 'deployed', … },
 * //  { numberText: 'three', low: 3, high: 3, qualifier: 'exact', measure: 'generals', … }]
 */
export function findEstimates(sentence: string, options: FindOptions = {}): EstimateMention[] {
  const tokens = tokenize(sentence);
  const found: EstimateMention[] = [];
  const phrases = numberPhrases(tokens);
  const ratio = tokens.some((t, k) => (t.norm === 'per' || t.norm === 'every') && tokens[k + 1]?.type === 'number');
  const wholes = partitives(tokens, phrases);
  phrases.forEach((phrase, n) => {
    if (ratio || isNotACount(tokens, phrase)) return;
    const hedge = readQualifier(tokens, phrase);
    // "About 4,000 of the approximately 11,000 troops have been killed": the part counts the noun of
    // the whole and owns the predicate; the whole is only what its own words say.
    const whole = wholes.get(n);
    const partOf = [...wholes].find(([, w]) => w === n) !== undefined;
    const head = findHead(tokens, whole !== undefined ? readQualifier(tokens, phrases[whole]!).to : hedge.to);
    if (head?.kind === 'blocked') return;
    if (head?.kind === 'noun' && otherNationality(tokens.slice(phrase.to, head.index + 1))) return;
    if (ownLossesOfOthers(tokens, phrase.from)) return;
    if (!head && !elidedCount(tokens, phrase, options)) return;
    const { qualifier, from, to } = hedge;
    const headEnd = head ? head.index + 1 : to;
    const next = phrases[whole !== undefined ? whole + 1 : n + 1];
    const measure = classifyMeasure(tokens, {
      from,
      to: headEnd,
      value: phrase.high,
      leftLimit: partOf ? from : (phrases[n - 1]?.to ?? 0),
      rightLimit: partOf ? headEnd : (next?.from ?? tokens.length),
    });
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    found.push({
      start,
      end,
      numberText: sentence.slice(start, end),
      ...bounds(qualifier, phrase),
      qualifier,
      measure,
    });
  });
  return found;
}

/** Pairs "N of the M …": index of N → index of M. */
function partitives(tokens: readonly Token[], phrases: readonly NumberPhrase[]): Map<number, number> {
  const pairs = new Map<number, number>();
  phrases.forEach((p, n) => {
    const q = phrases[n + 1];
    if (!q || tokens[p.to]?.norm !== 'of') return;
    const between = tokens.slice(p.to + 1, q.from);
    if (between.every((t) => PARTITIVE_FILLERS.has(t.norm))) pairs.set(n, n + 1);
  });
  return pairs;
}

/** All number phrases of a sentence, "between X and Y" and "from X to Y" read as ranges. */
function numberPhrases(tokens: readonly Token[]): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm === 'between' || t.norm === 'from') {
      const range = readNumberPhrase(tokens, i + 1, t.norm === 'between');
      if (range?.form === 'range') {
        out.push({ ...range, from: i });
        i = range.to - 1;
        continue;
      }
    }
    const phrase = readNumberPhrase(tokens, i);
    if (phrase) {
      out.push(phrase);
      i = phrase.to - 1;
    }
  }
  return out;
}

/** Dates, years, ordinals, designations (KN-23), fractions, money, percentages, ages. */
function isNotACount(tokens: readonly Token[], phrase: NumberPhrase): boolean {
  const first = tokens[phrase.from]!;
  const last = tokens[phrase.to - 1]!;
  const prev = tokens[phrase.from - 1];
  const prev2 = tokens[phrase.from - 2];
  const next = tokens[phrase.to];
  const attached = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && a.end === b.start;
  if (prev && (MONTHS.has(prev.norm) || (prev.text === '.' && prev2 && MONTHS.has(prev2.norm)))) return true;
  if (next && MONTHS.has(next.norm)) return true;
  if (
    next &&
    attached(last, next) &&
    (next.type === 'word' || next.text === '/' || next.text === ':' || next.text === '%')
  ) {
    return true; // 11th, 1990s, 0/250, 10:30, 5%
  }
  if (prev && attached(prev, first) && (prev.type === 'word' || prev.text === '/' || /[$€£₩¥]/.test(prev.text))) {
    return true; // KN23, 9/11, $5
  }
  if (prev?.text === '-' && attached(prev2, prev) && attached(prev, first) && prev2?.type === 'word') return true; // KN-23
  if (next && /^(percent|per)$/.test(next.norm)) return true;
  if (prev && /^(aged|age|ages|number|no|unit|brigade|division|corps|regiment|battalion)$/.test(prev.norm)) return true;
  if (first.type === 'number' && phrase.form === 'single' && /^\d{4}$/.test(first.text)) {
    const year = Number(first.text);
    if (year >= 1900 && year <= 2100 && !PEOPLE_NOUNS.has(next?.norm ?? '')) return true;
  }
  // "Budanov, 38, said": an age in commas after a name.
  if (prev?.text === ',' && next?.text === ',' && phrase.to - phrase.from === 1 && /^\p{Lu}/u.test(prev2?.text ?? '')) {
    return true;
  }
  return false;
}

/** The noun a number counts: "12,000 North Korean troops" → troops; "3,000 of them" → partitive. */
function findHead(tokens: readonly Token[], j: number): Head | null {
  let skipped = 0;
  for (let k = j; k < Math.min(tokens.length, j + 8); k++) {
    const t = tokens[k]!;
    if (QUOTES.has(t.text)) continue;
    if (t.text === '-' && tokens[k + 1]?.norm === 'strong') return { kind: 'collective', index: k + 1 };
    if (t.type !== 'word') return null;
    const pair = `${t.norm} ${tokens[k + 1]?.norm ?? ''}`;
    if (pair === 'north koreans' || pair === 'special forces' || pair === 'service members') {
      return { kind: 'noun', index: k + 1 };
    }
    if (PEOPLE_NOUNS.has(t.norm)) return { kind: 'noun', index: k };
    if (NOT_PEOPLE.has(t.norm) || MONTHS.has(t.norm)) return { kind: 'blocked' };
    if (t.norm === 'of' && PARTITIVE.has(tokens[k + 1]?.norm ?? '')) return { kind: 'partitive', index: k + 1 };
    if (VERBISH.has(t.norm) || t.norm === 'and' || t.norm === 'or' || t.norm === 'to') return null;
    if (++skipped > 5) return null;
  }
  return null;
}

function otherNationality(span: readonly Token[]): boolean {
  return span.some((t) => OTHER_NATIONALITY.has(t.norm)) && !span.some((t) => NORTH_KOREAN.has(t.norm));
}

/** "Russia has lost 600,000 troops", "Russian losses … amounted to 1,540": someone else's losses, in the same clause. */
function ownLossesOfOthers(tokens: readonly Token[], from: number): boolean {
  let start = from;
  while (start > Math.max(0, from - 12) && !/^[.;:,]$/.test(tokens[start - 1]!.text)) start--;
  const window = tokens.slice(start, from);
  if (window.some((t) => NORTH_KOREAN.has(t.norm))) return false;
  return window.some((t, k) => {
    if (!OTHER_NATIONALITY.has(t.norm)) return false;
    const next = window[k + 1]?.norm ?? '';
    const auxiliary = next === 'has' || next === 'have' || next === 'had';
    return OWN_LOSS.has(next) || (auxiliary && OWN_LOSS.has(window[k + 2]?.norm ?? ''));
  });
}

/**
 * A number with no noun after it still counts people when the clause has already named them
 * ("the number of casualties has surpassed 3,000") or when a hedge and a verb make it a subject
 * after a sentence about soldiers ("as many as 10,000 have made their way to Kursk").
 */
function elidedCount(tokens: readonly Token[], phrase: NumberPhrase, options: FindOptions): boolean {
  let k = phrase.to;
  while (tokens[k] && QUOTES.has(tokens[k]!.text)) k++;
  const next = tokens[k];
  const endsClause = !next || /^[.,;!?]$/.test(next.text) || VERBISH.has(next.norm) || AFTER_COUNT.has(next.norm);
  const hedge = readQualifier(tokens, phrase);
  const hedged = hedge.qualifier !== 'exact';
  // The figure must be what the clause says the count is: after a hedge or a linking verb, not in brackets.
  const before = tokens[hedge.from - 1]?.norm ?? '';
  // "It said 1,500 had already arrived": a reported subject, when a verb follows.
  const reported = REPORTED.has(before) && Boolean(next && VERBISH.has(next.norm));
  if (!endsClause || before === '(' || !(hedged || LINKING.has(before) || reported)) return false;
  const left = tokens.slice(Math.max(0, phrase.from - 16), phrase.from);
  const counted = (t: Token) => PEOPLE_NOUNS.has(t.norm) || t.norm === 'losses' || t.norm === 'toll';
  if (left.some(counted)) return true;
  return (hedged || reported) && Boolean(next && VERBISH.has(next.norm)) && options.previousMentionsPeople === true;
}

/** The hedge around a number phrase, and the token span it widens the figure's words to. */
function readQualifier(
  tokens: readonly Token[],
  phrase: NumberPhrase,
): { qualifier: Qualifier; from: number; to: number } {
  if (phrase.form === 'range') return { qualifier: 'range', from: phrase.from, to: phrase.to };
  let k = phrase.from;
  while (k > 0 && QUOTES.has(tokens[k - 1]!.text)) k--;
  const before = phraseBefore(tokens, k, Object.keys(HEDGES_BEFORE));
  const after =
    phraseAfter(tokens, phrase.to, Object.keys(HEDGES_AFTER)) ??
    (tokens[phrase.to]?.text === '-' ? phraseAfter(tokens, phrase.to + 1, ['plus']) : null);
  const from = before && phrase.form !== 'vague' ? before.from : phrase.from;
  const to = after && phrase.form !== 'vague' ? after.to : phrase.to;
  if (phrase.form === 'vague') return { qualifier: 'vague', from, to };
  // "some 10,000-plus": a bound beats a mere "about".
  const hedges = [before && HEDGES_BEFORE[before.phrase], after && HEDGES_AFTER[after.phrase]].filter(
    (q): q is Qualifier => Boolean(q),
  );
  const qualifier = hedges.find((q) => q !== 'approx') ?? hedges[0] ?? 'exact';
  return { qualifier, from, to };
}

function bounds(qualifier: Qualifier, phrase: NumberPhrase): { low: number | null; high: number | null } {
  if (qualifier === 'at-least') return { low: phrase.low, high: null };
  if (qualifier === 'at-most') return { low: null, high: phrase.high };
  return { low: phrase.low, high: phrase.high };
}

/** True when a sentence talks about soldiers at all (used for the next sentence's elided counts). */
export function mentionsPeople(sentence: string): boolean {
  return tokenize(sentence).some((t) => PEOPLE_NOUNS.has(t.norm) && t.norm !== 'general' && t.norm !== 'people');
}
