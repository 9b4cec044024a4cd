import { MEASURE_GROUPS, type Measure, type Qualifier } from '../../../src/schemas/vocabulary.ts';
import {
  countsOthersAfter,
  ownTroopsOfOthers,
  elidedCount,
  findHead,
  isArmySize,
  isNotACount,
  otherNationality,
  ownLossesOfOthers,
  jointForce,
  partitives,
} from './counts.ts';
import { classifyMeasure } from './measures.ts';
import { numberPhrases } from './numbers.ts';
import { bounds, readQualifier } from './qualifiers.ts';
import {
  COLLECTIVE,
  FORMATIONS,
  FRACTIONS,
  GROUP_NOUNS,
  MODALS,
  NORTH_KOREAN,
  OTHER_NATIONALITY,
  REPORTING_NOUNS,
  REPORTING_VERBS,
  SENDING,
  TARGETS,
} from '../text/lexicon.ts';
import type { TableRow } from '../text/tables.ts';
import { tokenize, type Token } from '../text/tokens.ts';

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
  /** Whether the text before this sentence talks about soldiers: lets "as many as 10,000 have…" count. */
  previousMentionsPeople?: boolean;
  /** The text is known to count people (a table's figure cell), so a bare number counts. */
  countsPeople?: boolean;
  /** What the last figure of the sentence before counted: "A few hundred of them" count the same. */
  previousMeasure?: Measure;
  /** The text just before named the front (Kursk, the front line): "there", "the region" are it. */
  frontNamed?: boolean;
}

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
    if (ratio || isNotACount(tokens, phrase) || isArmySize(tokens, phrase)) return;
    const hedge = readQualifier(tokens, phrase);
    // "About 4,000 of the approximately 11,000 troops have been killed": the part counts the noun of
    // the whole and owns the predicate; the whole is only what its own words say.
    const whole = wholes.get(n);
    const partOf = [...wholes].find(([, w]) => w === n) !== undefined || fractionOf(tokens, phrase.from);
    const head = findHead(tokens, whole !== undefined ? readQualifier(tokens, phrases[whole]!).to : hedge.to);
    if (head?.kind === 'blocked') return;
    // "five units of about 3,000 soldiers each": the size of each unit, not a count.
    if (head && tokens[head.index + 1]?.norm === 'each') return;
    if (head?.kind === 'noun' && otherNationality(tokens.slice(phrase.to, head.index + 1))) return;
    // "hundreds of Russian and North Korean servicemen": both together.
    if (jointForce(tokens.slice(phrase.to, phrase.to + 6))) return;
    if (head?.kind === 'noun' && countsOthersAfter(tokens, head.index)) return;
    // ("Russia had moved more than 7,000 North Korean soldiers": the noun says whose they are.)
    const northKorean =
      head?.kind === 'noun' && tokens.slice(phrase.to, head.index + 1).some((t) => NORTH_KOREAN.has(t.norm));
    if (!northKorean && ownLossesOfOthers(tokens, phrase.from, head?.kind === 'noun')) return;
    if (ownTroopsOfOthers(tokens, hedge.to, phrase.from)) return;
    if (othersGroup(tokens, hedge.from)) return;
    if (target(tokens, hedge.from)) return;
    // "units of 3,000 each": the size of each.
    if (tokens[hedge.to]?.norm === 'each') return;
    // "one member of the committee", "numbers one official attributed": one person is picked out,
    // not counted, unless the noun follows at once ("one soldier was captured").
    if (phrase.high === 1 && phrase.low === 1 && !(head?.kind === 'noun' && head.index === hedge.to)) return;
    // "two formations, each of up to 6,000 men": the size of each, not a count.
    if (tokens[hedge.from - 1]?.norm === 'of' && tokens[hedge.from - 2]?.norm === 'each') return;
    if (formationSize(tokens, hedge.from)) return;
    // "300 dead in January, then 600 in late February": a series goes on counting the same thing.
    // (Not a date's days: "on Dec. 14 and 15".)
    const series =
      found.length > 0 &&
      /^(then|later|and)$/.test(tokens[hedge.from - 1]?.norm ?? '') &&
      tokens[hedge.from - 2]?.type !== 'number';
    if (!head && !options.countsPeople && !series && (phrase.needsNoun || !elidedCount(tokens, phrase, options)))
      return;
    const { qualifier, from, to } = hedge;
    const headEnd = head ? head.index + 1 : to;
    const next = phrases[whole !== undefined ? whole + 1 : n + 1];
    // "Dozens were captured, though Kyiv has shown two of them": "of them" counts the group just
    // counted, so with no word of its own the part measures what that figure did.
    // "(up from 600+ in April)": a figure compared with the one before it counts the same thing.
    // ("up from the count of 8,000", "double the tally of about 300": the statement's noun between.)
    const at =
      tokens[hedge.from - 1]?.norm === 'of' && REPORTING_NOUNS.has(tokens[hedge.from - 2]?.norm ?? '')
        ? hedge.from - 2
        : hedge.from;
    const lead = tokens[at - 1]?.norm === 'the' ? 1 : 0;
    const compared =
      (/^(up|down|rise|rising|risen|fall|falling|fallen|compared|jump|increase|drop|climb|triple|double|times)$/.test(
        tokens[at - 2 - lead]?.norm ?? '',
      ) &&
        /^(from|with|than|on)$/.test(tokens[at - 1 - lead]?.norm ?? '')) ||
      // "more than three times the six hundred it cited", "twice the 300 of January"
      (lead === 1 && /^(times|twice|double|triple|half)$/.test(tokens[at - 2]?.norm ?? ''));
    const comparedWith = found.at(-1)?.measure ?? options.previousMeasure;
    // (Through a statement's noun only a loss carries over: "up from the count of 3,000" after "had
    // been sent to train" counts the troops sent, not where or how they train.)
    const carries =
      at === hedge.from || (MEASURE_GROUPS.losses as readonly Measure[]).includes(comparedWith ?? 'deployed');
    if (compared && carries && !head && comparedWith) {
      const { qualifier, from, to } = hedge;
      const start = tokens[from]!.start;
      const end = tokens[to - 1]!.end;
      found.push({
        start,
        end,
        numberText: sentence.slice(start, end),
        ...bounds(qualifier, phrase),
        qualifier,
        measure: comparedWith,
      });
      return;
    }
    // With no word of its own, a figure counts what the figure before it counted: "Dozens were
    // captured, though Kyiv has shown two of them", "4,000 casualties …, and London estimated more
    // than 5,000"; "a total above 3,000" after the dead and the wounded is both.
    const before = found.at(-1)?.measure ?? (head?.kind === 'partitive' ? options.previousMeasure : undefined);
    const measures = new Set(found.map((f) => f.measure));
    const total =
      measures.has('killed') &&
      measures.has('wounded') &&
      tokens.slice(Math.max(0, from - 3), from).some((t) => /^(total|combined|overall|all)$/.test(t.norm));
    // "the first contingent of some 11,000": a group sent, whatever the figure before it counted.
    // So is the whole a part is taken out of ("killed out of 12,000 deployed"), and a group sized
    // ("a force he sized at 11,000 or 12,000"; not "put the number at 2,000", which counts what came before).
    const group =
      (COLLECTIVE.has(tokens[from - 2]?.norm ?? '') && tokens[from - 1]?.norm === 'of') ||
      (tokens[from - 1]?.norm === 'at' &&
        tokens.slice(Math.max(0, from - 5), from - 1).some((t) => GROUP_NOUNS.has(t.norm))) ||
      wholeOf(tokens, from);
    // A figure with a verb of its own ("some seven thousand have been moved") is no part of the one before.
    // So is one with a modal of its own ("3,000 more would follow"), "more" or "others" aside.
    const verbAt = hedge.to + (/^(more|others|additional)$/.test(tokens[hedge.to]?.norm ?? '') ? 1 : 0);
    const ownVerb =
      (/^(have|has|had|are|is|were|was)$/.test(tokens[verbAt]?.norm ?? '') || MODALS.has(tokens[verbAt]?.norm ?? '')) &&
      head?.kind !== 'partitive';
    const fallback = total
      ? 'casualties'
      : head?.kind === 'noun' || group || ownVerb
        ? 'deployed'
        : (before ?? 'deployed');
    const measure = classifyMeasure(
      tokens,
      {
        from,
        to: headEnd,
        leftLimit: partOf ? from : (phrases[n - 1]?.to ?? 0),
        rightLimit: partOf ? headEnd : (next?.from ?? tokens.length),
      },
      fallback,
      options.frontNamed,
    );
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

