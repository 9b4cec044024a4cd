/**
 * Synthetic news-like corpora for benchmarks and recall tests: `npm run -s bench:corpus -- DIR N [--seed S]`
 * writes N documents (~4 KB, ~10 planted estimates each) into DIR. Deterministic: a seed and an
 * index always give the same document, whatever N is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measure, Qualifier } from '../src/schemas/vocabulary.ts';
import { drawFigure } from './lib/figures.ts';
import { BOILERPLATE, DISTRACTORS, FILLERS, HEADLINES, masthead, sidecarFor } from './lib/furniture.ts';
import { attribute, loadVoices, PREDICATES, type Voice } from './lib/phrasing.ts';

export { loadVoices };
import { createRandom, mixSeed, type Random } from './lib/random.ts';

/** One figure planted in a document: what the extractor should find. */
export interface Planted {
  /** The sentence or two that carry it. */
  text: string;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  measure: Measure;
  /** Registry id of the reporter, or null for hearsay. */
  reporterId: string | null;
  /** The figure's phrasing ("more than", "between") and the attribution's ("quote tail"). */
  style: string;
  shape: string;
}

/** One synthetic article: its file name, text, optional sidecar, and the figures planted in it. */
export interface GeneratedDocument {
  /** File name, e.g. `nk-00042.txt`. */
  name: string;
  text: string;
  /** YAML sidecar text, for about one document in four. */
  sidecar: string | null;
  planted: Planted[];
}

/** Bytes a document grows to before it ends. */
const TARGET_BYTES = 3900;
/** A typical sentence's length, to spread the figures over the article. */
const SENTENCE_BYTES = 110;
// prettier-ignore
const MEASURE_WEIGHTS: [Exclude<Measure, 'other'>, number][] = [
  ['deployed', 25], ['front', 10], ['combat', 8], ['training', 7], ['reserve', 4], ['killed', 12], ['wounded', 8],
  ['casualties', 8], ['captured', 5], ['officers', 5], ['generals', 3], ['laborers', 5],
];
const MEASURE_BAG = MEASURE_WEIGHTS.flatMap(([m, w]) => Array<Exclude<Measure, 'other'>>(w).fill(m));
function plant(r: Random, voices: readonly Voice[], used: Set<string>): Planted {
  for (;;) {
    const measure = r.pick(MEASURE_BAG);
    const figure = drawFigure(measure, r);
    const key = `${figure.low}|${figure.high}|${figure.qualifier}`;
    if (used.has(key)) continue;
    used.add(key);
    const { text, reporterId, shape } = attribute(`${figure.text} ${r.pick(PREDICATES[measure])}`, voices, r);
    return {
      text,
      low: figure.low,
      high: figure.high,
      qualifier: figure.qualifier,
      measure,
      reporterId,
      style: figure.style,
      shape,
    };
  }
}

/**
 * Document number `index` of the corpus with this seed.
 *
 * @example generateDocument(0, voices).planted.length // between 8 and 12
 */
export function generateDocument(index: number, voices: readonly Voice[], seed = 1): GeneratedDocument {
  const r = createRandom(mixSeed(seed, index));
  const lines: string[] = [];
  if (r.chance(0.6)) lines.push(r.pick(BOILERPLATE.header));
  lines.push(r.pick(HEADLINES));
  if (r.chance(0.7)) lines.push(...masthead(r));
  const target = r.int(8, 12);
  const planted: Planted[] = [];
  const used = new Set<string>();
  const fillers = [...FILLERS].sort(() => r.next() - 0.5);
  let size = lines.join('\n').length;
  while (planted.length < target || size < TARGET_BYTES) {
    const paragraph: string[] = [];
    for (let k = r.int(1, 3); k > 0; k--) {
      // Spread the figures over the article: plant with the odds of the figures left to the room left.
      const room = Math.max(1, (TARGET_BYTES - size) / SENTENCE_BYTES);
      let sentence: string;
      if (planted.length < target && r.next() < (target - planted.length) / room) {
        sentence = planted[planted.push(plant(r, voices, used)) - 1]!.text;
      } else if (fillers.length && r.chance(0.5)) sentence = fillers.pop()!;
      else sentence = DISTRACTORS[r.pick(Object.keys(DISTRACTORS))]!(r);
      paragraph.push(sentence);
      size += sentence.length + 1;
    }
    lines.push(paragraph.join(' '));
    if (r.chance(0.15)) lines.push(r.pick(BOILERPLATE.middle));
  }
  if (r.chance(0.8)) lines.push(r.pick(BOILERPLATE.footer));
  const name = `nk-${String(index).padStart(5, '0')}.txt`;
  return { name, text: `${lines.join('\n')}\n`, sidecar: sidecarFor(index, r), planted };
}

/**
 * Write documents 0..n-1 (and their sidecars) into `dir`; returns what it wrote.
 *
 * @example writeCorpus('/tmp/corpus', 100) // { files: 100, bytes: 402133, planted: 1003 }
 */
export function writeCorpus(
  dir: string,
  n: number,
  options: { seed?: number; voices?: readonly Voice[] } = {},
): { files: number; bytes: number; planted: number } {
  const voices = options.voices ?? loadVoices(join(import.meta.dirname, '..', 'content', 'reporters.yaml'));
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let planted = 0;
  for (let i = 0; i < n; i++) {
    const doc = generateDocument(i, voices, options.seed);
    writeFileSync(join(dir, doc.name), doc.text);
    if (doc.sidecar) writeFileSync(join(dir, doc.name.replace(/\.txt$/, '.yaml')), doc.sidecar);
    bytes += Buffer.byteLength(doc.text);
    planted += doc.planted.length;
  }
  return { files: n, bytes, planted };
}

if (import.meta.main) {
  const [dir, n, flag, seed] = process.argv.slice(2);
  if (!dir || !n || !Number.isInteger(Number(n))) {
    process.stderr.write('usage: npm run -s bench:corpus -- DIR N [--seed S]\n');
    process.exitCode = 2;
  } else {
    const written = writeCorpus(dir, Number(n), { seed: flag === '--seed' ? Number(seed) : 1 });
    process.stdout.write(`${JSON.stringify(written)}\n`);
  }
}
