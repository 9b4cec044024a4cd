import { groupOf, type Measure } from '../../../src/schemas/vocabulary.ts';
import {
  CLAUSE_BREAKS,
  CONJUNCT_VERBS,
  GROUP_NOUNS,
  HEAD_MEASURES,
  KILLED_WORDS,
  MEASURE_CUES,
  MODALS,
  OBJECT_VERBS,
  PEOPLE_NOUNS,
  PURPOSE_VERBS,
  REPORTING_VERBS,
  WOUNDED_WORDS,
} from '../text/lexicon.ts';
import type { Token } from '../text/tokens.ts';

export interface MeasureSpan {
  /** First token of the figure (hedge included). */
  from: number;
  /** Token after the counted noun (or after the figure when the noun is elided). */
  to: number;
  /** The clause cannot reach back past the previous figure… */
  leftLimit: number;
  /** …nor forward past the next one. */
  rightLimit: number;
}

const LEFT_WINDOW = 12;
/** Words that open a part of a group ("half", "most", "a third"): a clause of its own after a comma. */
const PART = /^(?:half|two-thirds|a|one|most|some|many|all|none|two|three|four|roughly|about|nearly)$/;
const MOVING = /^(?:go|move|head|arrive|join|sent|moved|deployed|redeployed|transferred)$/;
const FINITE = new Set(['have', 'has', 'had', 'are', 'is', 'were', 'was', 'remain', 'remained']);
const HARD_BREAKS = new Set([';', ':', '(', ')', '—', '–']);

/**
 * Decide what a figure counts, from its own noun first ("500 officers" → officers), then from the
 * words of its clause, in the priority order of MEASURE_CUES (losses before places, places before
 * the default `deployed`). The clause stops at the neighbouring figures, at clause-breaking words
 * ("while", "including", ", with") and, on the right, at modal verbs, so "could enter combat"
 * describes a possibility, not the counted troops. With no cue, `fallback` (deployed, unless the
 * caller knows better).
 *
 * @example classifyMeasure(tokenize('an additional 9,000 soldiers remain in reserve'), {from:0,to:4,leftLimit:0,rightLimit:7}) // 'reserve'
 */
export function classifyMeasure(
  tokens: readonly Token[],
  span: MeasureSpan,
  fallback: Measure = 'deployed',
  frontNamed = false,
): Measure {
  const measure = measureOf(tokens, span, fallback);
  // "the 11,000 first deployed there", "had moved into the region", after the text named Kursk.
  if (measure !== 'deployed' || !frontNamed) return measure;
  const scope = [...leftScope(tokens, span), ...rightScope(tokens, span)];
  return scope.some((t, k) => t.norm === 'there' || (/^(region|area)$/.test(t.norm) && scope[k - 1]?.norm === 'the'))
    ? 'front'
    : measure;
}

