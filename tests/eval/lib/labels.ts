/**
 * The dev set's labels (tests/eval/LABELLING.md): schema, loader and the checks that make a label
 * file trustworthy — every snippet verbatim and unique, vocabularies closed, values consistent with
 * their qualifier. Nothing here runs the extractor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { MEASURES, QUALIFIERS } from '../../../src/schemas/vocabulary.ts';

export const FORMS = [
  'wire',
  'live-blog',
  'explainer-list',
  'transcript',
  'text-table',
  'analysis',
  'newsletter',
  'furniture-heavy',
  'outlet-sourcing',
  'figures-in-words',
] as const;

export const TAGS = [
  'multi-reporter',
  'reported-clause',
  'anaphora',
  'attribution-after',
  'unknown-speaker',
  'nested-source',
  'multi-party',
  'anonymous',
  'outlet-own',
  'live-blog',
  'table-row',
  'list-item',
  'transcript',
  'repeat',
  'relative-date',
  'month-only',
  'event-date',
  'undated',
  'clause-measure',
  'words',
  'easy-to-miss',
  'hedged-vague',
  'unattributed',
] as const;

export const NULL_REASONS = ['unattributed', 'unnamed', 'hearsay', 'multi-party', 'not-in-registry'] as const;

export const DISTRACTOR_KINDS = [
  'money',
  'munitions',
  'distance',
  'calibre',
  'percentage',
  'fraction',
  'date',
  'time',
  'age',
  'furniture',
  'other-losses',
  'other-troops',
  'army-size',
  'unit-size',
  'things',
  'duration',
  'other',
] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d, 'not a calendar date');
// YAML reads an unquoted 2025-01-13 as a Date: take it back to its ISO day.
const date = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate.nullable());
const snippet = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().min(1));

const figureSchema = z
  .object({
    at: snippet,
    number: snippet,
    measure: z.enum(MEASURES),
    low: z.number().nonnegative().nullable(),
    high: z.number().nonnegative().nullable(),
    qualifier: z.enum(QUALIFIERS),
    reporter: z.string().nullable(),
    speaker: z.string().nullable().default(null),
    statedOn: date.default(null),
    tags: z.array(z.enum(TAGS)).default([]),
    also: z.array(snippet).default([]),
    parties: z.array(z.string()).default([]),
    why: z.enum(NULL_REASONS).optional(),
    note: z.string().optional(),
  })
  .strict();

const labelsSchema = z
  .object({
    form: z.enum(FORMS),
    publishedOn: date,
    sources: z.array(z.object({ url: z.string().url(), facts: z.string().min(1) }).strict()).min(1),
    figures: z.array(figureSchema).min(1),
    distractors: z
      .array(z.object({ at: snippet, number: snippet, why: z.enum(DISTRACTOR_KINDS) }).strict())
      .default([]),
    note: z.string().optional(),
  })
  .strict();

export type FigureLabel = z.infer<typeof figureSchema>;
export type Labels = z.infer<typeof labelsSchema>;

/** A labelled figure placed in its article: where its words start and end, and where it repeats. */
export interface GoldFigure extends FigureLabel {
  start: number;
  end: number;
  /** Start offsets of the figure's words at every place listed in `also`. */
  alsoAt: number[];
}

export interface GoldDistractor {
  start: number;
  end: number;
  why: (typeof DISTRACTOR_KINDS)[number];
  number: string;
}

export interface Article {
  stem: string;
  /** `dev` or `holdout`. */
  split: string;
  file: string;
  text: string;
  words: number;
  labels: Labels;
  figures: GoldFigure[];
  distractors: GoldDistractor[];
}

/** Words of article text: the headline and every line, furniture included (what a reader sees). */
export const countWords = (text: string): number => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;

/**
 * Where `number` stands inside the unique occurrence of `at`, or a problem.
 *
 * @example locate('About 300 died. About 3,000 fled.', 'About 300 died', '300') // { start: 6, end: 9 }
 */
export function locate(text: string, at: string, number: string): { start: number; end: number } | string {
  const first = text.indexOf(at);
  if (first < 0) return `"${at}" is not in the article`;
  if (text.indexOf(at, first + 1) >= 0) return `"${at}" is not unique in the article`;
  const inner = at.indexOf(number);
  if (inner < 0) return `"${number}" is not inside "${at}"`;
  return { start: first + inner, end: first + inner + number.length };
}

