import {
  LINKING,
  AFTER_COUNT,
  MODALS,
  NORTH_KOREAN,
  NOT_PEOPLE,
  OTHER_NATIONALITY,
  OWN_LOSS,
  PARTITIVE,
  PARTITIVE_FILLERS,
  PEOPLE_NOUNS,
  QUOTES,
  REPORTED,
  VERBISH,
} from '../text/lexicon.ts';
import { MONTH_WORDS as MONTHS } from '../text/dates.ts';
import {
  CASUALTY_VERBS,
  CITING_BACK,
  COLLECTIVE,
  EVENT_NOUNS,
  FORCE_NOUNS,
  FUNCTION_WORDS,
  GROUP_NOUNS,
  NOT_PLURAL,
  SENDING,
} from '../text/lexicon.ts';
import type { NumberPhrase } from './numbers.ts';
import { readQualifier } from './qualifiers.ts';
import type { FindOptions } from './estimates.ts';
import type { Token } from '../text/tokens.ts';

/** Whether a number counts (North Korean) people: its noun, its context, and what it is not. */

export type Head =
  { kind: 'noun'; index: number } | { kind: 'partitive' | 'collective'; index: number } | { kind: 'blocked' };

/** A total this large is the size of a whole army, never a deployment. */
const ARMY_SIZE = 500_000;

/**
 * The size of a whole army, not of a deployment: "a military of 1.2 million", "an army of 30,000",
 * "its 1.2 million-strong army", or any count of half a million and more.
 */
export function isArmySize(tokens: readonly Token[], phrase: NumberPhrase): boolean {
  if (phrase.high >= ARMY_SIZE) return true;
  const before = tokens
    .slice(Math.max(0, phrase.from - 3), phrase.from)
    .map((t) => t.norm)
    .join(' ');
  if (/(military|militaries|army|armies|armed forces|forces) of$/.test(before)) return true;
  const after = tokens
    .slice(phrase.to, phrase.to + 4)
    .map((t) => t.norm)
    .join(' ');
  return /^-?\s?strong (army|military|armed forces)/.test(after.replace(/^- /, '-'));
}

