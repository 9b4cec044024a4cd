import { correctionsSchema, type Correction } from '../../src/schemas/correction.ts';
import { claimSchema, type Claim } from '../../src/schemas/claim.ts';
import { sidecarSchema } from '../../src/schemas/source.ts';
import { processSource } from '../pipeline.ts';
import { renderClaims } from './outputs.ts';
import { decodeSource, slugify } from './read-source.ts';
import { loadRegistry, type Registry } from './registry.ts';
import { parseYaml } from './yaml-file.ts';

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

/**
 * What the ingest keeps of one source, and what the cache stores: its MDX and its claims as they
 * stand in claims.json, or the reason it was skipped. Messages are already labelled with the file.
 */
export interface DocumentOutput {
  ok: boolean;
  slug: string;
  /** `content/sources/<name>`, as the report names it. */
  file: string;
  mdx: string | Uint8Array | null;
  claimIds: string[];
  /** The claims, rendered as they stand in claims.json (outputs.ts renderClaims); empty when none. */
  claimsJson: string | Uint8Array;
  /** Lines the cleaner dropped. */
  dropped: number;
  errors: string[];
  warnings: string[];
}

/** A processed source: its output and its claims as objects. */
export interface DocumentResult extends DocumentOutput {
  claims: Claim[];
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
 * Parse `content/corrections.yaml`; throws an InputError naming file and line.
 *
 * @example parseCorrections('c-2000-0123456789:\n  measure: combat\n').get('c-2000-0123456789') // { measure: 'combat' }
 */
export function parseCorrections(text: string): Map<string, Correction> {
  return new Map(Object.entries(parseYaml('content/corrections.yaml', text, correctionsSchema.nullable()) ?? {}));
}

/**
 * Run one source through the pipeline: decode, read the sidecar (a bad one is reported and
 * ignored), process, and validate every claim against the shared schema. Never throws: a source
 * that cannot be processed comes back with `ok: false` and its error. The same function runs in
 * the main thread and in worker threads, so both give the same bytes.
 *
 * @example await ingestDocument({ name: 'a.txt', bytes, sidecar: null }, context) // { ok: true, slug: 'a', claims: [...], ... }
 */
export async function ingestDocument(job: DocumentJob, context: IngestContext): Promise<DocumentResult> {
  const file = `content/sources/${job.name}`;
  const slug = slugify(job.name);
  const result: DocumentResult = {
    ok: false,
    slug,
    file,
    mdx: null,
    claims: [],
    claimIds: [],
    claimsJson: '',
    dropped: 0,
    errors: [],
    warnings: [],
  };
  try {
    const decoded = decodeSource(job.bytes);
    if (!decoded.ok) throw new Error(decoded.error);
    let sidecar = null;
    try {
      const sidecarFile = file.replace(/\.[^./]+$/, '') + '.yaml';
      sidecar = job.sidecar === null ? null : parseYaml(sidecarFile, job.sidecar, sidecarSchema.nullable());
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
    return {
      ...result,
      ok: true,
      mdx: out.mdx,
      claims: out.claims,
      claimIds: out.claims.map((c) => c.id),
      claimsJson: renderClaims(out.claims),
      dropped: out.source.dropped.length,
    };
  } catch (error) {
    result.errors.push(`${file}: ${(error as Error).message}`);
    return result;
  }
}

/**
 * What the ingest keeps of a result: everything but the claim objects (their rendering is kept).
 *
 * @example toOutput(await ingestDocument(job, context)).claimsJson // '  {\n   "id": …'
 */
export function toOutput(result: DocumentResult): DocumentOutput {
  const { claims, ...output } = result;
  void claims;
  return output;
}
