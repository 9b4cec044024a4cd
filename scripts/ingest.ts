/**
 * `npm run ingest`: content/sources/*.txt → src/content/sources/<slug>.mdx, src/data/claims.json and
 * src/data/ingest-report.json. Reads content/ and never writes there. A bad source is reported
 * (file and reason) and skipped; the others are still written. A failed run leaves the previous
 * outputs in place; files whose bytes do not change are not rewritten.
 *
 * Fast on large inputs: a content-hash cache (scripts/lib/cache.ts) skips unchanged sources, and
 * the sources left to process are spread over worker threads when there are enough of them.
 *
 * Options: `--root DIR` (reads DIR/content), `--sources DIR`, `--out DIR` (writes DIR/src),
 * `--workers N` (0: this thread only), `--no-cache`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { codeFingerprint, documentKey, openCache } from './lib/cache.ts';
import { loadContext, parseCorrections, type DocumentJob, type DocumentOutput } from './lib/ingest-document.ts';
import { ROOT } from './lib/inputs.ts';
import { OutputWriter, type Report, type WriteStats } from './lib/outputs.ts';
import { processDocuments } from './lib/process-documents.ts';
import { slugify } from './lib/read-source.ts';

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
  /** …and sources whose results came from the cache. */
  cached: number;
  /** Worker threads used (0: the main thread only). */
  workers: number;
}

/** Sources per worker below which starting threads costs more than it saves. */
const MIN_JOBS_PER_WORKER = 40;

const readOptional = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null);

/**
 * Run the ingest; returns the report it wrote and what it did.
 *
 * @example await ingest({ root: '/tmp/site', workers: 0, cacheDir: false }) // { report: {...}, stats: { processed: 5, cached: 0, ... } }
 */
export async function ingest(options: IngestOptions = {}): Promise<{ report: Report; stats: IngestStats }> {
  const root = options.root ?? ROOT;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const report: Report = { sources: [], errors: [], warnings: [] };
  const text = {
    registry: readFileSync(join(root, 'content', 'reporters.yaml'), 'utf8'),
    corrections: readOptional(join(root, 'content', 'corrections.yaml')),
  };
  const context = loadContext({ ...text, corrections: null });
  try {
    if (text.corrections !== null) context.corrections = parseCorrections(text.corrections);
  } catch (error) {
    report.errors.push(`${(error as Error).message} (corrections not applied)`);
    text.corrections = null;
  }
  const jobs = readJobs(options.sourcesDir ?? join(root, 'content', 'sources'), report);
  const code = codeFingerprint(ROOT);
  const keys = jobs.map((job) => documentKey({ code, ...text, ...job }));
  const cache = openCache(
    options.cacheDir === false ? null : (options.cacheDir ?? join(root, 'node_modules', '.cache', 'nk-ingest')),
  );
  const writer = new OutputWriter(options.outRoot ?? root);
  const results = new Array<DocumentOutput>(jobs.length);
  // Each source's MDX goes to the writer as soon as it is known and is then dropped, so memory
  // holds only the rendered claims, whatever the number of sources.
  const keep = (i: number, output: DocumentOutput) => {
    if (output.ok && output.mdx !== null) writer.add(output.slug, output.mdx);
    results[i] = { ...output, mdx: null };
  };
  const misses: number[] = [];
  let workers = 0;
  let stats: WriteStats;
  try {
    keys.forEach((key, i) => {
      const hit = cache.get(key);
      if (hit) keep(i, hit);
      else misses.push(i);
    });
    workers = await processDocuments(
      misses.map((i) => jobs[i]!),
      {
        workers: options.workers ?? Math.min(availableParallelism(), Math.floor(misses.length / MIN_JOBS_PER_WORKER)),
        text,
        context,
        log,
        onResult: (k, result) => {
          if (result.ok) cache.set(keys[misses[k]!]!, result);
          keep(misses[k]!, result);
        },
      },
    );
    const ok = results.filter((r) => r.ok);
    for (const r of results) {
      report.errors.push(...r.errors);
      report.warnings.push(...r.warnings);
      if (r.ok) report.sources.push({ slug: r.slug, file: r.file, claims: r.claimIds.length, dropped: r.dropped });
    }
    checkClaims(ok, context.corrections, report);
    stats = writer.commit(
      ok.map((r) => r.claimsJson),
      report,
    );
  } catch (error) {
    writer.abort();
    throw error;
  }
  cache.prune(new Set(keys));
  for (const e of report.errors) log(`error: ${e}`);
  for (const w of report.warnings) log(`warning: ${w}`);
  const summary: IngestStats = {
    documents: jobs.length,
    processed: misses.length,
    cached: jobs.length - misses.length,
    workers,
    ...stats,
  };
  log(
    `ingest: ${report.sources.length} sources, ${report.sources.reduce((n, s) => n + s.claims, 0)} claims, ${report.errors.length} errors, ${report.warnings.length} warnings` +
      ` (${summary.processed} processed, ${summary.cached} from cache, ${workers} worker threads;` +
      ` ${stats.written} files written, ${stats.unchanged} unchanged, ${stats.removed} removed)`,
  );
  return { report, stats: summary };
}

/** Every source file with its sidecar, in name order; a slug clash is reported and the second file skipped. */
function readJobs(sourcesDir: string, report: Report): DocumentJob[] {
  const slugs = new Map<string, string>();
  const jobs: DocumentJob[] = [];
  for (const name of readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const slug = slugify(name);
    const clash = slugs.get(slug);
    if (clash) {
      report.errors.push(
        `content/sources/${name}: its slug "${slug}" is already taken by content/sources/${clash}; rename one of them`,
      );
      continue;
    }
    slugs.set(slug, name);
    const path = join(sourcesDir, name);
    jobs.push({ name, bytes: readFileSync(path), sidecar: readOptional(path.replace(/\.[^./]+$/, '') + '.yaml') });
  }
  return jobs;
}

/** Corrections naming no claim are reported; two claims with one id are an error. */
function checkClaims(
  outputs: readonly DocumentOutput[],
  corrections: ReadonlyMap<string, unknown>,
  report: Report,
): void {
  const seen = new Set<string>();
  for (const { slug, claimIds } of outputs) {
    for (const id of claimIds) {
      if (seen.has(id)) report.errors.push(`claim id collision: ${id} (sources ${slug})`);
      seen.add(id);
    }
  }
  for (const id of corrections.keys()) {
    if (!seen.has(id)) report.warnings.push(`content/corrections.yaml: no claim has the id "${id}"`);
  }
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