/** Dates, years, ordinals, designations (KN-23), fractions, money, percentages, ages. */
export function isNotACount(tokens: readonly Token[], phrase: NumberPhrase): boolean {
  const first = tokens[phrase.from]!;
  const last = tokens[phrase.to - 1]!;
  const prev = tokens[phrase.from - 1];
  const prev2 = tokens[phrase.from - 2];
  const next = tokens[phrase.to];
  const attached = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && a.end === b.start;
  if (prev && (isMonth(prev) || (prev.text === '.' && prev2 && isMonth(prev2)))) return true;
  if (next && isMonth(next)) return true;
  // "roughly one in 20 of them", "1 in 5": the number of a ratio.
  if (prev?.norm === 'in' && /^(one|1)$/.test(prev2?.norm ?? '')) return true;
  // "tactical group No. 84", "Unit #2": a number that names, not one that counts.
  if (prev?.text === '#' || (prev?.text === '.' && prev2?.text === 'No')) return true;
  if (
    next &&
    attached(last, next) &&
    (next.type === 'word' ||
      next.text === '/' ||
      next.text === '%' ||
      // "10:30", not a list's "11,000: troops sent"
      (next.text === ':' && attached(next, tokens[phrase.to + 1]) && tokens[phrase.to + 1]?.type === 'number'))
  ) {
    return true; // 11th, 1990s, 0/250, 10:30, 5%
  }
  if (prev && attached(prev, first) && (prev.type === 'word' || prev.text === '/' || /[$€£₩¥]/.test(prev.text))) {
    return true; // KN23, 9/11, $5
  }
  if (prev?.text === '-' && attached(prev2, prev) && attached(prev, first) && prev2?.type === 'word') return true; // KN-23
  // "2024-10-24": the month and day of an ISO date (the year is no count either).
  if (
    prev?.text === '-' &&
    attached(prev2, prev) &&
    attached(prev, first) &&
    /^(?:19|20)\d{2}$/.test(prev2?.text ?? '')
  )
    return true;
  // "put the men's ages at 20 and 26": ages, however they are set.
  if (prev?.norm === 'at' && /^ages?$/.test(prev2?.norm ?? '')) return true;
  if (next && /^(percent|per)$/.test(next.norm)) return true;
  // "two and a half hours", "one and a half years": a measure, not a count of people.
  if (
    next?.norm === 'and' &&
    tokens[phrase.to + 1]?.norm === 'a' &&
    tokens[phrase.to + 2]?.norm === 'half' &&
    !PEOPLE_NOUNS.has(tokens[phrase.to + 3]?.norm ?? '')
  )
    return true;
  if (prev && /^(aged|age|ages|number|no|unit|brigade|division|corps|regiment|battalion)$/.test(prev.norm)) {
    // "believed to number 11,000": the verb, not a designation.
    if (!(prev.norm === 'number' && prev2?.norm === 'to')) return true;
  }
  // "1 in 3 soldiers", "one in five": a ratio (not "2,000 in 2024", "3,000 in ten days").
  const small = (t: Token | undefined) => t !== undefined && SMALL.test(t.norm);
  const after = tokens[phrase.to + 2]?.norm ?? '';
  if (next?.norm === 'in' && small(first) && small(tokens[phrase.to + 1]) && !TIME_UNITS.test(after)) return true;
  if (prev?.norm === 'in' && small(prev2) && small(first) && !TIME_UNITS.test(next?.norm ?? '')) return true;
  if (first.type === 'number' && phrase.form === 'single' && /^\d{4}$/.test(first.text)) {
    const year = Number(first.text);
    if (year >= 1900 && year <= 2100 && !PEOPLE_NOUNS.has(next?.norm ?? '')) return true;
  }
  // "by a factor of twenty", "close to seven to one": a ratio.
  if (prev?.norm === 'of' && prev2?.norm === 'factor') return true;
  if (small(first) && next?.norm === 'to' && tokens[phrase.to + 1]?.norm === 'one') return true;
  // "The World at Six", "Section Two": a number word capitalised inside a sentence names, it counts
  // nothing (a list item's first word, "- Two, according to Zelensky", opens its sentence).
  // (Whether anything opens the sentence before it is asked last: it is the one check that scans.)
  if (
    phrase.to - phrase.from === 1 &&
    first.type === 'word' &&
    /^\p{Lu}/u.test(first.text) &&
    !/^["“]$/.test(prev?.text ?? '') &&
    !PEOPLE_NOUNS.has(next?.norm ?? '') &&
    tokens.slice(0, phrase.from).some((t) => t.type === 'word' || t.type === 'number')
  )
    return true;
  // "The two are broadly compatible", "the two may describe …": things counted already, told of again.
  if (
    prev?.norm === 'the' &&
    phrase.to - phrase.from === 1 &&
    first.type === 'word' &&
    small(first) &&
    /^(are|were|may|might|could|can|do|did|have|had|differ|agree|match|say)$/.test(next?.norm ?? '')
  )
    return true;
  // "One of the prisoners said": a person picked out, not a count.
  if (phrase.to - phrase.from === 1 && first.norm === 'one' && next?.norm === 'of') return true;
  // "who is 26", "who was 19": an age.
  if (prev && /^(is|was)$/.test(prev.norm) && prev2?.norm === 'who') return true;
  // "Budanov, 38, said": an age in commas after a name.
  if (prev?.text === ',' && next?.text === ',' && phrase.to - phrase.from === 1 && /^\p{Lu}/u.test(prev2?.text ?? '')) {
    return true;
  }
  return false;
}

/** A month's name, capitalised: "4,000 may have died" and "troops march" name none. */
const isMonth = (t: Token) => MONTHS.has(t.norm) && /^\p{Lu}/u.test(t.text);

const SMALL = /^(\d|10|one|two|three|four|five|six|seven|eight|nine|ten)$/;
const TIME_UNITS = /^(days?|weeks?|months?|years?|hours?)$/;

/** The noun a number counts: "12,000 North Korean troops" → troops; "3,000 of them" → partitive. */
export function findHead(tokens: readonly Token[], j: number): Head | null {
  let skipped = 0;
  for (let k = j; k < Math.min(tokens.length, j + 8); k++) {
    const t = tokens[k]!;
    if (QUOTES.has(t.text)) continue;
    if (t.text === '-' && tokens[k + 1]?.norm === 'strong') return { kind: 'collective', index: k + 1 };
    // "10,000+: North Korean workers sent to Russia": a list's figure, then what it counts;
    // "11,000 : the force sent to Kursk": a group of them.
    if (k === j && /^[:—–]$/.test(t.text)) {
      const g = /^(the|a|an)$/.test(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
      if (COLLECTIVE.has(tokens[g]?.norm ?? '') && !/^(number|figure|total|count|tally)$/.test(tokens[g]!.norm))
        return { kind: 'collective', index: g };
      continue;
    }
    // ("220 self-propelled 170mm guns": a calibre before the noun.)
    const unit = tokens[k + 1];
    if (t.type === 'number' && unit && unit.start === t.end && NOT_PEOPLE.has(unit.norm)) {
      k++;
      continue;
    }
    if (t.type !== 'word') return null;
    // ("the tally of about 300 that Ukraine's chief of staff offered": a relative clause on the figure
    // holds no noun it counts.)
    if (/^(?:that|which)$/.test(t.norm)) return null;
    const pair = `${t.norm} ${tokens[k + 1]?.norm ?? ''}`;
    if (pair === 'north koreans' || pair === 'special forces' || pair === 'service members') {
      return { kind: 'noun', index: k + 1 };
    }
    if (PEOPLE_NOUNS.has(t.norm)) return { kind: 'noun', index: k };
    // ("14 North Korean industries": a plural after the nationality that names no people.)
    const after = tokens[k + 1];
    if (
      NORTH_KOREAN.has(t.norm) &&
      after?.type === 'word' &&
      /s$/.test(after.norm) &&
      !NORTH_KOREAN.has(after.norm) &&
      !PEOPLE_NOUNS.has(after.norm) &&
      !PEOPLE_NOUNS.has(`${after.norm} ${tokens[k + 2]?.norm ?? ''}`)
    )
      return { kind: 'blocked' };
    if (NOT_PEOPLE.has(t.norm) || isMonth(t)) return { kind: 'blocked' };
    // "the count of 3,000 given a week earlier": a participle ends the phrase the number stands in;
    // so does a time ("11,000 a week later").
    // ("101 fallen soldiers", "300 wounded North Koreans": an adjective before the noun.)
    const adjective = PEOPLE_NOUNS.has(tokens[k + 1]?.norm ?? '') || NORTH_KOREAN.has(tokens[k + 1]?.norm ?? '');
    // ("220 self-propelled guns", "3,000 battle-hardened troops": a compound is an adjective.)
    if (k === j && /(?:ed|en)$/.test(t.norm) && t.norm.length > 4 && !adjective && !t.norm.includes('-')) return null;
    if (
      /^(a|one|two|three|several|few)$/.test(t.norm) &&
      /^(days?|weeks?|months?|years?)$/.test(tokens[k + 1]?.norm ?? '') &&
      /^(later|earlier|ago|before|after)$/.test(tokens[k + 2]?.norm ?? '')
    )
      return null;
    if (t.norm === 'of' && PARTITIVE.has(tokens[k + 1]?.norm ?? '')) return { kind: 'partitive', index: k + 1 };
    // No noun a number counts follows a verb or a preposition: "3,000 in January" counts no months.
    if (VERBISH.has(t.norm) || AFTER_COUNT.has(t.norm) || t.norm === 'to') return null;
    if (++skipped > 5) return null;
  }
  return null;
}

export function otherNationality(span: readonly Token[]): boolean {
  return (
    (span.some((t) => OTHER_NATIONALITY.has(t.norm)) && !span.some((t) => NORTH_KOREAN.has(t.norm))) || jointForce(span)
  );
}

/**
 * "Russian and North Korean servicemen", "the combined Russian and North Korean force": a count of
 * both together, which is no count of the North Koreans.
 */
export function jointForce(span: readonly Token[]): boolean {
  return span.some(
    (t, k) =>
      OTHER_NATIONALITY.has(t.norm) &&
      span[k + 1]?.norm === 'and' &&
      span[k + 2]?.norm === 'north' &&
      NORTH_KOREAN.has(span[k + 3]?.norm ?? ''),
  );
}

export function ownLossesOfOthers(tokens: readonly Token[], from: number, named = true): boolean {
  let start = from;
  while (start > Math.max(0, from - 12) && !/^[.;:,]$/.test(tokens[start - 1]!.text)) start--;
  const window = tokens.slice(start, from);
  // "put the combined Russian and North Korean force … at about 63,000": both together.
  if (jointForce(window)) return true;
  if (window.some((t) => NORTH_KOREAN.has(t.norm))) return false;
  return window.some((t, k) => {
    if (!OTHER_NATIONALITY.has(t.norm)) return false;
    // "Russian losses", "Russia has lost", "Ukrainian forces lost", "Russian forces were suffering",
    // "where Moscow has massed about 50,000 troops": someone else's soldiers.
    // ("Russia keeps about 11,000 there", with no noun, keeps the North Koreans the text is about.)
    let j = k + 1;
    if (window[j]?.norm === 'own') j++;
    if (FORCE_NOUNS.has(window[j]?.norm ?? '')) j++;
    if (/^(has|have|had|was|were|is|are)$/.test(window[j]?.norm ?? '')) j++;
    const verb = window[j]?.norm ?? '';
    return OWN_LOSS.has(verb) || (named && (SENDING.has(verb) || verb === 'massed'));
  });
}

/**
 * "Moscow was tying down 60,000 of its own troops": "its own" (or "their own") after the figure, in a
 * clause that names no North Koreans before it, counts the subject's own soldiers.
 */
export function ownTroopsOfOthers(tokens: readonly Token[], after: number, from: number): boolean {
  if (tokens[after]?.norm !== 'of' || !/^(its|their)$/.test(tokens[after + 1]?.norm ?? '')) return false;
  if (tokens[after + 2]?.norm !== 'own') return false;
  let start = from;
  while (start > Math.max(0, from - 12) && !/^[.;:]$/.test(tokens[start - 1]!.text)) start--;
  return !tokens.slice(start, from).some((t) => NORTH_KOREAN.has(t.norm));
}

/**
 * The counted people belong to someone else, said after the noun: "killed eight fighters of
 * Russia's Chechen unit", "1,200 casualties a day" (a rate, not a count).
 */
export function countsOthersAfter(tokens: readonly Token[], head: number): boolean {
  const a = tokens[head + 1]?.norm ?? '';
  const b = tokens[head + 2]?.norm ?? '';
  if (a === 'of' && (OTHER_NATIONALITY.has(b) || (b === 'the' && OTHER_NATIONALITY.has(tokens[head + 3]?.norm ?? ''))))
    return true;
  return (a === 'a' || a === 'per' || a === 'each') && /^(day|week|month|hour)$/.test(b) ? true : a === 'daily';
}

/**
 * A number with no noun after it still counts people when the text is about people (this sentence
 * or the one before names soldiers), no other noun follows it ("100 basic military terms" count
 * terms), it stands outside brackets, and the clause makes it a count: after a hedge ("some 10,000
 * there"), a linking or reporting word ("losses reached 4,000", "put the number at 12,000", "said
 * 3,000"), a verb of sending ("could send another 30,000"), as the subject of its own verb
 * ("eleven thousand were already there", "2,600 bound for Kursk"), as a reporting verb's object
 * ("the 8,000 the secretary cited"), or right after a collective or people noun.
 */
export function elidedCount(tokens: readonly Token[], phrase: NumberPhrase, options: FindOptions): boolean {
  if (!(options.previousMentionsPeople === true || aboutPeople(tokens))) return false;
  let k = phrase.to;
  while (tokens[k] && QUOTES.has(tokens[k]!.text)) k++;
  // "the roughly 11,000 already in Russia", "some 3,000 more could follow": words that are no noun.
  while (
    tokens[k] &&
    /^(already|now|still|currently|reportedly|more|others|other|in all|in total|so far|altogether)$/.test(
      tokens[k]!.norm,
    )
  )
    k++;
  const next = tokens[k];
  if (thingAfter(tokens, k)) return false;
  const hedge = readQualifier(tokens, phrase);
  const before = tokens[hedge.from - 1]?.norm ?? '';
  if (
    before === '(' ||
    (/^[-–—]$/.test(tokens[phrase.to]?.text ?? '') && tokens[phrase.to]!.start === tokens[phrase.to - 1]!.end)
  )
    return false;
  const left = tokens.slice(Math.max(0, phrase.from - 16), phrase.from);
  // A list item that is its figure: "- Two, according to Zelensky", "- President Zelensky: 12,000, the
  // number he used …" (the text around is about the soldiers).
  const bullet =
    left.length > 0 && left.every((t) => t.type === 'punct') && left.some((t) => /^[-–—•*·]$/.test(t.text));
  // ("NIS: 11,000", not a time's "09:30")
  const label =
    before === ':' &&
    left.length <= 8 &&
    tokens[hedge.from - 2]?.type === 'word' &&
    tokens[hedge.from]!.start > tokens[hedge.from - 1]!.end;
  if ((bullet || label) && (!next || /^[,;(]$/.test(next.text))) return true;
  // "Seoul's 11,000", "the Pentagon's several hundred": someone's figure, as the text went on counting.
  if (/'s$/.test(tokens[hedge.from - 1]?.norm ?? '') && /^\p{Lu}/u.test(tokens[hedge.from - 1]!.text)) return true;
  const counted = (t: Token) =>
    PEOPLE_NOUNS.has(t.norm) || t.norm === 'losses' || t.norm === 'toll' || COLLECTIVE.has(t.norm);
  if (casualtyPredicate(tokens, k)) return true;
  if (hedge.qualifier !== 'exact') return true;
  if (LINKING.has(before) || REPORTED.has(before) || SENDING.has(before)) return true;
  if (tokens[hedge.from - 1]?.norm === 'the' && reportedObject(tokens, k)) return true;
  // "the 12,000 sent were not all at the front": the group a verb of sending describes.
  if (tokens[hedge.from - 1]?.norm === 'the' && SENDING.has(next?.norm ?? '')) return true;
  if ((VERBISH.has(next?.norm ?? '') || next?.norm === 'bound') && !/^(of|in|on|at|by|from|to|for|with)$/.test(before))
    return true;
  const endsClause = !next || /^[.,;:!?)]$/.test(next.text) || AFTER_COUNT.has(next.norm);
  return endsClause && counted(left.at(-1) ?? tokens[0]!);
}

/**
 * Whether a sentence is about (North Korean) people: it names soldiers ("troops", "officers"), a
 * group sent ("the deployment", "the contingent"), or North Korean losses. "300 were killed" alone
 * names no one: "killed" is what happened, not who.
 */
export function aboutPeople(tokens: readonly Token[]): boolean {
  const nk = tokens.some((t) => NORTH_KOREAN.has(t.norm));
  return tokens.some(
    (t) =>
      (PEOPLE_NOUNS.has(t.norm) && !EVENT_NOUNS.has(t.norm)) ||
      GROUP_NOUNS.has(t.norm) ||
      (nk && /^(losses|toll|casualties)$/.test(t.norm)),
  );
}

/**
 * A noun other than one of people follows the number ("100 basic military terms", "212
 * partners"): within three words, a plural that is no people noun, before any verb or preposition.
 */
function thingAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
    const t = tokens[j]!;
    if (
      t.type !== 'word' ||
      /^\p{Lu}/u.test(t.text) ||
      VERBISH.has(t.norm) ||
      AFTER_COUNT.has(t.norm) ||
      FUNCTION_WORDS.has(t.norm)
    )
      return false;
    if (PEOPLE_NOUNS.has(t.norm)) return false;
    if (/[^s]s$/.test(t.norm) && t.norm.length > 3 && !NOT_PLURAL.has(t.norm)) return true;
  }
  return false;
}

/** "the 8,000 [that] the secretary cited": up to four words, then a reporting verb with its object. */
function reportedObject(tokens: readonly Token[], k: number): boolean {
  // ("the 4,000 that Ukraine's president, Volodymyr Zelensky, has cited": a name set off by commas.)
  const relative = /^(?:that|which)$/.test(tokens[k]?.norm ?? '');
  for (let j = k; j < Math.min(tokens.length, k + (relative ? 12 : 8)); j++) {
    const t = tokens[j]!;
    if ((t.type === 'punct' && !(relative && t.text === ',')) || t.type === 'number') return false;
    if (CITING_BACK.has(t.norm)) return j > k;
    // ("the 10,000 she said Pyongyang had sent": the object of a verb of sending in a clause on it.)
    if (SENDING.has(t.norm) && !/^(?:have|has|had)$/.test(t.norm)) return j > k;
  }
  return false;
}

/** "were killed", "have been wounded", "died", "had been taken prisoner" starting at token `k`. */
function casualtyPredicate(tokens: readonly Token[], k: number): boolean {
  let j = k;
  // "may have been killed"
  if (MODALS.has(tokens[j]?.norm ?? '') && /^(have|be)$/.test(tokens[j + 1]?.norm ?? '')) j++;
  if (/^(were|was|are|have|has|had|be)$/.test(tokens[j]?.norm ?? '')) j++;
  if (/^(been|reportedly|also|already)$/.test(tokens[j]?.norm ?? '')) j++;
  if (tokens[j]?.norm === 'been') j++;
  const verb = tokens[j]?.norm ?? '';
  if (CASUALTY_VERBS.has(verb)) return j > k || verb === 'died' || verb === 'perished';
  return verb === 'taken' && tokens[j + 1]?.norm === 'prisoner';
}

/** Pairs "N of the M …": index of N → index of M. */
export function partitives(tokens: readonly Token[], phrases: readonly NumberPhrase[]): Map<number, number> {
  const pairs = new Map<number, number>();
  phrases.forEach((p, n) => {
    const q = phrases[n + 1];
    if (!q || tokens[p.to]?.norm !== 'of') return;
    const between = tokens.slice(p.to + 1, q.from);
    if (between.every((t) => PARTITIVE_FILLERS.has(t.norm))) pairs.set(n, n + 1);
  });
  return pairs;
}

/** True when a sentence talks about soldiers at all (used for the next sentence's elided counts). */
export function mentionsPeople(sentence: string): boolean {
  return PEOPLE_WORD.test(sentence);
}

/** Any people noun as a whole word, "general" and "people" aside (too common to mean soldiers). */
const PEOPLE_WORD = new RegExp(
  `(?<![\\p{L}])(?:${[...PEOPLE_NOUNS].filter((w) => w !== 'general' && w !== 'people').join('|')})(?![\\p{L}])`,
  'iu',
);