/**
 * The figures of a table row: each figure cell read as a count of people, its measure from the cell
 * and the cell that says what is counted (text/tables.ts). Offsets are in the row's line.
 *
 * @example findRowEstimates(row) // [{ numberText: 'about 8,000', measure: 'combat', … }]
 */
export function findRowEstimates(row: TableRow): EstimateMention[] {
  const what = row.whatCell !== null ? row.cells[row.whatCell]!.text : '';
  return row.figureCells.flatMap((k) => {
    const cell = row.cells[k]!;
    const header = row.header?.[k] ?? '';
    // The cell, then what it counts: "about 8,000 still fighting on the Kursk front".
    // (A cell that is itself what the row tells says what it counts.)
    const text = k === row.whatCell ? `${cell.text} ${header}` : `${cell.text} ${what} ${header}`;
    return findEstimates(text, { countsPeople: true })
      .filter((e) => e.end <= cell.text.length)
      .map((e) => ({ ...e, start: e.start + cell.start, end: e.end + cell.start }));
  });
}

/**
 * "killed out of 12,000 deployed", "with 1,000 killed, out of a force he put at 11,000": the figure
 * is the whole that another figure is a part of.
 */
function wholeOf(tokens: readonly Token[], from: number): boolean {
  const start = Math.max(0, from - 8);
  const before = tokens.slice(start, from);
  const out = before.findLastIndex((t, k) => t.norm === 'out' && before[k + 1]?.norm === 'of');
  return out >= 0 && !before.slice(out).some((t) => t.type === 'number' || t.text === ';');
}

