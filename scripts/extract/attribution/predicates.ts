import {
  CITING,
  HEARSAY,
  OWN_SOURCING,
  REPORTING_NOUNS,
  REPORTING_VERBS,
  statementNounAfter,
  SUBJECT_GAP,
  type VerbFlag,
  VERBISH,
} from '../text/lexicon.ts';
import { numberPhrases } from '../figures/numbers.ts';
import { MONTH_WORDS } from '../text/dates.ts';
import { readQualifier } from '../figures/qualifiers.ts';
import { phraseStarting, type Token } from '../text/tokens.ts';
import type { Mention } from './mentions.ts';

/**
 * The reporting predicates of a sentence — "X said", "said X", "according to X", "X, citing Y",
 * "Kyiv's claim that …", a list item's "NIS: …" — each with the mention it names as source and the
 * clause it governs. A figure is attributed through the predicate that governs it (govern()), not
 * through whichever name comes first in the sentence.
 */

export type PredicateKind = 'verb' | 'according' | 'noun' | 'label';

export interface Predicate {
  kind: PredicateKind;
  /** The cue's words, lower-case ("said", "according to", "claim"). */
  cue: string;
  /** Token range [from, to) of the cue. */
  from: number;
  to: number;
  source: Mention | null;
  /** The source stands after the cue: "said Rutte", "according to the NIS". */
  inverted: boolean;
  flags: ReadonlySet<VerbFlag>;
  /** A source the speaker passes the figure on from: "X, citing Y, said", "lawmakers briefed by the NIS". */
  cited: Mention | null;
  /** The source asserts the figure from its own sourcing ("has learned", "documents seen by"). */
  own: boolean;
  /** The clause the predicate stands in: token range [segmentFrom, segmentTo). */
  segmentFrom: number;
  segmentTo: number;
}

const NO_FLAGS: ReadonlySet<VerbFlag> = new Set();
const CITING_KEYS = Object.keys(CITING).sort((a, b) => b.split(' ').length - a.split(' ').length);

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const MONTHISH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
/** A word of a time that may stand inside a clause: "on June 17", "last Tuesday", "on Monday". */
const timeWord = (t: Token) =>
  /^(?:on|in|at|last|this|earlier)$/.test(t.norm) ||
  WEEKDAY.test(t.norm) ||
  MONTHISH.test(t.norm) ||
  t.type === 'number';

/** Whether the tokens [a, b) may stand between a subject and its verb. */
function subjectGap(tokens: readonly Token[], a: number, b: number): boolean {
  if (a === b) return true;
  const gap = tokens.slice(a, b);
  const plain = gap.every(
    (t) =>
      SUBJECT_GAP.has(t.norm) || WEEKDAY.test(t.norm) || MONTHISH.test(t.norm) || t.type === 'number' || t.text === '.',
  );
  if (plain && gap.length <= 6) return true;
  // "Western officials quoted by CNN in July gave", "… quoted in the same CNN report said": a
  // participle and its agent or the report it appears in, between subject and verb.
  if (
    /ed$/.test(gap[0]!.norm) &&
    (gap[1]?.norm === 'by' || (gap[1]?.norm === 'in' && /^(?:quoted|cited|named|mentioned)$/.test(gap[0]!.norm))) &&
    gap.length <= 8 &&
    !gap.some((t) => t.type === 'punct')
  )
    return true;
  // "Jenny Town of the Stimson Center judged": the body a named person belongs to.
  if (
    /^(of|at|from)$/.test(gap[0]!.norm) &&
    gap.length <= 8 &&
    gap.slice(1).every((t) => /^(the|for|and|of|on)$/.test(t.norm) || isCapitalisedWord(t)) &&
    gap.slice(1).some(isCapitalisedWord)
  )
    return true;
  // "a Western diplomat familiar with the matter told": a phrase that tells who the source is.
  if (
    /^(familiar|close|briefed|involved|knowledgeable|aware)$/.test(gap[0]!.norm) &&
    gap.length <= 7 &&
    !gap.some((t) => t.type === 'punct' || t.type === 'number')
  )
    return true;
  // "A U.S. official who was not authorized to speak publicly said": a restrictive relative clause.
  if (
    /^(who|that)$/.test(gap[0]!.norm) &&
    gap.length <= 12 &&
    !gap.some((t) => t.type === 'punct' || t.type === 'number' || /^(said|says|told|tells)$/.test(t.norm))
  )
    return true;
  // "Its chief, Kyrylo Budanov, had told": the name is itself an appositive; its closing comma stands in the gap.
  if (
    gap[0]!.text === ',' &&
    tokens[a - 1 - 0] !== undefined &&
    appositiveName(tokens, a) &&
    gap.slice(1).every((t) => SUBJECT_GAP.has(t.norm)) &&
    gap.length <= 4
  )
    return true;
  // An appositive: ", a spokesperson for the ministry," or "(HUR)" — auxiliaries may follow it
  // ("South Korea's spy agency, which briefs lawmakers, has put the dead at 600").
  let last = gap.length - 1;
  while (last > 0 && /^(has|have|had|also|now|since|then|again|was|is|were|are)$/.test(gap[last]!.norm)) last--;
  const open = gap[0]!.text;
  const close = gap[last]!.text;
  const enclosed =
    (open === ',' && close === ',') || (open === '(' && close === ')') || (open === '—' && close === '—');
  // (A relative clause, ", which earlier estimated 11,000 had been deployed,", may report on its own.)
  const relative = /^(who|which)$/.test(gap[1]?.norm ?? '');
  return (
    enclosed &&
    last >= 2 &&
    gap.length <= 28 &&
    !(
      !relative &&
      gap
        .slice(1, last)
        .some(
          (t) => REPORTING_VERBS.has(t.norm) && !REPORTING_VERBS.get(t.norm)!.has('participle') && t.norm !== 'briefed',
        )
    )
  );
}