function measureOf(tokens: readonly Token[], span: MeasureSpan, fallback: Measure): Measure {
  // "had captured two wounded soldiers", "killed 50 … and wounded 47": the verb whose object the figure is.
  const verb = objectVerb(tokens, span);
  if (verb) return verb;
  for (let k = span.from; k < span.to; k++) {
    // "4,000 killed or wounded", "dead and injured": both together are casualties.
    if (lossPair(tokens, k)) return 'casualties';
    const head = HEAD_MEASURES[tokens[k]!.norm];
    if (head && mixedGroup(tokens, k)) return 'deployed';
    // ("two wounded soldiers had been taken alive": the captured outrank the wounded.)
    if (head === 'wounded' && cueIn(rightScope(tokens, span)) === 'captured') return 'captured';
    if (head) return head;
  }
  // ("6,000 soldiers and military engineers": the other kind after the figure's own noun.)
  const last = tokens[span.to - 1]!;
  if (PEOPLE_NOUNS.has(last.norm) && tokens[span.to]?.norm === 'and') {
    const other = [tokens[span.to + 1], tokens[span.to + 2]].find((t) => t && HEAD_MEASURES[t.norm]);
    if (other && mixedGroup(tokens, tokens.indexOf(other))) return 'deployed';
  }
  // "five hundred of them officers": the noun right after the part names it.
  const after = HEAD_MEASURES[tokens[span.to]?.norm ?? ''];
  if (after && tokens[span.to - 1] && /^(them|those|these|whom)$/.test(tokens[span.to - 1]!.norm)) return after;
  // "5,000 construction troops", "1,000 combat engineers": the counted noun's own modifiers.
  const modifiers = cueIn(tokens.slice(span.from, span.to));
  if (modifiers) return modifiers;
  const right = rightScope(tokens, span);
  // "part of the roughly 11,000 troops in Russia went into combat": the clause's verb tells of the
  // part; the whole is described by its own words only ("more than half of the 11,000 sent into the region").
  if (
    tokens[span.from - 1]?.norm === 'the' &&
    tokens[span.from - 2]?.norm === 'of' &&
    WHOLE_OF.test(tokens[span.from - 3]?.norm ?? '')
  ) {
    const verb = right.findIndex((t) => FINITE.has(t.norm) || /^(?:went|came)$/.test(t.norm));
    return cueIn(verb >= 0 ? right.slice(0, verb) : right) ?? 'deployed';
  }
  // "… have died and 2,700 have been injured", "12,000 were in Russia and were gaining combat
  // experience": a figure that is the subject of its own verb is described by that predicate first.
  if (FINITE.has(tokens[span.to]?.norm ?? '')) {
    // (Only its own clause: in "12,000 were deployed and their losses exceeded 4,000" the losses are the next figure's.)
    // ("had been killed and wounded" is one predicate: the pair is no second clause.)
    const first = right.findIndex(
      (t, k) =>
        k > 0 && (t.text === ',' || (t.norm === 'and' && !lossWords(right[k - 1]!.norm, right[k + 1]?.norm ?? ''))),
    );
    const own = cueIn(first > 0 ? right.slice(0, first) : right);
    if (own) return own === 'deployed' ? (cueIn(leftScope(tokens, span)) ?? own) : own;
    if (first > 0) return cueIn(leftScope(tokens, span)) ?? fallback;
  }
  return cueIn(leftScope(tokens, span), right) ?? fallback;
}

/**
 * "at 12,000 and … at around 4,000": the figure and the next one (its number at the right limit,
 * a hedge perhaps before it) are each set "at".
 */
function atBoth(tokens: readonly Token[], span: MeasureSpan): boolean {
  const next = tokens.slice(Math.max(span.to, span.rightLimit - 3), span.rightLimit).map((t) => t.norm);
  return tokens[span.from - 1]?.norm === 'at' && next.includes('at') && !next.includes('and');
}

/** Words for a part of a whole figure: "part of the 11,000", "some of the 3,000". */
const WHOLE_OF = /^(?:part|portion|some|most|many|half|fraction|share|bulk)$/;

const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|several|few|some|about|around|nearly|more|another)$/;

/**
 * "6,000 soldiers and military engineers", "engineers and construction troops": people of two kinds
 * joined by "and" in the figure's own noun group are counted together, as troops (a loss pair such
 * as "killed and wounded" is read before this; another figure's noun, "4,000 builders and 1,000
 * deminers", is outside the group).
 */
function mixedGroup(tokens: readonly Token[], k: number): boolean {
  const own = HEAD_MEASURES[tokens[k]!.norm];
  if (own && groupOf(own) === 'losses') return false;
  const kindOf = (t: Token | undefined) =>
    t === undefined || NUMBER_WORDS.test(t.norm)
      ? undefined
      : (HEAD_MEASURES[t.norm] ?? (PEOPLE_NOUNS.has(t.norm) ? 'deployed' : undefined));
  const differs = (t: Token | undefined) => {
    const kind = kindOf(t);
    return kind !== undefined && kind !== own;
  };
  // "engineers and construction troops" (after), "soldiers and military engineers" (before).
  const after =
    tokens[k + 1]?.norm === 'and' && tokens[k + 2]?.type === 'word' && !NUMBER_WORDS.test(tokens[k + 2]!.norm);
  if (after && (differs(tokens[k + 2]) || differs(tokens[k + 3]))) return true;
  // (The word between is a modifier, not another figure: "500 officers and three generals".)
  const modifier = tokens[k - 1]?.type === 'word' && !NUMBER_WORDS.test(tokens[k - 1]!.norm);
  const and = tokens[k - 1]?.norm === 'and' ? k - 1 : tokens[k - 2]?.norm === 'and' && modifier ? k - 2 : -1;
  return and > 0 && differs(tokens[and - 1]);
}

