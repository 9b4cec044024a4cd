import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Claim } from '../src/schemas/claim.ts';
import type { Sidecar, Source, SourceEncoding } from '../src/schemas/source.ts';
import { toString } from 'mdast-util-to-string';
import type { Registry } from './extract/attribution/registry.ts';
import { normaliseForExtraction } from './extract/text/normalise.ts';
import type { Corrections } from './lib/corrections.ts';
import type { SavedPage } from './lib/load-source.ts';
import { literalText } from './lib/markdown-text.ts';
import './lib/vfile-data.ts';
import { verifyMdx } from './lib/verify-mdx.ts';
import { applyCorrections } from './plugins/apply-corrections.ts';
import { assignIds } from './plugins/assign-ids.ts';
import { attributeClaims } from './plugins/attribute-claims.ts';
import { claimsToMdx } from './plugins/claims-to-mdx.ts';
import { cleanBoilerplate } from './plugins/clean-boilerplate.ts';
import { dedupeClaims } from './plugins/dedupe-claims.ts';
import { extractMetadata } from './plugins/extract-metadata.ts';
import { findEstimatesInSentences } from './plugins/find-estimates.ts';
import { findStatements } from './plugins/find-statements.ts';
import { parseText } from './plugins/parse-text.ts';
import { restoreRawText } from './plugins/restore-raw-text.ts';
import { segmentSentences } from './plugins/segment-sentences.ts';

/**
 * The ingest pipeline, one plugin per step: raw text → cleaned mdast → sentences → estimates and
 * statements → attribution → one claim per estimate → ids → corrections → MDX. The claims CLI runs
 * the same steps up to the claims (`claimsProcessor`).
 *
 * `import` and `export` at the start of a line would be read as JavaScript by MDX, so their first
 * letter is written as a character reference; remark-mdx already escapes `{`, `}` and `<`.
 */
const extraction = () =>
  unified()
    .use(parseText)
    .use(cleanBoilerplate)
    .use(extractMetadata)
    .use(segmentSentences)
    .use(findEstimatesInSentences)
    .use(findStatements)
    .use(attributeClaims)
    .use(dedupeClaims)
    .use(assignIds)
    .use(applyCorrections)
    .use(restoreRawText);

/** The steps up to the claims, for the CLI: no MDX is made. */
export const claimsProcessor = extraction().freeze();

export const processor = extraction()
  .use(claimsToMdx)
  .use(remarkFrontmatter)
  .use(remarkMdx)
  .use(remarkStringify, {
    handlers: { text: literalText },
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport' },
      { character: 'e', atBreak: true, after: 'xport' },
    ],
  })
  .freeze();

export interface SourceInput {
  slug: string;
  /** The file's name in content/sources/ (default `<slug>.txt`): where the site reads its raw copy. */
  file?: string;
  /** Decoded text of the file (byte-order mark removed). */
  text: string;
  /** The raw file's SHA-256 (hex), size, and how it was decoded (default UTF-8). */
  digest: { sha256: string; bytes: number; encoding?: SourceEncoding };
  sidecar: Sidecar | null;
  /** For a saved web page: what its markup says, and the digest of the article text (`text`) read from it. */
  saved?: SavedPage | null;
  registry: Registry;
  corrections: Corrections;
}

export interface SourceOutput {
  mdx: string;
  claims: Claim[];
  source: Source;
  /** Warnings for the ingest report ("line 12: attribution … not in the registry"). */
  warnings: string[];
  /** Errors in an input the document was processed with, each naming its file and line (a correction not applied). */
  errors: string[];
}

/** A file for the pipeline, its inputs in `data`. */
function fileFor(input: SourceInput): VFile {
  // Hidden characters are read past (extract/text/normalise.ts); restore-raw-text maps back.
  const normalised = normaliseForExtraction(input.text);
  const file = new VFile({ value: normalised?.text ?? input.text, path: input.file ?? `${input.slug}.txt` });
  Object.assign(file.data, {
    normalised: normalised && { raw: input.text, toRaw: normalised.toRaw, endToRaw: normalised.endToRaw },
    slug: input.slug,
    sidecar: input.sidecar,
    saved: input.saved ?? null,
    registry: input.registry,
    corrections: input.corrections,
    digest: input.digest,
  });
  return file;
}

/**
 * Extract one document's claims and metadata, without making its MDX (the claims CLI).
 *
 * @example (await extractClaims(input)).claims // [{ id: 'c-10000-plus-…', … }]
 */
export async function extractClaims(input: SourceInput): Promise<{ claims: Claim[]; meta: VFile['data']['meta'] }> {
  const file = fileFor(input);
  await claimsProcessor.run(claimsProcessor.parse(file), file);
  return { claims: file.data.claims ?? [], meta: file.data.meta };
}

/** Run one document through the pipeline; the file's `data` holds every step's result. */
export async function processFile(input: SourceInput): Promise<{ file: VFile; tree: Root; mdx: string }> {
  const file = fileFor(input);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { file, tree, mdx: processor.stringify(tree, file) };
}

/** Run one document through the pipeline. Throws if the generated MDX fails verification. */
export async function processSource(input: SourceInput): Promise<SourceOutput> {
  const { file, tree, mdx } = await processFile(input);
  // Paragraphs stand only at the top of the tree claimsToMdx builds (one per kept line): no need to walk it all.
  const expected = tree.children.filter((node) => node.type === 'paragraph').map((p) => toString(p));
  const problems = verifyMdx(mdx, expected);
  if (problems.length) throw new Error(`generated MDX failed verification: ${problems.join('; ')}`);
  return {
    mdx,
    claims: file.data.claims ?? [],
    source: file.data.source!,
    warnings: file.messages.filter((m) => !m.fatal).map((m) => m.reason),
    errors: file.messages.filter((m) => m.fatal).map((m) => m.reason),
  };
}
