import type { Measure } from '../../../src/schemas/vocabulary.ts';
import { CLAUSE_BREAKS, HEAD_MEASURES, MEASURE_CUES, MODALS, PURPOSE_VERBS } from '../text/lexicon.ts';
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
export function classifyMeasure(tokens: readonly Token[], span: MeasureSpan, fallback: Measure = 'deployed'): Measure {
  for (let k = span.from; k < span.to; k++) {
    // "4,000 killed or wounded", "dead and injured": both together are casualties.
    if (lossPair(tokens, k)) return 'casualties';
    const head = HEAD_MEASURES[tokens[k]!.norm];
    if (head) return head;
  }
  // "5,000 construction troops", "1,000 combat engineers": the counted noun's own modifiers come first.
  const modifiers = cueIn(tokens.slice(span.from, span.to));
  if (modifiers) return modifiers;
  const right = rightScope(tokens, span);
  // "… have died and 2,700 have been injured": a figure that is the subject of its own verb is
  // described by that predicate first, not by the clause before it.
  if (FINITE.has(tokens[span.to]?.norm ?? '')) {
    const own = cueIn(right);
    if (own) return own;
  }
  return cueIn([...leftScope(tokens, span), ...right]) ?? fallback;
}

const KILLED = /^(?:killed|dead|deaths|died|fatalities)$/;
const WOUNDED = /^(?:wounded|injured|hurt)$/;

/** "killed or wounded", "dead and injured", "wounded or killed" starting at token `k`. */
function lossPair(tokens: readonly Token[], k: number): boolean {
  const [a, joiner, b] = [tokens[k]?.norm ?? '', tokens[k + 1]?.norm ?? '', tokens[k + 2]?.norm ?? ''];
  if (joiner !== 'or' && joiner !== 'and') return false;
  return (KILLED.test(a) && WOUNDED.test(b)) || (WOUNDED.test(a) && KILLED.test(b));
}

/** The first measure, in priority order, whose cue is among `scope`'s words. */
function cueIn(scope: readonly Token[]): Measure | null {
  const words = ` ${scope.map((t) => t.norm).join(' ')} `;
  for (const [measure, cues] of MEASURE_CUES) {
    if (cues.some((cue) => hasCue(words, cue, measure))) return measure;
  }
  return null;
}

function hasCue(words: string, cue: string, measure: Measure): boolean {
  const at = words.indexOf(` ${cue} `);
  if (at < 0) return false;
  if (measure === 'casualties' || measure === 'killed' || measure === 'wounded') {
    // "the deaths of Ukrainian soldiers" are not North Korean losses.
    const after = words.slice(at + cue.length + 2, at + cue.length + 30);
    if (/^(of|among|in) (the )?(ukrainian|russian)/.test(after)) return false;
  }
  return true;
}

function leftScope(tokens: readonly Token[], span: MeasureSpan): Token[] {
  const out: Token[] = [];
  const stop = Math.max(span.leftLimit, span.from - LEFT_WINDOW);
  for (let k = span.from - 1; k >= stop; k--) {
    const t = tokens[k]!;
    if (HARD_BREAKS.has(t.text) || t.text === ',' || CLAUSE_BREAKS.has(t.norm)) break;
    out.unshift(t);
  }
  return out;
}

function rightScope(tokens: readonly Token[], span: MeasureSpan): Token[] {
  const out: Token[] = [];
  for (let k = span.to; k < span.rightLimit; k++) {
    const t = tokens[k]!;
    if (HARD_BREAKS.has(t.text) || MODALS.has(t.norm) || CLAUSE_BREAKS.has(t.norm)) break;
    // "deployed to support Russia in the war, have joined … combat": skip the purpose, keep the predicate.
    if (t.norm === 'to' && PURPOSE_VERBS.has(tokens[k + 1]?.norm ?? '')) {
      while (k + 1 < span.rightLimit && !FINITE.has(tokens[k + 1]!.norm) && tokens[k + 1]!.text !== ',') k++;
      continue;
    }
    if (t.text === ',') {
      const next = tokens[k + 1];
      const breaks =
        !next ||
        /^\p{Lu}/u.test(next.text) ||
        next.type === 'punct' ||
        CLAUSE_BREAKS.has(next.norm) ||
        ['and', 'or', 'but', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'who', 'said', 'says'].includes(next.norm);
      if (breaks) break;
      continue;
    }
    out.push(t);
  }
  return out;
}
