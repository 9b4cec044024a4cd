/**
 * `npm run eval`: the extractor on the dev set (tests/eval/LABELLING.md), through the claims CLI.
 *
 *   npm run eval                          score dev/, print every miss, write bench/results.json and the README
 *   npm run eval -- --split holdout       score a locked hold-out (holdout, holdout2, …): totals only, never a sentence of it
 *   npm run eval -- --as baseline         also keep these figures as the "before" scores
 *   npm run eval -- --check [DIR...]      validate label files; runs no extractor
 *   npm run eval -- --no-write            print only
 *   npm run eval -- --cli-root DIR        run the claims CLI of another checkout (the code before a change)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { describeMachine } from '../../bench/lib/machine.ts';
import { formatTable, mergeResults, type Table } from '../../bench/lib/report.ts';
import { loadSplit, TAGS, type Article } from './lib/labels.ts';
import {
  addCounts,
  dateAccuracy,
  emptyCounts,
  LEVELS,
  prf,
  scoreArticle,
  type Counts,
  type Level,
  type Predicted,
} from './lib/score.ts';

const HERE = import.meta.dirname;
const ROOT = join(HERE, '..', '..');
const RESULTS = join(ROOT, 'bench', 'results.json');
const README = join(ROOT, 'README.md');

function reporterIds(): Set<string> {
  const registry = parse(readFileSync(join(ROOT, 'content', 'reporters.yaml'), 'utf8')) as { id: string }[];
  return new Set(registry.map((r) => r.id));
}

function totals(articles: readonly Article[]): string {
  const forms = new Map<string, number>();
  for (const a of articles) forms.set(a.labels.form, (forms.get(a.labels.form) ?? 0) + 1);
  const figures = articles.reduce((n, a) => n + a.figures.length, 0);
  const distractors = articles.reduce((n, a) => n + a.distractors.length, 0);
  const formList = [...forms].map(([f, n]) => `${f} ${n}`).join(', ');
  return `${articles.length} articles, ${figures} figures, ${distractors} distractors; forms: ${formList}`;
}

/** A folder named on the command line: as given from here, else one of tests/eval/ (`dev`, `holdout`). */
const folder = (dir: string) => (existsSync(resolve(dir)) ? resolve(dir) : resolve(HERE, dir));

function check(dirs: readonly string[]): number {
  const ids = reporterIds();
  let bad = 0;
  for (const dir of dirs) {
    const { articles, problems } = loadSplit(folder(dir), ids);
    for (const p of problems) process.stdout.write(`${p}\n`);
    bad += problems.length;
    process.stdout.write(`${dir}: ${totals(articles)}\n`);
  }
  process.stdout.write(bad ? `${bad} problems\n` : 'all label files are sound\n');
  return bad ? 1 : 0;
}

