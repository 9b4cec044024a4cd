/**
 * `npm run ingest`: content/sources/*.txt and *.html (saved web pages) → src/content/sources/<slug>.mdx,
 * src/data/claims.json and src/data/ingest-report.json. Reads content/ and never writes there. A
 * bad source is reported (file and reason) and skipped; the others are still written. A failed run
 * leaves the previous outputs in place; files whose bytes do not change are not rewritten.
 *
 * Fast on large inputs: a content-hash cache (scripts/lib/cache.ts) skips unchanged sources, and
 * the sources left to process are spread over worker threads when there are enough of them.
 *
 * Options: `--root DIR` (reads DIR/content), `--sources DIR`, `--out DIR` (writes DIR/src),
 * `--workers N` (0: this thread only), `--no-cache`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { codeFingerprint, contextDigest, documentKey, openCache } from './lib/cache.ts';
import { parseCorrectionsFields } from './lib/corrections.ts';
import { loadContext, type DocumentJob, type DocumentOutput } from './lib/ingest-document.ts';
import { listSources, readJob } from './lib/ingest-sources.ts';
import { summarise } from './lib/ingest-summary.ts';
import { ROOT } from './lib/inputs.ts';
import { readReviews } from './lib/reviews.ts';
import { OutputWriter, type Report, type WriteStats } from './lib/outputs.ts';
import { processDocuments } from './lib/process-documents.ts';
import { fieldsIgnored } from './lib/yaml-file.ts';

/**
 * Where the ingest reads and writes, and how.
 *
 * @example { root: tmp, sourcesDir: join(tmp, 'corpus'), outRoot: join(tmp, 'site'), cacheDir: false, workers: 2 }
 */
export interface IngestOptions {
  /** Project root: reads <root>/content (default: this project). */
  root?: string;
  /** Where sources are read from (default <root>/content/sources). */
  sourcesDir?: string;
  /** Where outputs go: writes <outRoot>/src (default: root). */
  outRoot?: string;
  /** Cache folder, or false for none (default <root>/node_modules/.cache/nk-ingest). */
  cacheDir?: string | false;
  /** Worker threads; 0 or 1 processes in this thread (default: one per core when there is enough work). */
  workers?: number;
  log?: (line: string) => void;
}

/** What a run did, beyond the report it wrote. */
export interface IngestStats extends WriteStats {
  documents: number;
  /** Sources run through the pipeline this time… */
  processed: number;
  /** …and sources whose outputs came from the cache. */
  cached: number;
  /** Worker threads used (0: the main thread only). */
  workers: number;
}

/** Sources per worker below which starting threads costs more than it saves. */
const MIN_JOBS_PER_WORKER = 40;

/**
 * Run the ingest; returns the report it wrote and what it did.
 *
 * @example await ingest({ root: '/tmp/site', workers: 0, cacheDir: false }) // { report: {...}, stats: { processed: 5, cached: 0, ... } }
 */
export async function ingest(options: IngestOptions = {}): Promise<{ report: Report; stats: IngestStats }> {
  const root = options.root ?? ROOT;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const report: Report = { sources: [], errors: [], warnings: [] };
  const corrections = join(root, 'content', 'corrections.yaml');
  const text = {
    registry: readFileSync(join(root, 'content', 'reporters.yaml'), 'utf8'),
    corrections: existsSync(corrections) ? readFileSync(corrections, 'utf8') : null,
  };
  const context = loadContext({ ...text, corrections: null });
  try {
    if (text.corrections !== null) {
      const read = parseCorrectionsFields(text.corrections);
      context.corrections = read.value;
      report.errors.push(...fieldsIgnored(read.errors));
    }
  } catch (error) {
    report.errors.push(`${(error as Error).message} (corrections not applied)`);
    text.corrections = null;
  }
  // The site reads the reviews itself (the same reader); the ingest reports their problems once.
  const reviews = readReviews(root);
  report.errors.push(...reviews.errors);
  const sourcesDir = options.sourcesDir ?? join(root, 'content', 'sources');
  const sources = listSources(sourcesDir, report);
  const digest = contextDigest(codeFingerprint(ROOT), text.registry, text.corrections);
  const cacheDir = options.cacheDir ?? join(root, 'node_modules', '.cache', 'nk-ingest');
  const cache = openCache(cacheDir === false ? null : cacheDir);
  const writer = new OutputWriter(options.outRoot ?? root);
  const outputs = new Array<DocumentOutput>(sources.length);
  // Each source's MDX goes to the writer as soon as it is known, and is then dropped.
  const keep = (i: number, output: DocumentOutput) => {
    if (output.ok && output.mdx !== null) writer.add(output.slug, output.mdx);
    outputs[i] = { ...output, mdx: null };
  };
  const keys: string[] = [];
  const misses: number[] = [];
  const jobs: DocumentJob[] = [];
  let workers = 0;
  let stats: WriteStats;
  try {
    for (const [i, source] of sources.entries()) {
      const job = readJob(sourcesDir, source, report);
      keys.push(job ? documentKey(digest, job) : '');
      const hit = job && cache.get(keys[i]!);
      if (hit) keep(i, hit);
      else if (job) {
        jobs.push(job);
        misses.push(i);
      }
    }
    workers = await processDocuments(jobs, {
      workers: options.workers ?? Math.min(availableParallelism(), Math.floor(jobs.length / MIN_JOBS_PER_WORKER)),
      text,
      context,
      log,
      onResult: (k, output) => {
        if (output.ok) cache.set(keys[misses[k]!]!, output);
        keep(misses[k]!, output);
      },
    });
    // `filter` skips the holes left by sources that could not be read.
    stats = writer.commit(summarise(outputs.filter(Boolean), context.corrections, reviews.reviews, report), report);
  } catch (error) {
    writer.abort();
    throw error;
  }
  cache.prune(new Set(keys));
  for (const e of report.errors) log(`error: ${e}`);
  for (const w of report.warnings) log(`warning: ${w}`);
  const claims = report.sources.reduce((n, s) => n + s.claims, 0);
  const summary = { documents: sources.length, processed: jobs.length, cached: sources.length - jobs.length, workers };
  log(
    `ingest: ${report.sources.length} sources, ${claims} claims, ${report.errors.length} errors, ${report.warnings.length} warnings` +
      ` (${summary.processed} processed, ${summary.cached} from cache, ${workers} worker threads;` +
      ` ${stats.written} files written, ${stats.unchanged} unchanged, ${stats.removed} removed)`,
  );
  return { report, stats: { ...summary, ...stats } };
}

if (import.meta.main) {
  try {
    const { values } = parseArgs({
      options: {
        root: { type: 'string' },
        sources: { type: 'string' },
        out: { type: 'string' },
        workers: { type: 'string' },
        'no-cache': { type: 'boolean' },
      },
    });
    await ingest({
      ...(values.root !== undefined && { root: values.root }),
      ...(values.sources !== undefined && { sourcesDir: values.sources }),
      ...(values.out !== undefined && { outRoot: values.out }),
      ...(values.workers !== undefined && { workers: Number(values.workers) }),
      ...(values['no-cache'] && { cacheDir: false as const }),
    });
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
