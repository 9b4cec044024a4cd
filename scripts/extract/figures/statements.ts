import type { About, Stance } from '../../../src/schemas/vocabulary.ts';
import { STATEMENT_WORDS, type PhraseList } from '../text/lexicon.ts';
import { tokenize, type Token } from '../text/tokens.ts';

/** What a sentence without a figure says about the North Korean troops. */
export interface StatementReading {
  stance: Stance;
  about: About;
  /** Offsets in the sentence of the words that give the stance (the reporter's act). */
  cue: { start: number; end: number };
  /**
   * Where the statement stands for attribution: by the reporting words that govern it — the act
   * itself ("NIS confirmed the Times report": the NIS, not the Times), or a verb of saying before it
   * ("The outlet added that it could not verify Budanov's claims": the outlet, not Budanov).
   */
  at: { start: number; end: number };
}

interface Found {
  from: number;
  to: number;
  tag: string;
}

const W = STATEMENT_WORDS;

/** A phrase word matches a token: whole word, or a stem before `*`. */
const wordMatches = (word: string, token: Token | undefined): boolean =>
  token !== undefined && (word.endsWith('*') ? token.norm.startsWith(word.slice(0, -1)) : token.norm === word);

/** The tokens a search may use: those in [from, to) that are not masked. */
interface Scope {
  masked: ReadonlySet<number>;
  from: number;
  to: number;
}
const usable = (scope: Scope, i: number) => i >= scope.from && i < scope.to && !scope.masked.has(i);

/** Where the phrase's words stand from token `i` on, with an adverb allowed between them: the end, or -1. */
function matchAt(tokens: readonly Token[], i: number, words: readonly string[], scope: Scope): number {
  let at = i;
  for (const [k, w] of words.entries()) {
    if (k > 0 && W.inserts.has(tokens[at]?.norm ?? '') && !wordMatches(w, tokens[at])) at++;
    if (!usable(scope, at) || !wordMatches(w, tokens[at])) return -1;
    at++;
  }
  return at;
}

/**
 * Every place one of the phrases stands, the longest at each token, among the tokens `masked` leaves
 * (all of them by default), from token `from` up to `to`.
 */
function find(
  tokens: readonly Token[],
  list: PhraseList,
  masked: ReadonlySet<number> = NONE,
  from = 0,
  to = tokens.length,
): Found[] {
  const scope = { masked, from, to };
  const found: Found[] = [];
  for (let i = from; i < to; i++) {
    if (masked.has(i)) continue;
    let best: Found | null = null;
    for (const { words, tag } of list.startingWith(tokens[i]!.norm)) {
      const end = matchAt(tokens, i, words, scope);
      if (end > 0 && (!best || end > best.to)) best = { from: i, to: end, tag };
    }
    if (best) found.push(best);
  }
  return found;
}
const NONE: ReadonlySet<number> = new Set();

/** Possessives that open an appositive describing the statement: ", its first public admission of …". */
const APPOSITIVE = new Set(['its', 'his', 'her', 'their']);

/**
 * Token ranges that are not the reporter's proposition: a relative clause describing someone or
 * somewhere (", which is a part of the council,", "where the Kremlin's forces have struggled"), an
 * appositive describing the statement (", its first admission of a deployment it had long denied"),
 * and an infinitive of purpose with its verb ("sending soldiers to fight").
 */