/** "had killed 50 …", "captured two …": a loss verb right before the figure (hedge aside). */
function objectVerb(tokens: readonly Token[], span: MeasureSpan): Measure | null {
  const verb = tokens[span.from - 1]?.norm ?? '';
  const measure = OBJECT_VERBS[verb];
  if (!measure || span.from - 1 < span.leftLimit) return null;
  // "had killed or wounded about 1,000": both verbs together.
  return lossPair(tokens, span.from - 3) ? 'casualties' : measure;
}

/** "killed or wounded", "dead and injured", "wounded or killed" starting at token `k`. */
function lossPair(tokens: readonly Token[], k: number): boolean {
  // "the killed and the wounded"
  const skip = tokens[k + 2]?.norm === 'the' ? 1 : 0;
  const [a, joiner, b] = [tokens[k]?.norm ?? '', tokens[k + 1]?.norm ?? '', tokens[k + 2 + skip]?.norm ?? ''];
  if (!/^(or|and|\/|\+|&)$/.test(joiner)) return false;
  return lossWords(a, b);
}

/** A word for the dead and one for the wounded, in either order. */
const lossWords = (a: string, b: string) =>
  (KILLED_WORDS.has(a) && WOUNDED_WORDS.has(b)) || (WOUNDED_WORDS.has(a) && KILLED_WORDS.has(b));

/**
 * The first measure, in priority order, whose cue is among the words of the scopes (kept apart,
 * so no phrase spans two of them); a cue inside a longer cue of another measure ("combat" in
 * "combat zones") counts as the longer one.
 */
function cueIn(...scopes: (readonly Token[])[]): Measure | null {
  const hits: { measure: Measure; at: number; end: number; rank: number }[] = [];
  let at = 0;
  for (const scope of scopes) {
    scope.forEach((t, k) => {
      // "killed-and-wounded", "dead-or-injured": the pair in one word.
      const parts = t.norm.split('-');
      if (parts.length === 3 && /^(or|and)$/.test(parts[1]!) && lossWords(parts[0]!, parts[2]!))
        hits.push({ measure: 'casualties', at: at + k, end: at + k + 1, rank: CASUALTIES_RANK });
      for (const cue of CUES_BY_FIRST.get(t.norm) ?? []) {
        if (cue.words.every((w, d) => scope[k + d]?.norm === w) && !excluded(scope, k, cue)) {
          hits.push({ measure: cue.measure, at: at + k, end: at + k + cue.words.length, rank: cue.rank });
        }
      }
    });
    at += scope.length + 1;
  }
  const kept = hits.filter(
    (h) => !hits.some((o) => o !== h && o.at <= h.at && o.end >= h.end && o.end - o.at > h.end - h.at),
  );
  // "spanning the killed and the wounded": the dead and the wounded together are casualties.
  if (kept.some((h) => h.measure === 'killed') && kept.some((h) => h.measure === 'wounded')) return 'casualties';
  return kept.sort((a, b) => a.rank - b.rank)[0]?.measure ?? null;
}

const FRONT_WORDS = new RegExp(
  `\\b(?:${(MEASURE_CUES.find(([measure]) => measure === 'front')?.[1] ?? []).map((w) => w.replace(/[-]/g, '\\-')).join('|')})\\b`,
  'i',
);

/** Whether a text names the front ("Kursk", "the front line"), for "there" and "the region" after it. */
export const namesFront = (text: string): boolean => FRONT_WORDS.test(text);

const CASUALTIES_RANK = MEASURE_CUES.findIndex(([measure]) => measure === 'casualties');

/** Every measure cue, indexed by its first word: a scope's words each look up only the cues they can start. */
const CUES_BY_FIRST = new Map<string, { measure: Measure; words: string[]; rank: number }[]>();
MEASURE_CUES.forEach(([measure, cues], rank) => {
  for (const cue of cues) {
    const words = cue.split(' ');
    CUES_BY_FIRST.set(words[0]!, [...(CUES_BY_FIRST.get(words[0]!) ?? []), { measure, words, rank }]);
  }
});

/**
 * A cue that does not count here: "the deaths of Ukrainian soldiers" are not North Korean losses,
 * "by train" is no training, "the death toll" is the dead.
 */