/** Words whose object is no subject: prepositions, and the citing words ("citing the NIS"). */
const GOVERNS = /^(by|to|with|from|in|at|for|on|about|than|against|into|citing|quoting)$/;

/** Words between a preposition and the name it governs: "in the same CNN report", "to a new BBC programme". */
const NAME_LEAD = /^(?:the|a|an|same|new|latest|recent|earlier|own)$/;

/** "in the same CNN report": a preposition, then a determiner and at most one more lead word, then the name at `from`. */
function governedAfterDeterminer(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(1, from - 2) && NAME_LEAD.test(tokens[k]!.norm); k--)
    if (GOVERNS.test(tokens[k - 1]!.norm)) return /^(the|a|an)$/.test(tokens[k]!.norm);
  return false;
}

const isCapitalisedWord = (t: Token) => t.type === 'word' && /^\p{Lu}/u.test(t.text);

/** Whether the mention ending at token `a` opened after a comma (an appositive name). */
const appositiveName = (tokens: readonly Token[], a: number) => {
  for (let k = a - 1; k >= Math.max(0, a - 6); k--) if (tokens[k]!.text === ',') return true;
  return false;
};

const isBreak = (t: Token | undefined) => t !== undefined && /^[;]$/.test(t.text);
const spacedDash = (tokens: readonly Token[], k: number) =>
  /^[—–-]$/.test(tokens[k]!.text) &&
  tokens[k - 1] !== undefined &&
  tokens[k - 1]!.end < tokens[k]!.start &&
  tokens[k + 1] !== undefined &&
  tokens[k]!.end < tokens[k + 1]!.start;

/**
 * Where the clauses of a sentence start: at ";", a spaced dash, "while", "whereas", ", but", and
 * at ", and" or "and" when what follows has a reporting verb of its own subject ("…, while Kyiv
 * counted 11,000").
 */