/** Run the claims CLI, as a user would, on every article at once. */
function runCli(articles: readonly Article[], root: string): Map<string, Predicted[]> {
  // (`npm run claims` of that checkout: its own script, whatever runs it there.)
  const cli = spawnSync('npm', ['run', '-s', 'claims', '--', ...articles.map((a) => a.file)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (cli.status !== 0) throw new Error(`claims CLI exited ${cli.status}: ${cli.stderr}`);
  const out = JSON.parse(cli.stdout) as {
    documents: { file: string; claims: Predicted[]; publishedOn: string | null }[];
  };
  return new Map(out.documents.map((d) => [d.file, d.claims]));
}

const pct = (x: number) => (x * 100).toFixed(1);

interface Row {
  name: string;
  counts: Counts;
}

type Summary = Record<Level, ReturnType<typeof prf>> & {
  articles?: number;
  gold: number;
  predicted: number;
  statedOn: number;
  reporterOfFound: number;
  qualifierOfFound: number;
  speakerOfFound: number;
  distractorsHit: number;
  distractors: number;
};

function summary(c: Counts): Summary {
  return {
    gold: c.gold,
    predicted: c.predicted,
    value: prf(c, 'value'),
    measure: prf(c, 'measure'),
    strict: prf(c, 'strict'),
    statedOn: dateAccuracy(c),
    reporterOfFound: c.tp.value ? c.reporterRight / c.tp.value : 0,
    qualifierOfFound: c.tp.value ? c.qualifierRight / c.tp.value : 0,
    speakerOfFound: c.tp.value ? c.speakerRight / c.tp.value : 0,
    distractorsHit: c.distractorsHit,
    distractors: c.distractors,
  };
}

function table(title: string, rows: readonly Row[], withPrecision: boolean): Table {
  const columns = withPrecision
    ? ['', 'figures', 'P / R / F1 value', 'P / R / F1 +measure', 'P / R / F1 strict', 'date right', 'reporter of found']
    : ['', 'figures', 'found (value)', 'found +measure', 'found strict', 'date right', 'reporter of found'];
  return {
    title,
    columns,
    rows: rows.map(({ name, counts }) => {
      const levels = LEVELS.map((l) => {
        const m = prf(counts, l);
        return withPrecision ? `${pct(m.precision)} / ${pct(m.recall)} / ${pct(m.f1)}` : pct(m.recall);
      });
      const reporter = counts.tp.value ? counts.reporterRight / counts.tp.value : 0;
      return [name, counts.gold, ...levels, pct(dateAccuracy(counts)), pct(reporter)];
    }),
  };
}

function evaluate(split: string, verbose: boolean, root: string) {
  const { articles, problems } = loadSplit(folder(split), reporterIds());
  if (problems.length) throw new Error(`${problems.length} label problems; run npm run eval -- --check`);
  const predicted = runCli(articles, root);
  const total = emptyCounts();
  const forms = new Map<string, Counts>();
  const tags = new Map<string, Counts>();
  const misses: string[] = [];
  for (const a of articles) {
    const claims = predicted.get(a.file) ?? [];
    const { counts, results } = scoreArticle(a, claims);
    addCounts(total, counts);
    addCounts(forms.get(a.labels.form) ?? forms.set(a.labels.form, emptyCounts()).get(a.labels.form)!, counts);
    for (const tag of TAGS) {
      const tagged = scoreArticle(a, claims, (g) => g.tags.includes(tag)).counts;
      if (tagged.gold) addCounts(tags.get(tag) ?? tags.set(tag, emptyCounts()).get(tag)!, tagged);
    }
    if (!verbose) continue;
    for (const r of results) {
      const g = r.figure;
      if (r.levels.strict && r.dateRight) continue;
      const p = r.predicted;
      const want = `${g.measure} ${g.low}-${g.high} ${g.reporter ?? `null[${g.parties.join(',')}]`} ${g.statedOn}`;
      const got = p
        ? `${p.measure} ${p.low}-${p.high} ${p.reporter?.id ?? `null[${(p.parties ?? []).join(',')}]`} ${p.statedOn}`
        : 'not found';
      misses.push(`${a.stem}: "${g.at}" want ${want}; got ${got}`);
    }
    const found = new Set(results.map((r) => r.predicted));
    for (const p of claims.filter((c) => c.kind === 'estimate' && !found.has(c)))
      misses.push(
        `${a.stem}: extra ${p.measure} ${p.low}-${p.high} ${p.reporter?.id ?? null} in "${a.text.slice(p.start, Math.min(p.end, p.start + 90))}"`,
      );
  }
  return { articles, total, forms, tags, misses };
}

type Stored = Summary & { date?: string; byForm?: Record<string, Summary> };

/** The splits the by-form table shows, before → after. */
const SPLITS = ['dev', 'holdout10', 'holdout11', 'holdout12'];

/** The README's tables: every stored run, then strict F1 and date by form, before → after. */
function readmeTable(results: Record<string, Stored>): string {
  const rows = Object.entries(results).map(([name, s]) => {
    const f = (l: Level) => s[l].f1.toFixed(2);
    return `| ${name} | ${s.date?.slice(0, 10) ?? ''} | ${s.articles} | ${s.gold} | ${f('value')} | ${f('measure')} | ${f('strict')} | ${s.statedOn.toFixed(2)} | ${s.reporterOfFound.toFixed(2)} |`;
  });
  const forms = [...new Set(Object.values(results).flatMap((s) => Object.keys(s.byForm ?? {})))].sort();
  const cell = (split: string, form: string, pick: (s: Summary) => number) => {
    const [before, after] = [results[`baseline-${split}`], results[split]].map((r) => r?.byForm?.[form]);
    const show = (s: Summary | undefined) => (s ? pick(s).toFixed(2) : '—');
    return `${show(before)} → ${show(after)}`;
  };
  const strict = (s: Summary) => s.strict.f1;
  const date = (s: Summary) => s.statedOn;
  return [
    '| run | date | articles | figures | F1 value | F1 +measure | F1 strict | date right | reporter of found |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'By form, before (`baseline-…`) → after:',
    '',
    `| form | ${SPLITS.map((s) => `${s} F1 strict | ${s} date right`).join(' | ')} |`,
    `|${' --- |'.repeat(1 + 2 * SPLITS.length)}`,
    ...forms.map(
      (form) => `| ${form} | ${SPLITS.map((s) => `${cell(s, form, strict)} | ${cell(s, form, date)}`).join(' | ')} |`,
    ),
  ].join('\n');
}

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    split: { type: 'string', default: 'dev' },
    as: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    'cli-root': { type: 'string' },
  },
  allowPositionals: true,
});

