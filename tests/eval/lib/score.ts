/**
 * Scoring the extractor against hand labels: which predicted estimate stands for which labelled
 * figure, and precision, recall and F1 at three levels of strictness.
 *
 * A prediction is a claim of the CLI (kind `estimate`): its quote's span and its values. It can
 * stand for a labelled figure when the figure's words (or a place that repeats it, `also`) lie
 * inside the quote's span and the bounds are equal. Each figure is matched at most once and each
 * prediction at most once, per level, so a figure reported twice costs a false positive.
 */
import type { Article, GoldFigure } from './labels.ts';

/** What the CLI gives for one claim (the fields the scorer reads). */
export interface Predicted {
  kind: string;
  start: number;
  end: number;
  measure: string | null;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  reporter: { id: string } | null;
  speaker: string | null;
  statedOn: string | null;
  parties?: string[] | null;
}

export const LEVELS = ['value', 'measure', 'strict'] as const;
export type Level = (typeof LEVELS)[number];

/** Counts for one group of articles or figures. */
export interface Counts {
  gold: number;
  predicted: number;
  /** True positives per level. */
  tp: Record<Level, number>;
  /** Of the figures found at the value level: how many have the right statement date … */
  dateRight: number;
  /** … the right qualifier, the right speaker, the right reporter. */
  qualifierRight: number;
  speakerRight: number;
  reporterRight: number;
  /** Labelled distractors that a prediction read as an estimate. */
  distractorsHit: number;
  distractors: number;
}

export const emptyCounts = (): Counts => ({
  gold: 0,
  predicted: 0,
  tp: { value: 0, measure: 0, strict: 0 },
  dateRight: 0,
  qualifierRight: 0,
  speakerRight: 0,
  reporterRight: 0,
  distractorsHit: 0,
  distractors: 0,
});

/** Add `b` into `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  a.gold += b.gold;
  a.predicted += b.predicted;
  for (const l of LEVELS) a.tp[l] += b.tp[l];
  a.dateRight += b.dateRight;
  a.qualifierRight += b.qualifierRight;
  a.speakerRight += b.speakerRight;
  a.reporterRight += b.reporterRight;
  a.distractorsHit += b.distractorsHit;
  a.distractors += b.distractors;
  return a;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** The reporter is right: the same registry id, or no reporter with the same parties. */
export function reporterRight(g: GoldFigure, p: Predicted): boolean {
  const id = p.reporter?.id ?? null;
  if (g.reporter !== null) return id === g.reporter;
  return id === null && sameSet(g.parties, p.parties ?? []);
}

/** Speakers compare by surname, case and accents aside ("Kyrylo Budanov" = "Budanov"); null = null. */
export function speakerRight(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const last = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[\s.]+/)
      .filter(Boolean)
      .at(-1);
  return last(gold) === last(predicted);
}

const admits: Record<Level, (g: GoldFigure, p: Predicted) => boolean> = {
  value: () => true,
  measure: (g, p) => p.measure === g.measure,
  strict: (g, p) => p.measure === g.measure && reporterRight(g, p),
};

const covers = (g: GoldFigure, p: Predicted) => [g.start, ...g.alsoAt].some((at) => at >= p.start && at < p.end);
const sameValue = (g: GoldFigure, p: Predicted) => p.low === g.low && p.high === g.high;

/**
 * Pair predictions with figures at one level: first the pairs whose figure's own words the quote
 * covers, then those matched through a repeat, each in text order.
 */
export function match(
  figures: readonly GoldFigure[],
  predicted: readonly Predicted[],
  level: Level,
): Map<GoldFigure, Predicted> {
  const pairs: { g: GoldFigure; p: Predicted; rank: number }[] = [];
  for (const g of figures)
    for (const p of predicted)
      if (sameValue(g, p) && covers(g, p) && admits[level](g, p)) {
        const own = g.start >= p.start && g.start < p.end;
        pairs.push({ g, p, rank: (own ? 0 : 1e9) + p.start });
      }
  pairs.sort((a, b) => a.rank - b.rank);
  const used = new Set<Predicted>();
  const out = new Map<GoldFigure, Predicted>();
  for (const { g, p } of pairs) {
    if (out.has(g) || used.has(p)) continue;
    out.set(g, p);
    used.add(p);
  }
  return out;
}

/** One article's figures as the scorer saw them, for the per-figure report. */
export interface FigureResult {
  figure: GoldFigure;
  predicted: Predicted | null;
  levels: Record<Level, boolean>;
  dateRight: boolean;
}

/**
 * Score one article's predictions. `figures` narrows which labelled figures count (a tag's), in
 * which case predictions that match none of them are not counted as false positives.
 */
export function scoreArticle(
  article: Article,
  predictedAll: readonly Predicted[],
  only?: (g: GoldFigure) => boolean,
): { counts: Counts; results: FigureResult[] } {
  const predicted = predictedAll.filter((p) => p.kind === 'estimate');
  const counts = emptyCounts();
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, match(article.figures, predicted, l)])) as Record<
    Level,
    Map<GoldFigure, Predicted>
  >;
  const figures = only ? article.figures.filter(only) : article.figures;
  counts.gold = figures.length;
  const results: FigureResult[] = [];
  for (const g of figures) {
    const p = byLevel.value.get(g) ?? null;
    const levels = Object.fromEntries(LEVELS.map((l) => [l, byLevel[l].has(g)])) as Record<Level, boolean>;
    for (const l of LEVELS) if (levels[l]) counts.tp[l]++;
    const dateRight = p !== null && p.statedOn === g.statedOn;
    if (p) {
      if (dateRight) counts.dateRight++;
      if (p.qualifier === g.qualifier) counts.qualifierRight++;
      if (speakerRight(g.speaker, p.speaker)) counts.speakerRight++;
      if (reporterRight(g, p)) counts.reporterRight++;
    }
    results.push({ figure: g, predicted: p, levels, dateRight });
  }
  if (only) {
    counts.predicted = results.filter((r) => r.predicted).length;
  } else {
    counts.predicted = predicted.length;
    const matched = new Set(byLevel.value.values());
    const stray = predicted.filter((p) => !matched.has(p));
    counts.distractors = article.distractors.length;
    counts.distractorsHit = article.distractors.filter((d) => {
      const value = Number(d.number.replace(/[,\s]/g, ''));
      const read = (p: Predicted) => (Number.isFinite(value) ? p.low === value || p.high === value : true);
      return stray.some((p) => d.start >= p.start && d.start < p.end && read(p));
    }).length;
  }
  return { counts, results };
}

/** Precision, recall and F1 of one level. */
export function prf(c: Counts, level: Level): { precision: number; recall: number; f1: number } {
  const tp = c.tp[level];
  const precision = c.predicted ? tp / c.predicted : 0;
  const recall = c.gold ? tp / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Share of the figures found (value level) whose statement date is right; 0 when none was found. */
export const dateAccuracy = (c: Counts): number => (c.tp.value ? c.dateRight / c.tp.value : 0);