function clauseStarts(tokens: readonly Token[], subjects: ReadonlySet<number>): number[] {
  const starts = [0];
  tokens.forEach((t, k) => {
    if (isBreak(t) || spacedDash(tokens, k)) starts.push(k + 1);
    else if (t.norm === 'while' || t.norm === 'whereas' || (t.norm === 'but' && tokens[k - 1]?.text === ','))
      starts.push(k);
    else if (t.norm === 'and' && (subjects.has(k + 1) || (tokens[k + 1]?.norm === 'the' && subjects.has(k + 2))))
      starts.push(k);
  });
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** The first mention starting within `reach` tokens after `k` (skipping nothing but what mentions hold). */
function mentionAfter(mentions: readonly Mention[], k: number, reach: number): Mention | null {
  return mentions.find((m) => m.from >= k && m.from <= k + reach) ?? null;
}

/**
 * Every reporting predicate of a sentence, with its source and clause.
 *
 * @example findPredicates(tokenize('Seoul put the figure at 12,000; the Pentagon said 10,000.'), mentions)
 * // [{ cue: 'put', source: Seoul, segment 0–6 }, { cue: 'said', source: the Pentagon, segment 7–11 }]
 */
export function findPredicates(tokens: readonly Token[], mentions: readonly Mention[], sentence: string): Predicate[] {
  const found: Predicate[] = [];
  const make = (
    kind: PredicateKind,
    cue: string,
    from: number,
    to: number,
    source: Mention | null,
    inverted: boolean,
    flags = NO_FLAGS,
  ): Predicate => ({
    kind,
    cue,
    from,
    to,
    source,
    inverted,
    flags,
    cited: null,
    own: false,
    segmentFrom: 0,
    segmentTo: tokens.length,
  });
  const inMention = new Uint8Array(tokens.length);
  for (const m of mentions) inMention.fill(1, m.from, m.to);
  const citing: { from: number; to: number; source: Mention | null; kind: 'according' | 'citing' }[] = [];

  // (Number phrases only where a possessive could own one.)
  const owning = mentions.some((m) => m.possessive) || tokens.some((t) => t.norm === 'whose');
  const figureStarts = new Set(owning ? numberPhrases(tokens).map((p) => p.from) : []);
  for (let k = 0; k < tokens.length; k++) {
    if (inMention[k]) continue;
    const t = tokens[k]!;
    const phrase = phraseStarting(tokens, k, CITING_KEYS);
    // "officials quoted by CNN": the outlet quoted them; they are the source. So are "officials
    // quoted in the same CNN report": the report they appear in cites no one.
    if (phrase && /^(quoted|cited)$/.test(phrase) && /^(by|in)$/.test(tokens[k + 1]?.norm ?? '')) continue;
    if (phrase) {
      const n = phrase.split(' ').length;
      const source = mentionAfter(mentions, k + n, phrase === 'per' ? 1 : 3);
      if (phrase === 'per' && !source) continue;
      citing.push({ from: k, to: k + n, source, kind: CITING[phrase]! });
      k += n - 1;
      continue;
    }
    // "the agency's January count", "Kyiv's own estimate": a word or two may stand between.
    const owner = REPORTING_NOUNS.has(t.norm)
      ? mentions.find(
          (m) =>
            (m.to === k || (m.possessive && m.to < k && statementNounAfter(tokens, m.to) === k)) &&
            (m.possessive || m.type === 'registry' || m.type === 'group'),
        )
      : undefined;
    const flags = REPORTING_VERBS.get(t.norm);
    // ("Washington's own estimate": after a possessive, a word that may be a verb is the noun.)
    if (flags && !owner?.possessive && verbCounts(tokens, k, mentions)) {
      found.push(verbPredicate(tokens, mentions, k, flags, found, make));
      continue;
    }
    // "the Pentagon's several hundred", "Seoul's 11,000": a figure in the possessive is its owner's estimate.
    const possessor = mentions.find((m) => m.possessive && m.to === k && m.type !== 'pronoun');
    if (possessor && figureStarts.has(k)) {
      found.push(make('noun', "'s", possessor.from, k, possessor, false));
      continue;
    }
    // "the spy agency, whose 300 dead figure dates from January": "whose" is the name's possessive.
    const whose =
      t.norm === 'whose' && tokens[k - 1]?.text === ','
        ? mentions.find((m) => m.to === k - 1 && m.type !== 'pronoun')
        : undefined;
    if (whose && figureStarts.has(k + 1)) {
      found.push(make('noun', 'whose', k, k + 1, whose, false));
      continue;
    }
    // ("according to a report by Yonhap": the "according to" tells of the report.)
    const told = citing.some((c) => c.to <= k && k - c.to <= 2);
    if (REPORTING_NOUNS.has(t.norm) && !told) {
      const by = ['by', 'from'].includes(tokens[k + 1]?.norm ?? '') ? mentionAfter(mentions, k + 2, 1) : null;
      const source = owner ?? by ?? madeBy(tokens, mentions, k);
      if (source) found.push(make('noun', t.norm, k, k + 1, source, source !== owner));
    }
  }
  // A gapped clause repeats the verb before it: "the NIS says about 3,000, the JCS some 4,000, and
  // Ukraine's military intelligence more than 5,000" — each name then its own figure.
  const gapped = found.find((p) => p.kind === 'verb' && p.source && p.flags.has('object'));
  const gaps = gapped
    ? mentions.filter((m) => {
        if (m.from <= gapped.to || m.type === 'pronoun' || m.possessive) return false;
        const lead = tokens[m.from - 1]?.norm === 'the' ? m.from - 1 : m.from;
        const joined = tokens[lead - 1]?.text === ',' || tokens[lead - 1]?.norm === 'and';
        return joined && tokens.slice(gapped.to, lead).some((t) => t.type === 'number');
      })
    : [];
  if (gaps.length) {
    const figures = new Set(numberPhrases(tokens).map((p) => readQualifier(tokens, p).from));
    for (const m of gaps) if (figures.has(m.to)) found.push(make('noun', gapped!.cue, m.from, m.to, m, false));
  }
  // A list item's or a headline's label: "NIS: about 11,000", "- The NIS: …", "Pentagon — up to 12,000",
  // "Western officials who spoke to the BBC, in a report on Jan. 22: 4,000 …".
  const lead = mentions[0];
  // A colon after the lead's words, or a dash right after the lead; a wire dateline ("SEOUL, Jan. 13 —") is no label.
  const colon = tokens.findIndex(
    (t, k) => t.text === ':' || (lead !== undefined && k === lead.to && spacedDash(tokens, k)),
  );
  // (A name in capitals, a comma, then the date: "NIS, in September: …" is a label.)
  const dateline =
    lead !== undefined &&
    lead.text === lead.text.toUpperCase() &&
    tokens[lead.to]?.text === ',' &&
    (tokens[lead.to + 1]?.type === 'number' || MONTH_WORDS.has(tokens[lead.to + 1]?.norm.replace(/\.$/, '') ?? ''));
  const leadStart = tokens.findIndex((t) => t.type !== 'punct' && !/^(the|a|an)$/.test(t.norm));
  // ("On Oct. 24, Ukraine's military intelligence went higher still: nearly 12,000 …": the lead may
  // follow an opening adverbial and its comma.)
  const opened = lead !== undefined && lead.from <= leadStart + 7 && tokens[lead.from - 1]?.text === ',';
  if (
    lead &&
    !dateline &&
    colon > lead.from &&
    (lead.from <= leadStart + 1 || opened) &&
    // (A day or a year in the label is its date: "South Korea's spy agency, 2024-11-04: …".)
    !tokens.slice(0, colon).some((t) => t.type === 'number' && !/^(?:\d{1,2}|(?:19|20)\d{2})$/.test(t.text)) &&
    !found.some((p) => p.kind === 'verb' && p.from < colon && p.source && !p.flags.has('participle'))
  ) {
    found.push(make('label', tokens[colon]!.text, colon, colon + 1, lead, false));
  }
  // A list item's source in a closing parenthesis: "• 1,100+ casualties (JCS)", "11,000 troops in
  // Russia (NIS, November)". Only in a fragment that has no reporting verb of its own.
  const trailing = trailingSource(tokens, mentions);
  // (Also beside a label that names a state as a whole: "Seoul: around 300 (NIS briefing, Jan. 13)".)
  const general = (p: Predicate) => p.kind === 'label' && p.source?.kind === 'government';
  if (trailing && !found.some((p) => p.kind === 'verb' || (p.kind === 'label' && !general(p)))) {
    found.push(make('label', '(', trailing.open, trailing.open + 1, trailing.source, true));
  }
  // Participles ("…, adding that 2,700 were wounded") speak for the verb before them.
  // "Zelensky went further, writing that …": the subject of the clause the participle hangs on.
  found.forEach((p, n) => {
    if (p.source || !p.flags.has('participle')) return;
    const as = tokens[p.from - 1]?.norm === 'as' ? citing.findLast((c) => c.to <= p.from && c.source) : undefined;
    // "The report cited Western officials as saying …", "quoted the agency as saying", "TASS quoted
    // him on June 17 as saying": the one cited (a time may stand between).
    const quotedAs =
      tokens[p.from - 1]?.norm === 'as'
        ? mentions.find(
            (m) =>
              m.to <= p.from - 1 &&
              p.from - 1 - m.to <= 4 &&
              tokens.slice(m.to, p.from - 1).every(timeWord) &&
              /^(cited|quoted|quoting|citing)$/.test(tokens[m.from - 1]?.norm ?? ''),
          )
        : undefined;
    if (quotedAs) return void (p.source = quotedAs);
    const previous = found.slice(0, n).findLast((q) => q.kind === 'verb' && q.source)?.source;
    const subject = mentions.find(
      (m) => (m.to < p.from && m.type !== 'pronoun') || (m.type === 'pronoun' && m.from <= 1),
    );
    const clean = subject && !tokens.slice(subject.to, p.from).some((t) => /^[;:]$/.test(t.text));
    p.source = as?.source ?? previous ?? (clean ? subject : null) ?? null;
  });
  const subjects = new Set(
    found.filter((p) => p.source && !p.inverted && p.source.from > 0).map((p) => p.source!.from),
  );
  const starts = clauseStarts(tokens, subjects);
  const segmentOf = (k: number) => {
    let s = 0;
    for (const start of starts) if (start <= k) s = start;
    const next = starts.find((x) => x > k) ?? tokens.length;
    return [s, next] as const;
  };
  for (const p of found) [p.segmentFrom, p.segmentTo] = segmentOf(p.from);
  // "X, citing Y, said", "lawmakers briefed by the NIS said", "according to the NIS".
  for (const c of citing) {
    const [a, b] = segmentOf(c.from);
    // ("According to a report by Yonhap citing the JCS": with no verb, the "according to" before it cites.)
    const verb =
      c.kind === 'citing'
        ? (found
            .filter((p) => p.kind === 'verb' && p.segmentFrom === a)
            .sort((x, y) => Math.abs(x.from - c.from) - Math.abs(y.from - c.from))[0] ??
          found.findLast((p) => p.kind === 'according' && p.segmentFrom === a && p.to <= c.from && !p.cited) ??
          null)
        : null;
    if (verb) verb.cited = c.source;
    else if (c.source) {
      const p = make('according', phraseOf(tokens, c.from, c.to), c.from, c.to, c.source, true);
      [p.segmentFrom, p.segmentTo] = [a, b];
      found.push(p);
    }
  }
  // "warned, in an assessment CNN reported, that 25,000 …": an outlet in a relative clause on a
  // statement relays it; the statement stays its maker's.
  const relaying = (p: Predicate) =>
    p.kind === 'verb' &&
    !p.inverted &&
    p.source?.kind === 'media' &&
    p.from === p.source.to &&
    REPORTING_NOUNS.has(tokens[p.source.from - 1]?.norm ?? '') &&
    /^(a|an|the|its|his|her|their)$/.test(tokens[p.source.from - 2]?.norm ?? '');
  for (let n = found.length - 1; n >= 0; n--) if (relaying(found[n]!)) found.splice(n, 1);
  const outlets = found.filter((p) => p.source?.kind === 'media' || p.source?.kind === 'research-group');
  const lower = outlets.length ? sentence.toLowerCase() : '';
  if (outlets.length && OWN_SOURCING.some((w) => lower.includes(w))) for (const p of outlets) p.own = true;
  return found.sort((a, b) => a.from - b.from);
}

/** "(JCS)", "(NIS, November)", "(SBU, Jan. 11)" closing a sentence that holds a figure before it. */
function trailingSource(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): { open: number; source: Mention } | null {
  let end = tokens.length;
  if (end && /^[.;]$/.test(tokens[end - 1]!.text)) end--;
  if (tokens[end - 1]?.text !== ')') return null;
  const open = tokens.findLastIndex((t, k) => k < end - 1 && t.text === '(');
  if (open < 1 || !tokens.slice(0, open).some((t) => t.type === 'number')) return null;
  const source = mentions.find((m) => m.from === open + 1 && m.to < end);
  if (!source || source.type === 'pronoun' || source.type === 'description') return null;
  // After the name, at most a comma and a few words of a date.
  const rest = tokens.slice(source.to, end - 1);
  const ok = rest.length === 0 || (rest[0]!.text === ',' && rest.length <= 5 && rest.every((t) => t.text !== '('));
  return ok ? { open, source } : null;
}

const phraseOf = (tokens: readonly Token[], a: number, b: number) =>
  tokens
    .slice(a, b)
    .map((t) => t.norm)
    .join(' ');

/** "The announcement was made on December 3 by Andriy Chernyak": the maker of a statement named by a passive. */
function madeBy(tokens: readonly Token[], mentions: readonly Mention[], k: number): Mention | null {
  if (!/^(was|were|is|has been)$/.test(tokens[k + 1]?.norm ?? '')) return null;
  if (
    !/^(made|issued|given|released|published|delivered|provided|announced|presented)$/.test(tokens[k + 2]?.norm ?? '')
  )
    return null;
  const by = tokens.slice(k + 3, k + 12).findIndex((t) => t.norm === 'by');
  return by < 0 ? null : mentionAfter(mentions, k + 4 + by, 1);
}

const DETERMINER = /^(the|a|an|these|those|such|its|their|his|her|our)$/;

/** Whether a reporting verb's token is a verb of reporting here. */
function verbCounts(tokens: readonly Token[], k: number, mentions: readonly Mention[]): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1]?.norm ?? '';
  const next = tokens[k + 1];
  // "an estimated 7,000", "the estimated 11,000": an adjective.
  // ("The spy agency estimated 1,500 had arrived", "…, which earlier estimated 11,000", "it had
  // estimated 3,000": a verb, when a subject, an auxiliary or an adverb stands right before it.)
  const verbal =
    mentions.some((m) => m.to === k) ||
    /^(who|which|that|had|has|have|earlier|previously|also|first|later|once|he|she|it|they|we)$/.test(prev);
  if (t.norm === 'estimated' && (/^(an|the|some|to|of|by|at)$/.test(prev) || (next?.type === 'number' && !verbal)))
    return false;
  // "the reports of 12,000", "its claims", "the estimate": after a determiner, the word is the noun.
  // (So after a determiner and an adjective or two: "The first firm estimates came on Nov. 4".)
  const noun = REPORTING_NOUNS.has(t.norm);
  if (DETERMINER.test(prev) && (noun || /s$/.test(t.norm))) return false;
  const modifiers = [tokens[k - 1], tokens[k - 2]];
  if (
    noun &&
    k >= 2 &&
    !mentions.some((m) => m.to === k || m.to === k - 1) &&
    modifiers.every((x) => x?.type === 'word' && /^\p{Ll}/u.test(x.text) && !VERBISH.has(x.norm)) &&
    (DETERMINER.test(tokens[k - 2]!.norm) || DETERMINER.test(tokens[k - 3]?.norm ?? ''))
  )
    return false;
  // "is believed to", "are now thought to": hearsay or a forecast, not someone speaking.
  const aux =
    /^(is|are|was|were|be|been)$/.test(prev) ||
    (/^(now|also|widely|still|generally)$/.test(prev) && /^(is|are|was|were|be|been)$/.test(tokens[k - 2]?.norm ?? ''));
  if (/^(believed|expected|thought|said|reported|estimated)$/.test(t.norm) && aux && next?.norm === 'to') return false;
  // "put the toll at 4,000": only with "at" and a figure after it.
  if (/^(put|puts|putting|placed|places|pegged|pegs)$/.test(t.norm)) {
    const at = tokens.slice(k + 1, k + 13).findIndex((x) => x.norm === 'at');
    return at >= 0 && tokens[k + 2 + at] !== undefined;
  }
  if (/^(found|show|shows|showed)$/.test(t.norm) && next?.norm === 'dead') return false;
  // "Pyongyang had given Moscow some 11,000 troops": a figure handed to a state named right after the
  // verb is a deed, not words ("gave lawmakers a figure of 600", "gave you about 300 dead" are words).
  if (/^(give|gives|gave|given|giving|offer|offers|offered|offering)$/.test(t.norm)) {
    const recipient = mentions.find(
      (m) => m.from === k + 1 && m.type !== 'pronoun' && !m.isPerson && !/^(media|lawmaker)$/.test(m.kind ?? ''),
    );
    if (recipient && tokens.slice(recipient.to, recipient.to + 3).some((x) => x.type === 'number')) return false;
  }
  // "Pyongyang had agreed to send 5,000", "offered to supply": a deed agreed on, not words told.
  if (/^(agreed|agrees|offered|offers|promised|promises|pledged|pledges)$/.test(t.norm) && next?.norm === 'to')
    return (
      tokens[k + 2]?.type !== 'word' ||
      !/^(send|deploy|dispatch|supply|provide|give|transfer|move|contribute)$/.test(tokens[k + 2]!.norm)
    );
  return true;
}