if (values.check) {
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  process.exitCode = check(dirs.length ? dirs : ['dev', 'holdout']);
} else {
  const split = values.split;
  // A hold-out (holdout, holdout2, …) prints totals only: no sentence of it is ever shown.
  const held = split.startsWith('holdout');
  const { articles, total, forms, tags, misses } = evaluate(split, !held, resolve(values['cli-root'] ?? ROOT));
  const byForm = [...forms].sort().map(([name, counts]) => ({ name, counts }));
  const byTag = [...tags].sort().map(([name, counts]) => ({ name, counts }));
  process.stdout.write(
    [
      `${split}: ${totals(articles)}`,
      formatTable(table(`${split}: all figures`, [{ name: 'all', counts: total }], true)),
      formatTable(table(`${split}: by form`, byForm, true)),
      formatTable(table(`${split}: by phenomenon (recall of tagged figures)`, byTag, false)),
      `distractors read as estimates: ${total.distractorsHit} of ${total.distractors}`,
      ...(held
        ? []
        : [`misses (not right at the strict level, or a wrong date; extra estimates):\n${misses.join('\n')}`]),
    ].join('\n\n') + '\n',
  );
  if (!values['no-write']) {
    const record = {
      date: new Date().toISOString(),
      machine: describeMachine(),
      ...summary(total),
      articles: articles.length,
      byForm: Object.fromEntries(byForm.map((r) => [r.name, summary(r.counts)])),
      byTag: Object.fromEntries(byTag.map((r) => [r.name, summary(r.counts)])),
    };
    const old = JSON.parse(readFileSync(RESULTS, 'utf8')) as { eval?: Record<string, unknown> };
    const key = values.as ? `${values.as}-${split}` : split;
    mergeResults(RESULTS, 'eval', { ...(old.eval ?? {}), [key]: record });
    const all = (JSON.parse(readFileSync(RESULTS, 'utf8')) as { eval: Record<string, Stored> }).eval;
    const readme = readFileSync(README, 'utf8');
    const marked = /(<!-- eval:start -->\n)[\s\S]*?(<!-- eval:end -->)/;
    if (marked.test(readme)) {
      // Written as Prettier writes it, so that `npm run lint` stays green after a run.
      const next = readme.replace(marked, `$1${readmeTable(all)}\n$2`);
      writeFileSync(README, await format(next, { ...(await resolveConfig(README)), filepath: README }));
    }
  }
}
