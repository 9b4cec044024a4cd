import { z } from 'zod';
import { isoDate } from './claim.ts';

/**
 * An article's address: http or https with a domain name, nothing else. A `javascript:`,
 * `vbscript:` or `data:` address would become a live link on the source page and a JSON-LD `sameAs`.
 *
 * @example webUrl.safeParse('javascript:alert(1)').success // false
 */
export const webUrl = z.httpUrl({ error: 'not an http(s) address with a domain name' });

/**
 * The optional human-owned sidecar `content/sources/<slug>.yaml`.
 * Fill it only with what the source text itself supports.
 */
export const sidecarSchema = z
  .object({
    /** The publication, e.g. "Korea JoongAng Daily". */
    outlet: z.string().min(1).optional(),
    /** The article's address on the web: http(s) only. */
    url: webUrl.optional(),
    /** Publication date, ISO `YYYY-MM-DD`. */
    publishedOn: isoDate.optional(),
    /** Headline. */
    title: z.string().min(1).optional(),
    /** The publication date was inferred (from the text's "on Thursday" and the events it reports), not stated. */
    publishedOnInferred: z.boolean().optional(),
    /**
     * How the outlet, address and date were established: which public reporting was matched, and
     * what is inferred. Shown on the source page, so a reader can check the citation.
     */
    basis: z.string().min(1).max(2000).optional(),
    /** BCP 47 language tag of the text, e.g. `en`. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/)
      .optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof sidecarSchema>;

/** Where a metadata value came from: the sidecar (an editor), the text (inferred), or nowhere. */
export const provenance = z.enum(['sidecar', 'text']).nullable();

/** A line of the raw text the cleaner left out of the article, and why. */
export const droppedLineSchema = z.object({
  /** 1-based line number in the raw file. */
  line: z.number().int().positive(),
  /** The line, verbatim. */
  text: z.string(),
  /** Why it was dropped ("advertisement marker", "repeat of line 3"). */
  reason: z.string(),
});
export type DroppedLine = z.infer<typeof droppedLineSchema>;

/** How a source file's bytes were decoded (scripts/lib/read-source.ts decodeSource; WHATWG encoding labels). */
export const SOURCE_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type SourceEncoding = (typeof SOURCE_ENCODINGS)[number];

/** The frontmatter of a generated `src/content/sources/<slug>.mdx`. */
export const sourceSchema = z.object({
  /** The URL slug, from the file name (scripts/lib/read-source.ts slugify: the one slug function). */
  slug: z.string(),
  /** The raw file's name in content/sources/, which need not be `<slug>.txt` ("My Article.txt"). */
  file: z.string(),
  /**
   * Headline: the sidecar's, else the text's headline line, else the article's first sentence
   * (shortened) so no page shows a file name as a title; null only for an empty article.
   */
  title: z.string().nullable(),
  /** `lead`: no headline anywhere, so the title is the first sentence; never published as a headline. */
  titleFrom: z.enum(['sidecar', 'text', 'lead']).nullable(),
  /** Outlet name (sidecar only: the pipeline never guesses an outlet). */
  outlet: z.string().nullable(),
  url: webUrl.nullable(),
  /** Byline read from the text ("By Kim Min-young"), e-mail addresses removed. */
  byline: z.string().nullable(),
  publishedOn: isoDate.nullable(),
  /** `text` means the date was inferred from a date line in the text; show it as inferred. */
  publishedOnFrom: provenance,
  /** The sidecar's date is an editor's inference, not the outlet's stated date: shown as inferred. */
  publishedOnInferred: z.boolean(),
  /** The sidecar's account of how outlet, URL and date were established; null when it gives none. */
  basis: z.string().nullable(),
  /** Declared (sidecar) or detected language. */
  language: z.string(),
  languageFrom: z.enum(['sidecar', 'detected']),
  /** SHA-256 of the raw file's bytes, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Size of the raw file in bytes. */
  bytes: z.number().int().nonnegative(),
  /** How its bytes were decoded; the raw copy is served with this charset, so offsets hold for its readers too. */
  encoding: z.enum(SOURCE_ENCODINGS),
  /** Ids of the claims found in this source, in text order. */
  claimIds: z.array(z.string()),
  /** Lines the cleaner dropped. */
  dropped: z.array(droppedLineSchema),
  /**
   * 1-based lines that are photo captions ("… [SCREEN CAPTURE]"): shown in the article as captions,
   * never as the sentence before or after a claim.
   */
  captions: z.array(z.number().int().positive()),
});
export type Source = z.infer<typeof sourceSchema>;