function verbPredicate(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
  flags: ReadonlySet<VerbFlag>,
  found: readonly Predicate[],
  make: (
    kind: PredicateKind,
    cue: string,
    from: number,
    to: number,
    source: Mention | null,
    inverted: boolean,
    flags?: ReadonlySet<VerbFlag>,
  ) => Predicate,
): Predicate {
  const norm = tokens[k]!.norm;
  // Passive: "was estimated by the NIS", "an estimate, offered reluctantly by Kirby".
  // ("was told last month by a senior official", "was given on Tuesday by the agency": a time between.)
  const gap = tokens.slice(k + 1, k + 5).findIndex((t) => t.norm === 'by');
  const between = gap > 0 ? tokens.slice(k + 1, k + 1 + gap) : [];
  const timed =
    between.every((t) => t.type === 'word' || t.type === 'number') &&
    between.some((t) => /^(?:last|this|on|in|earlier|later|yesterday|today|week|month)$/.test(t.norm));
  const by =
    tokens[k + 1]?.norm === 'by'
      ? k + 1
      : gap === 1 && /ly$/.test(tokens[k + 1]!.norm)
        ? k + 2
        : gap > 0 && timed
          ? k + 1 + gap
          : -1;
  if (by > 0) {
    const agent = mentionAfter(mentions, by + 1, 2);
    const passive = /^(is|are|was|were|been|be)$/.test(tokens[k - 1]?.norm ?? '') || tokens[k - 1]?.text === ',';
    // ("South Korean officials, quoted by Yonhap, said": an outlet that relays the words is their channel.)
    const relayed = mentions.findLast((m) => m.to === k - 1);
    if (agent?.kind === 'media' && tokens[k - 1]?.text === ',' && relayed && relayed.kind !== 'media')
      return make('verb', norm, k, k + 1, relayed, false, flags);
    if (agent && passive) return make('verb', norm, k, k + 1, agent, true, flags);
  }
  // "Town judged that high, and thought 10,000 to 20,000 more likely": verbs joined by "and" share
  // their subject.
  const joined = tokens[k - 1]?.norm === 'and' ? found.findLast((p) => p.kind === 'verb' && p.source) : undefined;
  if (joined?.source && !joined.inverted) return make('verb', norm, k, k + 1, joined.source, false, flags);
  // "Kim welcomed the regiment home and, in a rare reference to losses, said …": the first clause's subject.
  if (
    tokens[k - 1]?.norm === 'and' ||
    (tokens[k - 1]?.text === ',' && tokens.slice(Math.max(0, k - 14), k).some((t) => t.norm === 'and'))
  ) {
    const lead = mentions[0];
    const start = tokens.findIndex((t) => t.type !== 'punct');
    if (lead && lead.from <= start + 3 && lead.to < k && !found.some((p) => p.kind === 'verb' && p.source === lead)) {
      const between = tokens.slice(lead.to, k);
      if (!between.some((t) => t.text === ';' || REPORTING_VERBS.has(t.norm)))
        return make('verb', norm, k, k + 1, lead, false, flags);
    }
  }
  // "…, who said" / "…, which estimated" / "…, who had told": the name before the relative pronoun.
  let rel = k - 1;
  while (rel > 0 && SUBJECT_GAP.has(tokens[rel]!.norm) && k - rel <= 3) rel--;
  const relative = /^(who|which)$/.test(tokens[rel]?.norm ?? '')
    ? mentions.findLast((m) => m.to <= rel - 1 && tokens[m.to]?.text === ',')
    : undefined;
  if (relative && relative.to >= rel - 3) return make('verb', norm, k, k + 1, relative, false, flags);
  if (!flags.has('participle') || tokens[k - 1]?.text !== ',') {
    // ("Kyrylo Budanov of Ukraine's military intelligence told": the name the body after "of" qualifies;
    // "an official in Seoul said": the place an unnamed source speaks from.)
    let qualifier: Mention | null = null;
    for (let n = mentions.length - 1; n >= 0; n--) {
      const m = mentions[n]!;
      if (m.to > k) continue;
      if (
        qualifier &&
        (tokens[m.to]?.norm === 'of' || (m.type === 'anonymous' && /^(at|from|in)$/.test(tokens[m.to]?.norm ?? ''))) &&
        qualifier.from - m.to <= 2 &&
        (m.type === 'person' || m.isPerson) &&
        subjectGap(tokens, qualifier.to, k)
      )
        return make('verb', norm, k, k + 1, m, false, flags);
      qualifier =
        /^(of|at|from|in)$/.test(tokens[m.from - 1]?.norm ?? '') || tokens[m.from - 2]?.norm === 'of' ? m : null;
      // "Western officials quoted by CNN … gave": the object of a preposition is no subject.
      // (But a participle's subject is the noun right before it: "from Western officials speaking to the BBC".)
      const participle = flags.has('participle') && m.to === k;
      if (
        !participle &&
        (tokens[m.from - 1]?.norm === 'of' ||
          GOVERNS.test(tokens[m.from - 1]?.norm ?? '') ||
          // "speaking to the BBC", "Yonhap, citing the spy agency, reported", "Western officials quoted
          // in the same CNN report said" (but "Seth Jones of the CSIS" may hold a name not found as one).
          governedAfterDeterminer(tokens, m.from))
      )
        continue;
      // (A verb of a relative clause on the same subject, "X, which had estimated 11,000, said", is no other clause.)
      if (
        found.some(
          (p) =>
            p.from >= m.to &&
            p.from < k &&
            p.kind === 'verb' &&
            !p.flags.has('participle') &&
            p.source !== m &&
            // (Nor is an aside in the passive on it: "South Korean officials, cited by Yonhap, said".)
            !(tokens[p.from - 1]?.text === ',' && tokens[p.to]?.norm === 'by'),
        )
      )
        break;
      // "Jeon Ha-kyou, a spokesperson for Seoul's defence ministry, told": the name the appositive describes.
      const head = mentions
        .slice(0, n)
        .findLast((h) => h.to < m.from && tokens[h.to]?.text === ',' && subjectGap(tokens, h.to, k));
      // (A title before a named person in apposition yields to the name: "chief, Kyrylo Budanov, told".)
      if (head && (head.type === 'person' || head.isPerson) && (head.person || !m.person))
        return make('verb', norm, k, k + 1, head, false, flags);
      if (subjectGap(tokens, m.to, k)) return make('verb', norm, k, k + 1, m, false, flags);
      if (tokens.slice(m.to, k).some((t) => /^[;.:]$/.test(t.text))) break;
    }
  }
  // "That evening Zelensky used his nightly address to say …", "Budanov went on television to warn …":
  // a verb of purpose has its clause's subject, the sentence's first name.
  if (tokens[k - 1]?.norm === 'to') {
    const lead = mentions.find((m) => m.type !== 'pronoun');
    const start = tokens.findIndex((t) => t.type !== 'punct');
    const own = (m: Mention) => m === lead || (m.type === 'pronoun' && /^(his|her|its|their)$/i.test(m.text));
    if (
      lead &&
      lead.to < k - 1 &&
      lead.from <= start + 4 &&
      k - lead.to <= 10 &&
      mentions.every((m) => m.to <= lead.from || m.from >= k || own(m)) &&
      !tokens
        .slice(lead.to, k)
        .some((t) => /^[;:,]$/.test(t.text) || t.type === 'number' || REPORTING_VERBS.has(t.norm)) &&
      !found.some((p) => p.from >= lead.to && p.from < k)
    )
      return make('verb', norm, k, k + 1, lead, false, flags);
  }
  // "Western officials speaking to the Evening Post said": the participle's subject is the verb's.
  const participle = flags.has('participle')
    ? undefined
    : found.findLast((p) => p.flags.has('participle') && p.source && p.to <= k && p.source.to === p.from);
  if (participle && !tokens.slice(participle.to, k).some((t) => t.type === 'punct' || t.type === 'number'))
    return make('verb', norm, k, k + 1, participle.source, false, flags);
  // "…,” said Rutte", "…, said a U.S. official": the source after the verb.
  if (flags.has('inverts')) {
    const after = mentionAfter(mentions, k + 1, 1);
    // "said it had killed 17": a pronoun after the verb begins what was said; "…,” said he." ends it.
    // So does a state named with its own verb: "…, said Pyongyang was preparing to send …".
    const pronoun =
      (after?.type === 'pronoun' && !/^[.,;”"]$/.test(tokens[after.to]?.text ?? '.')) ||
      (after?.kind === 'government' && CLAUSE_VERB.test(tokens[after.to]?.norm ?? ''));
    // "said the defence minister, Kim Yong-hyun": the name in apposition.
    const named =
      after && tokens[after.to]?.text === ',' ? mentions.find((m) => m.from === after.to + 1 && m.person) : undefined;
    if (after && !pronoun && !tokens.slice(k + 1, after.from).some((t) => t.type === 'punct'))
      return make('verb', norm, k, k + 1, named ?? after, true, flags);
  }
  return make('verb', norm, k, k + 1, null, false, flags);
}

/** A finite verb after a name: the name is the subject of what was said, not of the saying. */
const CLAUSE_VERB = /^(?:is|are|was|were|has|have|had|would|could|will|may|might|can|should|planned|plans|intends)$/;

/** Whether a hearsay phrase ("reportedly", "according to media reports") stands in tokens [a, b). */
export function hearsayIn(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (phraseStarting(tokens, k, HEARSAY)) return true;
  return false;
}