function aside(tokens: readonly Token[]): Set<number> {
  const masked = new Set<number>();
  const maskUntilComma = (from: number) => {
    for (let k = from; k < tokens.length && tokens[k]!.norm !== ','; k++) masked.add(k);
  };
  tokens.forEach((t, i) => {
    const afterComma = tokens[i - 1]?.norm === ',';
    // ("Where are the units?", "unclear where they went": a question, not a place described.)
    const before = tokens[i - 1]?.norm;
    const asks = before === undefined || /^[:“"(—–-]$/.test(before) || W.openWhere.startingWith(before).length > 0;
    const relative = t.norm === 'which' || t.norm === 'who' || t.norm === 'whose' || APPOSITIVE.has(t.norm);
    if ((t.norm === 'where' && !asks) || (relative && afterComma)) maskUntilComma(i);
  });
  for (const p of find(tokens, W.purpose, masked)) for (let k = p.from; k <= p.to; k++) masked.add(k);
  return masked;
}

/** What a North Korean mention needs beside it to speak of the troops when no troops are named. */
const OF_TROOPS = new Set(['alliance', 'withdrawal', 'combat', 'casualties']);

/**
 * The North Korean troops (or the alliance) are what the words speak of: a North Korean mention with
 * a body of people, the alliance, or — when no weapon is named — a pull-back, fighting or losses
 * ("reports of a North Korean pullback").
 */
function aboutTroops(tokens: readonly Token[], masked: ReadonlySet<number>, from = 0, to = tokens.length): boolean {
  if (!find(tokens, W.northKorean, masked, from, to).length) return false;
  if (find(tokens, W.troops, masked, from, to).length) return true;
  const cues = find(tokens, W.about, masked, from, to);
  if (cues.some((f) => f.tag === 'alliance')) return true;
  return !find(tokens, W.weapons, masked, from, to).length && cues.some((f) => OF_TROOPS.has(f.tag));
}

/** The nearest of the sentences (nearest first) that speaks of the troops, with its asides masked. */
function topicOf(sentences: readonly string[]): { tokens: readonly Token[]; masked: Set<number> } | null {
  for (const sentence of sentences) {
    const tokens = tokenize(sentence);
    const masked = aside(tokens);
    if (aboutTroops(tokens, masked)) return { tokens, masked };
  }
  return null;
}

/** The strongest `about` among the cues in a token range, by the order of the data file. */
function strongest(found: readonly Found[]): About | null {
  const rank = (tag: string) => W.aboutOrder.indexOf(tag as About);
  return (found.map((f) => f.tag as About).sort((a, b) => rank(a) - rank(b))[0] as About | undefined) ?? null;
}

/**
 * What a sentence without a figure confirms or denies about the North Korean troops, or null when
 * it is no statement about them (a question, a denial of something else, praise, a forecast, a
 * "did not deny"). The stance is the first act of the reporter in the sentence: a word of confirming,
 * denying, not having seen or declining, else a plain reporting verb, which confirms what it reports
 * when that is stated, not forecast. What it is about is read on the side of that word that names the
 * troops, else the other, else in the previous sentence when this one only points back ("denied the reports").
 *
 * @example statementOf('Peskov dismissed claims of Pyongyang sending soldiers to fight as a “hoax.”')
 * // { stance: 'denies', about: 'presence', cue: { start: 7, end: 16 }, at: { start: 16, end: 17 } }
 */
export function statementOf(
  sentence: string,
  /** The sentences before it, nearest first: the nearest about the troops says what it points back to. */
  previous: readonly string[] = [],
  /** It is said in a transcript speaker's turn (not a question): the speaker asserts it. */
  spoken = false,
): StatementReading | null {
  if (/\?[”"’']?\s*$/.test(sentence)) return null;
  const tokens = tokenize(sentence);
  if (find(tokens, W.neither).length || find(tokens, W.praise).length) return null;
  const masked = aside(tokens);
  // ("Who said the soldiers were there?", "officials who said": a question or a clause, not the act.)
  const own = (f: Found) => tokens[f.from - 1]?.norm !== 'who';
  const acts = find(tokens, W.stance, masked).filter(own);
  const asserted = find(tokens, W.asserts, masked).filter(own);
  // (A speaker's answer asserts what it says: the act is the turn itself, before the first word.)
  const act = acts[0] ?? asserted[0] ?? (spoken ? { from: 0, to: 0, tag: 'confirms' } : null);
  if (!act) return null;
  const stance = (acts[0] ? act.tag : 'confirms') as Stance;

  // What it is about is read on the side of the act that names the troops ("North Korean soldiers …
  // have suffered losses, Zelensky said, in the first acknowledgment that they fought"), after it when
  // both or neither do ("denied reports that the troops had retreated").
  const after: [number, number] = [act.to, tokens.length];
  const before: [number, number] = [0, act.from];
  const [first, second] =
    aboutTroops(tokens, masked, ...before) && !aboutTroops(tokens, masked, ...after)
      ? [before, after]
      : [after, before];
  let about = strongest(find(tokens, W.about, masked, ...first)) ?? strongest(find(tokens, W.about, masked, ...second));

  const here = aboutTroops(tokens, masked);
  // "denied the reports", "called them a hoax": the act's object stands for the sentence before (not
  // its subject: "the report said").
  const pointsBack =
    find(tokens, W.pointingBack, masked).some((f) => f.to !== act.from) ||
    W.pointingBackObjects.startingWith(tokens[act.to]?.norm ?? '').length > 0 ||
    (spoken && find(tokens, W.pronouns, masked).length > 0) ||
    stance === 'declines' ||
    stance === 'not-seen';
  if (!here) {
    const topic = pointsBack ? topicOf(previous) : null;
    if (!topic) return null;
    about ??= strongest(find(topic.tokens, W.about, topic.masked));
  }
  // (An answer that names neither the troops nor an act says something of them only when it says what
  // happened to them, "we watched them shift up to the front line"; "the numbers moved as they
  // arrived" is about the numbers.)
  if (!acts[0] && !asserted[0] && !here && (about === 'presence' || about === 'alliance')) return null;
  if (!acts[0]) {
    // A plain "said": a statement only when it states something the troops did or had happen
    // (not a forecast; "even if" is no condition).
    const concessive = new Set([...masked, ...find(tokens, W.concessive, masked).flatMap((f) => [f.from, f.from + 1])]);
    if (!about || find(tokens, W.forecast, concessive).length) return null;
  } else if (!about && here) {
    // Confirming or denying nothing in particular: only when the troops are what is confirmed or
    // denied, right after the act ("confirmed that North Korean soldiers had been issued uniforms"),
    // not a claim about something else that names them ("rejected the claim that Russia retook the
    // town with North Korean help").
    if (!find(tokens, W.northKorean, masked, act.to, Math.min(tokens.length, act.to + 6)).length) return null;
  }
  const start = tokens[act.from]!.start;
  const end = act.to > act.from ? tokens[act.to - 1]!.end : start;
  const saying = asserted.find((f) => f.to <= act.from);
  // (On a verb of saying, which its clause holds; after the act, past the clause it opens.)
  const at = saying
    ? { start: tokens[saying.to - 1]!.start, end: tokens[saying.to - 1]!.end }
    : { start: end, end: end + 1 };
  return { stance, about: about ?? 'other', cue: { start, end }, at };
}
