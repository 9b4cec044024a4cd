import { lookup } from '../text/lookup.ts';
import type { Token } from '../text/tokens.ts';

/**
 * Numbers written in digits or words, and vague quantities, read from tokens.
 * The vague readings are documented on the methodology page (src/pages/about.astro).
 */

// prettier-ignore
const UNITS: Record<string, number> = lookup({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});
// prettier-ignore
const TENS: Record<string, number> = lookup({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const SCALES: Record<string, number> = lookup({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 });
const SCALE_PLURALS: Record<string, number> = lookup({ hundreds: 100, thousands: 1e3, millions: 1e6, dozens: 12 });

/**
 * Vague multipliers: "a few thousand" is 2–5 thousand, "several thousand" 3–9 thousand, and a bare
 * plural ("thousands", "dozens") 2–9 of the unit. Chosen so that every reading is honest about its
 * spread; the methodology page lists them.
 */
export const VAGUE_MULTIPLIERS: Record<string, readonly [number, number]> = lookup({
  'a few': [2, 5],
  few: [2, 5],
  several: [3, 9],
  many: [2, 9],
  some: [2, 9],
  plural: [2, 9],
});

/** A number phrase: one value, or a range, read from tokens `from`..`to` (exclusive). */
export interface NumberPhrase {
  from: number;
  to: number;
  low: number;
  high: number;
  /** `single` (one value), `range` (two values), `vague` (a documented spread). */
  form: 'single' | 'range' | 'vague';
  /** The words hedge the value themselves: "a couple of thousand" is about 2,000. */
  approx?: boolean;
  /** Only a count when a people noun follows: "a few North Koreans", never "a few were". */
  needsNoun?: boolean;
}

/** The value of a single number-word token, or null. @example wordValue('twenty-five') // 25 */
export function wordValue(word: string): number | null {
  if (word in UNITS) return UNITS[word] ?? null;
  if (word in TENS) return TENS[word] ?? null;
  const m = /^([a-z]+)-([a-z]+)$/.exec(word);
  if (m && m[1] && m[2] && m[1] in TENS && m[2] in UNITS && (UNITS[m[2]] ?? 10) < 10) {
    return (TENS[m[1]] ?? 0) + (UNITS[m[2]] ?? 0);
  }
  return null;
}

/** Parse a number written in digits: "12,000" → 12000, "1.2" → 1.2. */
export function digitValue(text: string): number {
  return Number(text.replace(/[, \u00A0\u202F]/g, ''));
}

/**
 * Read one number (digits or words, with a scale) starting at token `i`.
 * Returns the value and the index after it, or null.
 *
 * @example readNumber(tokenize('twelve thousand troops'), 0) // { value: 12000, to: 2 }
 * @example readNumber(tokenize('1.2 million soldiers'), 0) // { value: 1200000, to: 2 }
 */
export function readNumber(tokens: readonly Token[], i: number): { value: number; to: number; odd?: boolean } | null {
  const first = tokens[i];
  if (!first) return null;
  if (first.type === 'number') {
    let value = digitValue(first.text);
    let to = i + 1;
    const scale = tokens[to];
    // "11k", "1.5K": thousands, written short.
    if (scale && scale.start === first.end && /^k$/i.test(scale.text)) {
      return { value: Math.round(value * 1000), to: to + 1 };
    }
    if (scale && scale.norm in SCALES) {
      value *= SCALES[scale.norm] ?? 1;
      to += 1;
    } else if (scale && scale.norm === 'dozen') {
      value *= 12;
      to += 1;
    }
    return { value: Math.round(value * 1000) / 1000, to };
  }
  return readWordNumber(tokens, i);
}

function readWordNumber(tokens: readonly Token[], i: number): { value: number; to: number; odd?: boolean } | null {
  let total = 0;
  let lastScale = 0;
  let odd = false;
  let current = 0;
  let to = i;
  let seen = false;
  // "a hundred", "a thousand", "a dozen": the article counts as one only before a scale word.
  if (tokens[i]?.norm === 'a' && /^(hundred|thousand|million|dozen)$/.test(tokens[i + 1]?.norm ?? '')) {
    current = 1;
    to = i + 1;
  }
  for (; to < tokens.length && !odd; to++) {
    const token = tokens[to];
    if (!token || token.type !== 'word') break;
    // "ten thousand-odd": the number, roughly; nothing after it belongs to it.
    odd = token.norm.endsWith('-odd');
    const t = odd ? { ...token, norm: token.norm.slice(0, -4) } : token;
    const v = wordValue(t.norm);
    if (v !== null) {
      if (seen && current % 100 !== 0 && current % 10 !== 0) break; // "three two" is two numbers
      current += v;
      seen = true;
    } else if (t.norm === 'dozen' && (seen || current > 0)) {
      current = (current || 1) * 12;
      seen = true;
    } else if (t.norm === 'hundred' && (seen || current > 0)) {
      current = (current || 1) * 100;
      seen = true;
    } else if ((t.norm === 'thousand' || t.norm === 'million' || t.norm === 'billion') && (seen || current > 0)) {
      total += (current || 1) * (SCALES[t.norm] ?? 1);
      lastScale = SCALES[t.norm] ?? 1;
      current = 0;
      seen = true;
    } else if (
      t.norm === 'and' &&
      current > 0 &&
      tokens[to + 1]?.norm === 'a' &&
      tokens[to + 2]?.norm === 'half' &&
      /^(hundred|thousand|million)$/.test(tokens[to + 3]?.norm ?? '')
    ) {
      current += 0.5; // "eleven and a half thousand"
      to += 2;
    } else if (
      t.norm === 'and' &&
      seen &&
      wordValue(tokens[to + 1]?.norm ?? '') !== null &&
      total + current >= 100 &&
      // ("between one thousand and three thousand" is two numbers: the same scale again)
      !(lastScale > 0 && (SCALES[tokens[to + 2]?.norm ?? ''] ?? 0) >= lastScale)
    ) {
      continue; // "one hundred and fifty"
    } else {
      break;
    }
  }
  if (!seen) return null;
  return odd ? { value: total + current, to, odd } : { value: total + current, to };
}

/**
 * Read a vague quantity at token `i`: "several thousand", "a few hundred", "thousands",
 * "tens of thousands", "hundreds of thousands", "dozens".
 *
 * @example readVague(tokenize('several thousand troops'), 0) // { low: 3000, high: 9000, to: 2 }
 */
export function readVague(tokens: readonly Token[], i: number): { low: number; high: number; to: number } | null {
  const t = tokens[i];
  if (!t) return null;
  let mult: readonly [number, number] | undefined;
  let j = i;
  if (t.norm === 'a' && tokens[i + 1]?.norm === 'few') {
    mult = VAGUE_MULTIPLIERS['a few'];
    j = i + 2;
  } else if (t.norm === 'several' || t.norm === 'few' || t.norm === 'many') {
    mult = VAGUE_MULTIPLIERS[t.norm];
    j = i + 1;
  }
  const unitTok = tokens[j];
  if (mult && unitTok) {
    const unit = unitTok.norm === 'dozen' ? 12 : SCALES[unitTok.norm];
    if (unit !== undefined) {
      // "several hundred thousand"
      const next = tokens[j + 1]?.norm;
      const scale = next === 'thousand' || next === 'million' ? (SCALES[next] ?? 1) : 1;
      return { low: mult[0] * unit * scale, high: mult[1] * unit * scale, to: j + (scale > 1 ? 2 : 1) };
    }
    return null;
  }
  // "tens of thousands", "hundreds of thousands"
  const plural = SCALE_PLURALS[t.norm];
  if (t.norm === 'tens' && tokens[i + 1]?.norm === 'of' && tokens[i + 2]?.norm === 'thousands') {
    return { low: 20_000, high: 90_000, to: i + 3 };
  }
  if (plural !== undefined) {
    const [lo, hi] = VAGUE_MULTIPLIERS.plural ?? [2, 9];
    if (tokens[i + 1]?.norm === 'of' && tokens[i + 2]?.norm === 'thousands' && plural === 100) {
      return { low: lo * 100_000, high: hi * 100_000, to: i + 3 };
    }
    return { low: lo * plural, high: hi * plural, to: i + 1 };
  }
  return null;
}

const RANGE_JOINERS = new Set(['-', '–', '—', 'to']);

/**
 * Read a number phrase at token `i`: a single number, a range ("11,000 to 12,000", "11-12 thousand",
 * "between 10,000 and 12,000" — the caller handles "between"), or a vague quantity.
 *
 * @example readNumberPhrase(tokenize('11,000-12,000 troops'), 0) // { low: 11000, high: 12000, form: 'range', ... }
 */
export function readNumberPhrase(tokens: readonly Token[], i: number, allowAnd = false): NumberPhrase | null {
  // "a couple of hundred", "a couple of thousand", "a couple thousand": about twice the unit.
  if (tokens[i]?.norm === 'a' && tokens[i + 1]?.norm === 'couple') {
    const of = tokens[i + 2]?.norm === 'of' ? 1 : 0;
    const unit = SCALES[tokens[i + 2 + of]?.norm ?? ''];
    if (unit) return { from: i, to: i + 3 + of, low: 2 * unit, high: 2 * unit, form: 'single', approx: true };
  }
  // "half a million", "half a thousand": half the unit.
  if (tokens[i]?.norm === 'half' && tokens[i + 1]?.norm === 'a') {
    const unit = SCALES[tokens[i + 2]?.norm ?? ''];
    if (unit && unit >= 1000) return { from: i, to: i + 3, low: unit / 2, high: unit / 2, form: 'single' };
  }
  // "a handful of soldiers", "a few North Koreans": a vague few, when people are named.
  if (
    tokens[i]?.norm === 'a' &&
    /^(few|handful)$/.test(tokens[i + 1]?.norm ?? '') &&
    !SCALES[tokens[i + 2]?.norm ?? ''] &&
    tokens[i + 2]?.norm !== 'dozen'
  ) {
    const to = tokens[i + 2]?.norm === 'of' && tokens[i + 1]!.norm === 'handful' ? i + 3 : i + 2;
    const [low, high] = VAGUE_MULTIPLIERS['a few'] ?? [2, 5];
    return { from: i, to, low, high, form: 'vague', needsNoun: true };
  }
  const vague = readVague(tokens, i);
  if (vague) return { from: i, to: vague.to, low: vague.low, high: vague.high, form: 'vague' };
  const first = readNumber(tokens, i);
  if (!first) return null;
  const joiner = tokens[first.to];
  const joinerOk =
    joiner && (RANGE_JOINERS.has(joiner.norm) || (allowAnd && joiner.norm === 'and') || joiner.norm === 'or');
  if (joinerOk) {
    const second = readNumber(tokens, first.to + 1);
    if (second && tokens[first.to + 1]?.type === tokens[i]?.type) {
      let low = first.value;
      const high = second.value;
      // "11-12 thousand": the scale of the second number applies to the first.
      const firstHasScale = first.to - i > 1;
      if (!firstHasScale && low < high / 100 && high >= 1000) {
        const factor = high / readNumber(tokens.slice(first.to + 1, first.to + 2), 0)!.value;
        low *= factor;
      }
      if (low < high) return { from: i, to: second.to, low, high, form: 'range' };
    }
  }
  const single: NumberPhrase = { from: i, to: first.to, low: first.value, high: first.value, form: 'single' };
  return first.odd ? { ...single, approx: true } : single;
}

/** The phrases read for each token list: the estimates and the attribution steps read the same sentences. */
const read = new WeakMap<readonly Token[], readonly NumberPhrase[]>();

/** All number phrases of a sentence, "between X and Y" and "from X to Y" read as ranges. */
export function numberPhrases(tokens: readonly Token[]): readonly NumberPhrase[] {
  const known = read.get(tokens);
  if (known) return known;
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
  read.set(tokens, out);
  return out;
}
