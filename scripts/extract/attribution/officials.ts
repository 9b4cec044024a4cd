/** Officials named generically ("an unnamed South Korean official") and pairs ("U.S. and NATO officials"). */
import type { AliasMatch, Registry } from './registry.ts';

/** Generic officials: "an unnamed South Korean government official" → that country's officials. */
const NATIONALITY_OFFICIALS: readonly (readonly [RegExp, string])[] = [
  [/south korean?|seoul/i, 'kr-officials'],
  [/ukrain|kyiv/i, 'ua-officials'],
  [/u\.s\.|\bus\b|american|washington/i, 'us-officials'],
  [/western/i, 'western-officials'],
  [/russian|kremlin|moscow/i, 'ru-kremlin'],
];
const GENERIC_OFFICIAL =
  /\b(?:(?:senior|unnamed|anonymous|top|high-ranking|government|military|intelligence|defen[cs]e|security)\s+)*(?:officials?|sources?)\b/gi;

/**
 * The generic officials phrase right after `from` ("an unnamed government official"), with the
 * country taken from the words just before it or the nearest nationality earlier in the sentence.
 *
 * @example genericOfficials('a South Korean report citing an unnamed official', 27)?.reporterId // 'kr-officials'
 */
export function genericOfficials(
  sentence: string,
  from: number,
): { reporterId: string; person: null; text: string; at: number } | null {
  const re = new RegExp(GENERIC_OFFICIAL.source, 'gi');
  re.lastIndex = from;
  const m = re.exec(sentence);
  if (!m || m.index - from > 40 || /[,;:]/.test(sentence.slice(from, m.index))) return null;
  // The officials' country: the words just before them, else the nearest nationality earlier on.
  const lead = sentence.slice(Math.max(0, m.index - 30), m.index + m[0].length);
  const earlier = sentence.slice(0, m.index);
  for (const text of [lead, earlier]) {
    const hits = NATIONALITY_OFFICIALS.map(([re2, id]) => ({ id, at: text.search(re2) })).filter((h) => h.at >= 0);
    const nearest = hits.sort((a, b) => b.at - a.at)[0];
    if (nearest)
      return {
        reporterId: nearest.id,
        person: null,
        text: sentence.slice(m.index, m.index + m[0].length),
        at: m.index,
      };
  }
  return null;
}

/**
 * "U.S. and NATO officials": the registry matches "NATO officials", but the first-named party is
 * the United States. When "X and" stands before a match ending in a plural noun and "X <noun>" is
 * itself an alias, the first-named party is taken.
 */
export function firstOfPair(sentence: string, m: AliasMatch, registry: Registry): AliasMatch {
  const noun = /\s(\p{L}+)$/u.exec(sentence.slice(m.start, m.end))?.[1];
  const pair = /([\p{L}.’']+(?:\s[\p{L}.’']+)?)\s+and\s+$/u.exec(sentence.slice(Math.max(0, m.start - 40), m.start));
  if (!noun || !pair) return m;
  const phrase = `${pair[1]} ${noun}`;
  const first =
    registry.match(phrase).find((x) => x.start === 0 && x.end === phrase.length) ??
    registry
      .match(phrase)
      .find((x) => x.end === phrase.length && x.start > 0 && /^\S+\s$/.test(phrase.slice(0, x.start)));
  return first ? { ...first, start: m.start - pair[0].length, end: m.end } : m;
}
