import type { About, Stance } from '../../../src/schemas/vocabulary.ts';
import { STATEMENT_WORDS, type PhraseList } from '../text/lexicon.ts';
import { tokenize, type Token } from '../text/tokens.ts';

/** What a sentence without a figure says about the North Korean troops. */
export interface StatementReading {
  stance: Stance;
  about: About;
  /** Offsets in the sentence of the words that give the stance (the reporter's act). */
  cue: { start: number; end: number };
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

/** Every place one of the phrases stands, the longest at each token, skipping masked tokens. */
function find(tokens: readonly Token[], list: PhraseList, masked: ReadonlySet<number>): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (masked.has(i)) continue;
    let best: Found | null = null;
    for (const { words, tag } of list.startingWith(tokens[i]!.norm)) {
      if (words.every((w, k) => wordMatches(w, tokens[i + k]) && !masked.has(i + k)))
        if (!best || words.length > best.to - best.from) best = { from: i, to: i + words.length, tag };
    }
    if (best) found.push(best);
  }
  return found;
}

/**
 * Token ranges that are not the reporter's proposition: a relative clause describing someone or
 * somewhere (", which is a part of the council,", "where the Kremlin's forces have struggled"),
 * and an infinitive of purpose with its verb ("sending soldiers to fight").
 */
function aside(tokens: readonly Token[]): Set<number> {
  const masked = new Set<number>();
  const maskUntilComma = (from: number) => {
    for (let k = from; k < tokens.length && tokens[k]!.norm !== ','; k++) masked.add(k);
  };
  tokens.forEach((t, i) => {
    const afterComma = tokens[i - 1]?.norm === ',';
    const asks = W.openWhere.startingWith(tokens[i - 1]?.norm ?? '').length > 0;
    if ((t.norm === 'where' && !asks) || ((t.norm === 'which' || t.norm === 'who' || t.norm === 'whose') && afterComma))
      maskUntilComma(i);
  });
  for (const p of find(tokens, W.purpose, masked)) for (let k = p.from; k <= p.to; k++) masked.add(k);
  return masked;
}

/** The North Korean troops (or the alliance) are what the words speak of. */
const aboutTroops = (tokens: readonly Token[], masked: ReadonlySet<number>): boolean =>
  find(tokens, W.northKorean, masked).length > 0 &&
  (find(tokens, W.troops, masked).length > 0 || find(tokens, W.about, masked).some((f) => f.tag === 'alliance'));

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
 * // { stance: 'denies', about: 'presence', cue: { start: 7, end: 16 } }
 */
export function statementOf(sentence: string, previous = ''): StatementReading | null {
  if (/\?[”"’']?\s*$/.test(sentence)) return null;
  const tokens = tokenize(sentence);
  const none = new Set<number>();
  if (find(tokens, W.neither, none).length || find(tokens, W.praise, none).length) return null;
  const masked = aside(tokens);
  const acts = find(tokens, W.stance, masked);
  const asserted = find(tokens, W.asserts, masked);
  const act = acts[0] ?? asserted[0];
  if (!act) return null;
  const stance = (acts[0] ? act.tag : 'confirms') as Stance;

  // What it is about is read on the side of the act that names the troops ("North Korean soldiers …
  // have suffered losses, Zelensky said, in the first acknowledgment that they fought"), after it when
  // both or neither do ("denied reports that the troops had retreated").
  const only = (keep: (i: number) => boolean) =>
    new Set(tokens.flatMap((_, i) => (masked.has(i) || !keep(i) ? [i] : [])));
  const afterAct = only((i) => i >= act.to);
  const beforeAct = only((i) => i < act.from);
  const [first, second] =
    aboutTroops(tokens, beforeAct) && !aboutTroops(tokens, afterAct) ? [beforeAct, afterAct] : [afterAct, beforeAct];
  let about = strongest(find(tokens, W.about, first)) ?? strongest(find(tokens, W.about, second));

  const here = aboutTroops(tokens, masked);
  // "denied the reports", "called them a hoax": the act's object stands for the sentence before (not
  // its subject: "the report said").
  const pointsBack =
    find(tokens, W.pointingBack, masked).some((f) => f.to !== act.from) ||
    W.pointingBackObjects.startingWith(tokens[act.to]?.norm ?? '').length > 0 ||
    stance === 'declines';
  const prev = tokenize(previous);
  const prevMasked = aside(prev);
  if (!here) {
    if (!pointsBack || !aboutTroops(prev, prevMasked)) return null;
    about ??= strongest(find(prev, W.about, prevMasked));
  }
  if (!acts[0]) {
    // A plain "said": a statement only when it states something the troops did or had happen.
    if (!about || find(tokens, W.forecast, masked).length) return null;
  }
  return { stance, about: about ?? 'other', cue: { start: tokens[act.from]!.start, end: tokens[act.to - 1]!.end } };
}
