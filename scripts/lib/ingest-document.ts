import type { Correction } from '../../src/schemas/correction.ts';
import { claimSchema, type Claim } from '../../src/schemas/claim.ts';
import { sidecarSchema } from '../../src/schemas/source.ts';
import { processSource } from '../pipeline.ts';
import { renderClaims } from './outputs.ts';
import { decodeSource, slugify } from './read-source.ts';
import { loadRegistry, type Registry } from '../extract/attribution/registry.ts';
import { parseCorrectionsFields } from './inputs.ts';
import { parseYamlFields } from './yaml-file.ts';

/** The shared inputs of a run, as text, so that a worker thread can parse its own copy. */
export interface ContextText {
  registry: string;
  /** content/corrections.yaml, or null when absent or unreadable (the run reports that once). */
  corrections: string | null;
}

/** The parsed shared inputs every document is processed with. */
export interface IngestContext {
  registry: Registry;
  corrections: ReadonlyMap<string, Correction>;
}

/** One source to process: its file name, bytes, and the sidecar's text beside it. */
export interface DocumentJob {
  /** File name in the sources folder, e.g. `south-korea-says.txt`. */
  name: string;
  bytes: Uint8Array;
  sidecar: string | null;
}

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
  return { registry: loadRegistry('content/reporters.yaml', text.registry), corrections: parsed || new Map() };
}

/**
 * Parse `content/corrections.yaml`, bad fields left out (the main thread reports them); throws an
 * InputError naming file and line for malformed YAML.
 *
 * @example parseCorrections('c-2000-0123456789:\n  measure: combat\n').get('c-2000-0123456789') // { measure: 'combat' }
 */
export function parseCorrections(text: string): Map<string, Correction> {
  return parseCorrectionsFields(text).value;
}

/** A sidecar's schema; built once, not for every source (an empty sidecar reads as null). */
const sidecarOrNull = sidecarSchema.nullable();

/**
 * Run one source through the pipeline: decode, read the sidecar (a malformed one is reported and
 * ignored, a bad field in it reported and left out), process, and validate every claim against the shared schema. Never throws: a source
 * that cannot be processed comes back with `ok: false` and its error. The same function runs in
 * the main thread and in worker threads, so both give the same bytes.
 *
 * @example await ingestDocument({ name: 'a.txt', bytes, sidecar: null }, context) // { ok: true, slug: 'a', claims: [...], ... }
 */
export async function ingestDocument(job: DocumentJob, context: IngestContext): Promise<DocumentResult> {
  const file = `content/sources/${job.name}`;
  const slug = slugify(job.name);
  const result: DocumentResult = { ok: false, slug, file, mdx: null, claims: [], dropped: 0, errors: [], warnings: [] };
  try {
    const decoded = decodeSource(job.bytes);
    if (!decoded.ok) throw new Error(decoded.error);
    let sidecar = null;
    try {
      const sidecarFile = file.replace(/\.[^./]+$/, '') + '.yaml';
      // A bad field (an impossible date, a script URL) is left out; the rest of the sidecar is used.
      const read = job.sidecar === null ? null : parseYamlFields(sidecarFile, job.sidecar, sidecarOrNull, 1);
      sidecar = read?.value ?? null;
      result.errors.push(...(read?.errors ?? []).map((e) => `${e.message} (field ignored)`));
    } catch (error) {
      result.errors.push(`${(error as Error).message} (sidecar ignored)`);
    }
    const out = await processSource({
      slug,
      text: decoded.text,
      digest: { sha256: decoded.sha256, bytes: decoded.bytes },
      sidecar,
      ...context,
    });
    for (const claim of out.claims) {
      const checked = claimSchema.safeParse(claim);
      if (!checked.success) throw new Error(`claim ${claim.id}: ${checked.error.issues[0]?.message}`);
    }
    result.warnings.push(...[...decoded.warnings, ...out.warnings].map((w) => `${file}: ${w}`));
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
