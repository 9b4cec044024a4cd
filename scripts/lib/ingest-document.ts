import { claimSchema, type Claim } from '../../src/schemas/claim.ts';
import { processSource } from '../pipeline.ts';
import { renderClaims } from './outputs.ts';
import { loadSource, type SourceFiles } from './load-source.ts';
import { loadRegistry, type Registry } from '../extract/attribution/registry.ts';
import { noCorrections, parseCorrections, type Corrections } from './corrections.ts';

/** The shared inputs of a run, as text, so that a worker thread can parse its own copy. */
export interface ContextText {
  registry: string;
  /** content/corrections.yaml, or null when absent or unreadable (the run reports that once). */
  corrections: string | null;
}

/** The parsed shared inputs every document is processed with. */
export interface IngestContext {
  registry: Registry;
  corrections: Corrections;
}

/** One source to process: its file name, bytes, and the sidecar's text beside it. */
export type DocumentJob = SourceFiles;

/** What one source gave: its MDX and claims, or the reason it was skipped; messages already labelled. */
export interface DocumentResult {
  ok: boolean;
  slug: string;
  /** `content/sources/<name>`, as the report names it. */
  file: string;
  mdx: string | null;
  claims: Claim[];
  /** Lines the cleaner dropped. */
  dropped: number;
  errors: string[];
  warnings: string[];
}

/**
 * What the ingest keeps of a source, and what the cache stores: the MDX and the claims as they
 * stand in claims.json, both as UTF-8 bytes (a worker thread hands them over without a copy).
 */
export interface DocumentOutput extends Omit<DocumentResult, 'mdx' | 'claims'> {
  mdx: Uint8Array | null;
  claimIds: string[];
  /** The claims, rendered as they stand in claims.json (outputs.ts renderClaims); empty when none. */
  claimsJson: Uint8Array;
}

/**
 * Parse the registry and corrections from their text. Throws an InputError (file and line) for a
 * bad registry; corrections are expected to be checked already.
 *
 * @example loadContext({ registry: readFileSync('content/reporters.yaml', 'utf8'), corrections: null }).registry.reporters.size // 40
 */
export function loadContext(text: ContextText): IngestContext {
  const parsed = text.corrections && parseCorrections(text.corrections);
  return { registry: loadRegistry('content/reporters.yaml', text.registry), corrections: parsed || noCorrections() };
}

/**
 * Run one source through the pipeline: decode it and parse its sidecar with the loader the CLI
 * uses too (load-source.ts: a malformed sidecar is reported and ignored, a bad field in it reported
 * and left out), process, and validate every claim against the shared schema. Never throws: a
 * source that cannot be processed comes back with `ok: false` and its error. The same function runs
 * in the main thread and in worker threads, so both give the same bytes.
 *
 * @example await ingestDocument({ name: 'a.txt', bytes, sidecar: null }, context) // { ok: true, slug: 'a', claims: [...], ... }
 */
export async function ingestDocument(job: DocumentJob, context: IngestContext): Promise<DocumentResult> {
  const file = `content/sources/${job.name}`;
  const { slug, input, errors, warnings } = loadSource(job, file);
  const result: DocumentResult = { ok: false, slug, file, mdx: null, claims: [], dropped: 0, errors, warnings };
  if (!input) return result;
  try {
    const out = await processSource({ slug, file: job.name, ...input, ...context });
    for (const claim of out.claims) {
      const checked = claimSchema.safeParse(claim);
      if (!checked.success) throw new Error(`claim ${claim.id}: ${checked.error.issues[0]?.message}`);
    }
    result.warnings.push(...out.warnings.map((w) => `${file}: ${w}`));
    // These name the file at fault (content/corrections.yaml), not the source.
    result.errors.push(...out.errors);
    return { ...result, ok: true, mdx: out.mdx, claims: out.claims, dropped: out.source.dropped.length };
  } catch (error) {
    result.errors.push(`${file}: ${(error as Error).message}`);
    return result;
  }
}

const utf8 = new TextEncoder();

/**
 * What the ingest keeps of a result: its MDX and rendered claims as bytes, its claim ids. Each
 * array has a buffer of its own, so a worker can transfer it to the main thread.
 *
 * @example toOutput(await ingestDocument(job, context)).claimIds // ['c-11000-plus-3fa2c1d9e0', …]
 */
export function toOutput(result: DocumentResult): DocumentOutput {
  const { mdx, claims, ...rest } = result;
  return {
    ...rest,
    mdx: mdx === null ? null : utf8.encode(mdx),
    claimIds: claims.map((c) => c.id),
    claimsJson: utf8.encode(renderClaims(claims)),
  };
}