/** Problems with one figure's value: the qualifier decides which bounds exist. */
export function valueProblems(f: Pick<FigureLabel, 'low' | 'high' | 'qualifier'>): string[] {
  const out: string[] = [];
  if (f.qualifier === 'at-least' && (f.low === null || f.high !== null)) out.push('at-least needs low and high: null');
  if (f.qualifier === 'at-most' && (f.high === null || f.low !== null)) out.push('at-most needs high and low: null');
  if (!['at-least', 'at-most'].includes(f.qualifier) && (f.low === null || f.high === null))
    out.push(`${f.qualifier} needs both low and high`);
  if (f.low !== null && f.high !== null && f.low > f.high) out.push('low exceeds high');
  if (['exact', 'approx'].includes(f.qualifier) && f.low !== f.high) out.push(`${f.qualifier} needs low = high`);
  if (['range', 'vague'].includes(f.qualifier) && f.low === f.high) out.push(`${f.qualifier} needs low < high`);
  return out;
}

/** Load and check one article; `problems` lists everything wrong with it (empty when it is sound). */
export function loadArticle(
  dir: string,
  stem: string,
  reporterIds: ReadonlySet<string>,
): { article: Article | null; problems: string[] } {
  const file = join(dir, `${stem}.labels.yaml`);
  const problems: string[] = [];
  const say = (p: string) => problems.push(`${basename(dir)}/${stem}: ${p}`);
  const text = readFileSync(join(dir, `${stem}.txt`), 'utf8');
  let labels: Labels;
  try {
    const parsed = labelsSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 5)) say(`${issue.path.join('.')}: ${issue.message}`);
      return { article: null, problems };
    }
    labels = parsed.data;
  } catch (error) {
    say(`labels: ${(error as Error).message.split('\n')[0]}`);
    return { article: null, problems };
  }
  const words = countWords(text);
  if (words < 250 || words > 700) say(`${words} words (250–700)`);
  const figures: GoldFigure[] = [];
  labels.figures.forEach((f, i) => {
    const where = `figure ${i + 1} ("${f.at}")`;
    const place = locate(text, f.at, f.number);
    if (typeof place === 'string') {
      say(`${where}: ${place}`);
      return;
    }
    for (const p of valueProblems(f)) say(`${where}: ${p}`);
    for (const id of [...(f.reporter ? [f.reporter] : []), ...f.parties])
      if (!reporterIds.has(id)) say(`${where}: unknown reporter id "${id}"`);
    if (f.reporter === null && !f.why) say(`${where}: reporter null needs a why`);
    if (f.reporter !== null && (f.why || f.parties.length)) say(`${where}: why and parties go with reporter null`);
    if (f.why === 'multi-party' && f.parties.length < 2) say(`${where}: multi-party needs two or more parties`);
    if (f.also.length && !f.tags.includes('repeat')) say(`${where}: also without the repeat tag`);
    const alsoAt: number[] = [];
    for (const a of f.also) {
      const at = locate(text, a, a);
      if (typeof at === 'string') say(`${where}: also ${at}`);
      else alsoAt.push(at.start);
    }
    figures.push({ ...f, ...place, alsoAt });
  });
  const distractors: GoldDistractor[] = [];
  for (const d of labels.distractors) {
    const place = locate(text, d.at, d.number);
    if (typeof place === 'string') say(`distractor "${d.at}": ${place}`);
    else distractors.push({ ...place, why: d.why, number: d.number });
  }
  const spans = [...figures, ...distractors].sort((a, b) => a.start - b.start);
  spans.forEach((s, i) => {
    const next = spans[i + 1];
    if (next && next.start < s.end) say(`two labels overlap at offset ${next.start}`);
  });
  return {
    article: { stem, split: basename(dir), file: join(dir, `${stem}.txt`), text, words, labels, figures, distractors },
    problems,
  };
}

/** Every article of one split folder, in name order. */
export function loadSplit(dir: string, reporterIds: ReadonlySet<string>): { articles: Article[]; problems: string[] } {
  const stems = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  const articles: Article[] = [];
  const problems: string[] = [];
  for (const stem of stems) {
    const r = loadArticle(dir, stem, reporterIds);
    problems.push(...r.problems);
    if (r.article) articles.push(r.article);
  }
  return { articles, problems };
}