function excluded(scope: readonly Token[], k: number, cue: { measure: Measure; words: string[] }): boolean {
  const after = scope.slice(k + cue.words.length, k + cue.words.length + 3).map((t) => t.norm);
  if (
    (cue.measure === 'casualties' || cue.measure === 'killed' || cue.measure === 'wounded') &&
    /^(of|among|in)$/.test(after[0] ?? '')
  ) {
    const who = after[1] === 'the' ? after[2] : after[1];
    if (who === 'ukrainian' || who === 'russian') return true;
  }
  const before = scope[k - 1]?.norm ?? '';
  if (cue.words.join(' ') === 'train' && /^(by|a|the|on)$/.test(before)) return true;
  // "11,000 combat troops": a kind of soldier, not what they do.
  if (cue.words.join(' ') === 'combat' && PEOPLE_NOUNS.has(after[0] ?? '')) return true;
  return cue.words.join(' ') === 'toll' && before === 'death';
}

/**
 * The token that closes the aside token `open` opens (the same comma or dash again), searched from
 * `from` up to six tokens on and before `limit`; -1 when there is none.
 */
function closing(tokens: readonly Token[], open: number, from: number, limit: number): number {
  for (let k = from; k <= open + 6 && k < limit; k++) if (tokens[k]!.text === tokens[open]!.text) return k;
  return -1;
}

/** A dash between two words with no space, "Russia–Ukraine border": a compound, not a break. */
const joiner = (tokens: readonly Token[], k: number) =>
  /^[–—-]$/.test(tokens[k]!.text) &&
  tokens[k - 1]?.end === tokens[k]!.start &&
  tokens[k + 1]?.start === tokens[k]!.end &&
  tokens[k - 1]!.type === 'word' &&
  tokens[k + 1]!.type === 'word';

function leftScope(tokens: readonly Token[], span: MeasureSpan): Token[] {
  const out: Token[] = [];
  const stop = Math.max(span.leftLimit, span.from - LEFT_WINDOW);
  for (let k = span.from - 1; k >= stop; k--) {
    const t = tokens[k]!;
    // "the total in Russia could be a little higher, at eleven to twelve thousand": the value after a comma.
    // (So is "…, killed and wounded, in the range of several dozen".)
    if (t.text === ',' || t.norm === 'as') {
      const lead = tokens
        .slice(k + 1, span.from)
        .map((x) => x.norm)
        .join(' ');
      const range = /^(?:|(?:in|on) the (?:range|realm|region|order) of)$/.test(lead);
      if (t.text === ',' && (range || /^(?:at|to|around|about|or)$/.test(lead))) continue;
      // ("described the killed and wounded as several dozen": "as" names what they were put at.)
      if (t.norm === 'as' && range) continue;
    }
    // ("the losses among North Korean troops are approaching 4,000": "among" breaks only before the
    // figure's own group, "among them 500 officers".)
    const among =
      t.norm === 'among' && k < span.from - 2 && !/^(them|whom|those|these)$/.test(tokens[k + 1]?.norm ?? '');
    if ((HARD_BREAKS.has(t.text) && !joiner(tokens, k)) || t.text === ',' || (CLAUSE_BREAKS.has(t.norm) && !among))
      break;
    // "losses were growing and that Pyongyang could send another 20,000": a second reported clause.
    if (t.norm === 'that' && tokens[k - 1]?.norm === 'and') break;
    // "made good its losses and keeps about 11,000 troops": a verb after "and" opens the figure's own clause.
    if (CONJUNCT_VERBS.has(t.norm) && tokens[k - 1]?.norm === 'and') break;
    // "had estimated about 4,000 casualties and said Pyongyang sent another 3,000 troops": what is
    // said starts after the verb of saying.
    if (t.norm === 'said' || t.norm === 'says') break;
    // "a heavy toll for a force of 11,000": the body of troops the figure sizes is its head.
    if (t.norm === 'of' && k === span.from - 1 && GROUP_NOUNS.has(tokens[k - 1]?.norm ?? '')) break;
    // "had been killed out of 12,000 deployed": the whole is not what its part counts.
    if (t.norm === 'of' && k === span.from - 1 && tokens[k - 1]?.norm === 'out') break;
    out.unshift(t);
  }
  return out;
}

