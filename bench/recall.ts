/**
 * Extractor recall and precision on the synthetic corpus: how many planted figures the ingest finds
 * with the right value, measure and reporter, by phrasing, and which numbers it takes for counts
 * that are not (distractors). Not a speed benchmark; it says what the speed figures are worth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestDocument, loadContext } from '../scripts/lib/ingest-document.ts';
import { generateDocument, loadVoices } from './generate-corpus.ts';
import type { BenchModule } from './lib/module.ts';
import { round } from './lib/report.ts';
import { scoreDocument, type PlantedScore } from './lib/score.ts';

const CONTENT = join(import.meta.dirname, '..', 'content');
const pct = (part: number, all: number) => (all ? round((100 * part) / all) : 100);

/**
 * Rows of `by` (a phrasing) whose found-rate, or with `reporterToo` reporter-rate, is below 100%,
 * worst first. Figure phrasings are judged on finding only: who said it does not depend on them.
 */
function weakest(scores: readonly PlantedScore[], by: (s: PlantedScore) => string, reporterToo: boolean) {
  const groups = Map.groupBy(scores, by);
  return [...groups]
    .map(([key, xs]) => {
      const found = xs.filter((x) => x.found);
      return {
        key,
        planted: xs.length,
        found: pct(found.length, xs.length),
        reporter: pct(found.filter((x) => x.reporterOk).length, found.length),
      };
    })
    .filter((r) => r.found < 100 || (reporterToo && r.reporter < 100))
    .sort((a, b) => a.found + a.reporter - (b.found + b.reporter));
}

/**
 * The recall module of `npm run bench`.
 *
 * @example await recallBench.run({ quick: true, runs: null, log: console.error }) // { results: { recallPct: 100, … }, tables, notes }
 */
export const recallBench: BenchModule = {
  name: 'recall',
  description: 'extractor recall and precision on the synthetic corpus',
  async run(context) {
    const docs = context.quick ? 30 : 500;
    const voices = loadVoices(join(CONTENT, 'reporters.yaml'));
    const ctx = loadContext({ registry: readFileSync(join(CONTENT, 'reporters.yaml'), 'utf8'), corrections: null });
    const scores: PlantedScore[] = [];
    const extras: string[] = [];
    for (let i = 0; i < docs; i++) {
      const doc = generateDocument(i, voices);
      const result = await ingestDocument({ name: doc.name, bytes: Buffer.from(doc.text), sidecar: doc.sidecar }, ctx);
      const scored = scoreDocument(doc, result.claims);
      scores.push(...scored.scores);
      extras.push(...scored.extras.map((c) => c.quote));
    }
    const found = scores.filter((s) => s.found);
    const summary = {
      documents: docs,
      planted: scores.length,
      recallPct: pct(found.length, scores.length),
      measurePct: pct(found.filter((s) => s.measureOk).length, found.length),
      reporterPct: pct(found.filter((s) => s.reporterOk).length, found.length),
      extraEstimates: extras.length,
    };
    const byShape = weakest(scores, (s) => `attribution: ${s.planted.shape}`, true);
    const byStyle = weakest(scores, (s) => `figure: ${s.planted.style}`, false);
    const extraKinds = Map.groupBy(extras, (q) => q.replace(/\d[\d,]*/g, 'N'));
    const topExtras = [...extraKinds].sort((a, b) => b[1].length - a[1].length).slice(0, 5);
    const wrongReporter = scores.filter((s) => s.found && !s.reporterOk).slice(0, 8);
    return {
      results: {
        ...summary,
        weakest: [...byShape, ...byStyle],
        extras: topExtras.map(([q, xs]) => ({ count: xs.length, quote: q })),
      },
      tables: [
        {
          title: `Extractor on ${docs} synthetic documents`,
          columns: ['planted', 'found %', 'measure right %', 'reporter right %', 'extra estimates'],
          rows: [[summary.planted, summary.recallPct, summary.measurePct, summary.reporterPct, summary.extraEstimates]],
        },
        {
          title: 'Phrasings below 100%',
          columns: ['phrasing', 'planted', 'found %', 'reporter right %'],
          rows: [...byShape, ...byStyle].map((r) => [r.key, r.planted, r.found, r.reporter]),
        },
      ],
      notes: [
        ...topExtras.map(([q, xs]) => `extra (${xs.length}×): ${q}`),
        ...wrongReporter.map(
          (s) => `reporter ${s.gotReporter ?? 'none'} for ${s.planted.reporterId ?? 'none'}: ${s.planted.text}`,
        ),
      ],
    };
  },
};
