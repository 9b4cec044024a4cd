import { splitLines } from '../../scripts/lib/boilerplate.ts';
import { splitSentences } from '../../scripts/extract/text/sentences.ts';

/** A line of the source text and its offsets (the pipeline's own line and sentence splitting). */
interface Line {
  number: number;
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  return splitLines(text).map((l) => ({ number: l.line, start: l.start, text: l.text }));
}

function sentences(line: Line): { start: number; end: number; text: string }[] {
  return splitSentences(line.text)
    .map(([a, b]) => ({ start: line.start + a, end: line.start + b, text: line.text.slice(a, b).trim() }))
    .filter((s) => s.text !== '');
}

/** The sentences around a quote; `…OwnLine` when the sentence is another line (paragraph) of the text. */
export interface QuoteContext {
  before: string;
  after: string;
  beforeOwnLine: boolean;
  afterOwnLine: boolean;
}

/**
 * The sentence before and the sentence after a quote, from the article as readers see it: lines the
 * cleaner dropped (`skip`, 1-based) and blank lines are passed over. Empty strings at either end.
 *
 * @example quoteContext('A one. B two. C three.', 7, 13, new Set()) // { before: 'A one.', after: 'C three.', beforeOwnLine: false, afterOwnLine: false }
 */
export function quoteContext(text: string, start: number, end: number, skip: ReadonlySet<number>): QuoteContext {
  const lines = linesOf(text).filter((l) => l.text.trim() !== '' && !skip.has(l.number));
  const at = lines.findIndex((l) => l.start <= start && start <= l.start + l.text.length);
  if (at < 0) return { before: '', after: '', beforeOwnLine: false, afterOwnLine: false };
  const here = sentences(lines[at]!);
  const sameBefore = here.filter((s) => s.end <= start).at(-1);
  const sameAfter = here.find((s) => s.start >= end);
  const prev = sameBefore ?? (at > 0 ? sentences(lines[at - 1]!).at(-1) : undefined);
  const next = sameAfter ?? (at + 1 < lines.length ? sentences(lines[at + 1]!)[0] : undefined);
  return {
    before: prev?.text ?? '',
    after: next?.text ?? '',
    beforeOwnLine: prev !== undefined && sameBefore === undefined,
    afterOwnLine: next !== undefined && sameAfter === undefined,
  };
}

/** A W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * The quote with up to `size` characters either side, enough to find it again in the text.
 *
 * @example textQuoteSelector('abcdef', 2, 4, 2) // { type: 'TextQuoteSelector', exact: 'cd', prefix: 'ab', suffix: 'ef' }
 */
export function textQuoteSelector(text: string, start: number, end: number, size = 32): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - size), start),
    suffix: text.slice(end, end + size),
  };
}

/** A W3C Web Annotation TextPositionSelector (https://www.w3.org/TR/annotation-model/#text-position-selector). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * The quote's position in code points, as the W3C model counts (JavaScript strings count UTF-16
 * units, which differ after any character outside the Basic Multilingual Plane).
 *
 * @example textPositionSelector('😀ab', 2, 3) // { type: 'TextPositionSelector', start: 1, end: 2 }
 */
export function textPositionSelector(text: string, start: number, end: number): TextPositionSelector {
  const points = (s: string) => [...s].length;
  const at = points(text.slice(0, start));
  return { type: 'TextPositionSelector', start: at, end: at + points(text.slice(start, end)) };
}
