import type { Claim } from '../../src/schemas/claim.ts';
import type { Sidecar, Source, SourceEncoding } from '../../src/schemas/source.ts';
import type { CleanResult } from './boilerplate.ts';
import type { Corrections } from './corrections.ts';
import type { SavedPage } from './load-source.ts';
import type { SentenceRef } from '../extract/text/sentences.ts';
import type { EstimateMention } from '../extract/figures/estimates.ts';
import type { StatementReading } from '../extract/figures/statements.ts';
import type { Registry } from '../extract/attribution/registry.ts';
import type { DraftClaim } from '../extract/claims/dedupe.ts';

/** A claim found in one sentence, before attribution, dedupe and ids. */
export interface Mention {
  sentence: number;
  kind: 'estimate' | 'statement';
  /** For estimates: the figure, offsets relative to the sentence. */
  estimate: EstimateMention | null;
  /** For statements: what it confirms or denies, and the words of the reporter's act. */
  statement: StatementReading | null;
}

export type { DraftClaim };

/** Source metadata as the pipeline determines it (see src/schemas/source.ts). */
export type SourceMeta = Pick<
  Source,
  | 'title'
  | 'titleFrom'
  | 'outlet'
  | 'outletFrom'
  | 'url'
  | 'urlFrom'
  | 'byline'
  | 'bylineFrom'
  | 'publishedOn'
  | 'publishedOnFrom'
  | 'markup'
  | 'publishedOnInferred'
  | 'basis'
  | 'language'
  | 'languageFrom'
>;

// Typed results that the pipeline's plugins pass on to each other (unified's file.data).
declare module 'vfile' {
  interface DataMap {
    /** Input: the source's slug. */
    slug: string;
    /** Input: the sidecar, when there is one. */
    sidecar: Sidecar | null;
    /** Input, for a saved web page: what its markup says, and the digest of the text read from it. */
    saved: SavedPage | null;
    /** Input: the reporter registry. */
    registry: Registry;
    /** Input: SHA-256 (hex) and size of the raw file's bytes, and how they were decoded (default UTF-8). */
    digest: { sha256: string; bytes: number; encoding?: SourceEncoding };
    /** Input: editorial corrections by claim id. */
    corrections: Corrections;
    /**
     * Input, when the raw text holds hidden characters: the raw text, and the way back to its offsets
     * from the normalised text the extractor reads (`file.value` until restore-raw-text).
     */
    normalised?: { raw: string; toRaw: (offset: number) => number; endToRaw: (offset: number) => number };
    /** clean-boilerplate: every line's verdict. */
    clean: CleanResult;
    /** extract-metadata */
    meta: SourceMeta;
    /** segment-sentences */
    sentences: SentenceRef[];
    /** find-estimates and find-statements */
    mentions: Mention[];
    /** attribute-claims, then dedupe-claims */
    drafts: DraftClaim[];
    /** attribute-claims: sentences whose speaker the registry does not know */
    unresolved: { sentence: number; words: string }[];
    /** assign-ids, then apply-corrections */
    claims: Claim[];
    /** claims-to-mdx: the source record written as frontmatter */
    source: Source;
  }
}