/**
 * "the Russian-led force of about 50,000", "a Ukrainian contingent of 2,000": a group of another
 * country's soldiers, sized.
 */
function othersGroup(tokens: readonly Token[], from: number): boolean {
  if (tokens[from - 1]?.norm !== 'of' || !COLLECTIVE.has(tokens[from - 2]?.norm ?? '')) return false;
  return OTHER_NATIONALITY.has((tokens[from - 3]?.norm ?? '').replace(/-(?:led|backed|commanded)$/, ''));
}

/**
 * "Russia wants 40,000 workers at its drone plants", "plans to grow the workforce from about 1,000
 * to 40,000": a goal's figure, in the clause of a verb of wanting or growing something (not "wants
 * to send", not "could grow to").
 */
function target(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 12); k--) {
    const t = tokens[k]!;
    if (/^[.;:,()]$/.test(t.text) || SENDING.has(t.norm) || REPORTING_VERBS.has(t.norm)) return false;
    // (But "the force could grow to 15,000" tells a count to come: only a goal set on something is one.)
    if (TARGETS.has(t.norm)) return tokens[k + 1]?.norm !== 'to';
  }
  return false;
}

/** "nearly half of the 11,000 troops have been killed": the figure is a whole a fraction is taken of. */
function fractionOf(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.norm === 'the') k--;
  return tokens[k]?.norm === 'of' && FRACTIONS.has(tokens[k - 1]?.norm ?? '');
}

/**
 * "his unit had about 100 men", "each battalion numbered 500": one
 * formation's size (singular, after a determiner), not a count of the soldiers sent.
 */
function formationSize(tokens: readonly Token[], from: number): boolean {
  // ("a battalion is generally made up of several hundred", "each company consists of 120")
  let k = from - 1;
  if (tokens[k]?.norm === 'of' && /^(?:up|consists|consisting|composed|comprised)$/.test(tokens[k - 1]?.norm ?? ''))
    k -= tokens[k - 1]!.norm === 'up' && tokens[k - 2]?.norm === 'made' ? 3 : 2;
  else if (/^(had|has|have|numbered|numbering|numbers|comprises|comprising)$/.test(tokens[k]?.norm ?? '')) k--;
  else return false;
  // (past "is", "was" and an adverb: "is generally made up of")
  while (
    k > from - 7 &&
    /^(?:is|are|was|were|generally|usually|typically|normally|often|roughly)$/.test(tokens[k]?.norm ?? '')
  )
    k--;
  const noun = tokens[k];
  const det = tokens[k - 1]?.norm ?? '';
  return noun !== undefined && FORMATIONS.has(noun.norm) && /^(his|her|its|their|each|one|a|an|every|the)$/.test(det);
}