function rightScope(tokens: readonly Token[], span: MeasureSpan): Token[] {
  const out: Token[] = [];
  const parallel = atBoth(tokens, span);
  for (let k = span.to; k < span.rightLimit; k++) {
    const t = tokens[k]!;
    // "had since been killed": after an auxiliary, "since" is an adverb; "troops who reached Kursk"
    // describes the counted group.
    const adverb =
      (t.norm === 'since' && FINITE.has(tokens[k - 1]?.norm ?? '')) || (k === span.to && /^(who|that)$/.test(t.norm));
    // A modal right after the figure, then "have" or "be", is the figure's own predicate ("4,000 may
    // have been killed"); any other modal starts another clause ("the 10,000 would not make up its losses").
    const own = k === span.to && /^(have|be)$/.test(tokens[k + 1]?.norm ?? '');
    // "2,600 would go to the Kursk region", "could be sent to the front": where they are to go.
    // (Only to the front: "could go into battle" is a possibility, not where the counted are.)
    const going =
      (MOVING.test(tokens[k + 1]?.norm ?? '') ||
        (tokens[k + 1]?.norm === 'be' && MOVING.test(tokens[k + 2]?.norm ?? ''))) &&
      namesFront(
        tokens
          .slice(k + 2, k + 8)
          .map((x) => x.text)
          .join(' '),
      );
    const modal = MODALS.has(t.norm) && !own && !going;
    // "were not all at the front": a place denied does not describe the counted.
    const denied = t.norm === 'not' || t.norm === 'never';
    // "Two soldiers — both wounded — were taken prisoner": an aside between dashes.
    const dashed = k === span.to && /^[—–]$/.test(t.text) ? closing(tokens, k, k + 1, span.rightLimit) : -1;
    if (dashed > 0) {
      k = dashed;
      continue;
    }
    // "4,000 (killed and wounded)", "about 300 (dead)": a bracket right after the figure says what it
    // counts; its closing bracket ends the scope.
    if (k === span.to && t.text === '(') continue;
    if ((HARD_BREAKS.has(t.text) && !joiner(tokens, k)) || modal || denied || (CLAUSE_BREAKS.has(t.norm) && !adverb))
      break;
    // "… were in Russia and that part had moved to Kursk": a second reported clause.
    // ("put the force at 12,000 and calculated that losses …": so is a second verb of saying.)
    if (t.norm === 'and' && (tokens[k + 1]?.norm === 'that' || REPORTING_VERBS.has(tokens[k + 1]?.norm ?? ''))) break;
    // "put the number sent at some 12,000 and the killed and injured at around 4,000": the conjunct
    // after "and" sets the next figure, as "at" before both shows.
    if (t.norm === 'and' && parallel) break;
    // "6,000 soldiers and engineers": one group.
    if (k === span.to && t.norm === 'and' && PEOPLE_NOUNS.has(tokens[k + 1]?.norm ?? '')) {
      k++;
      continue;
    }
    // "deployed to support Russia in the war, have joined … combat": skip the purpose, keep the predicate.
    if (t.norm === 'to' && PURPOSE_VERBS.has(tokens[k + 1]?.norm ?? '')) {
      while (k + 1 < span.rightLimit && !FINITE.has(tokens[k + 1]!.norm) && tokens[k + 1]!.text !== ',') k++;
      continue;
    }
    if (t.text === ',') {
      // "Nearly four thousand, he wrote, had been killed": an attribution set off by commas.
      const close = closing(tokens, k, k + 2, span.rightLimit);
      // (Not when a part of the figure follows: "Of a force of 12,000 sent there, he said, roughly half
      // had been killed" — the losses are the half's.)
      if (close > 0 && REPORTING_VERBS.has(tokens[close - 1]!.norm) && !PART.test(tokens[close + 1]?.norm ?? '')) {
        k = close;
        continue;
      }
      const next = tokens[k + 1];
      const breaks =
        !next ||
        /^\p{Lu}/u.test(next.text) ||
        next.type === 'punct' ||
        next.type === 'number' ||
        PART.test(next.norm) ||
        CLAUSE_BREAKS.has(next.norm) ||
        ['and', 'or', 'but', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'who', 'said', 'says'].includes(next.norm);
      if (breaks) break;
      out.push(t);
      continue;
    }
    out.push(t);
  }
  return out;
}
