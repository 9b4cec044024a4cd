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

/**
 * Where a metadata value came from: the sidecar (an editor), the saved page's own markup (`page`:
 * its JSON-LD, Open Graph and meta tags, canonical link, `<time>` or `<title>`, as the publisher
 * stated them), the text (inferred), or nowhere. Trusted in that order.
 */
export const provenance = z.enum(['sidecar', 'page', 'text']).nullable();

/**
 * The markup of a saved page a field was taken from (scripts/lib/page-metadata.ts), most trusted
 * first: schema.org JSON-LD, Open Graph (`og:*`, `article:published_time`), a `<meta name>` tag,
 * `<link rel=canonical>`, a `<time datetime>`, the `<title>`.
 */
export const PAGE_MARKUP = ['json-ld', 'open-graph', 'meta', 'canonical', 'time', 'title'] as const;
export type PageMarkup = (typeof PAGE_MARKUP)[number];

/** The metadata fields a saved page can give, as a sidecar names them (byline besides). */
export const PAGE_FIELDS = ['title', 'outlet', 'url', 'publishedOn', 'byline'] as const;
export type PageField = (typeof PAGE_FIELDS)[number];

/** What a source file is: plain text, or a web page saved from the browser ("Save page as…, HTML only"). */
export const SOURCE_FORMATS = ['text', 'html'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

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
   * `text`: the file is the text, served as it is. `html`: a saved web page, whose article text
   * (read by Readability) is what claims' offsets point into and what `/sources/<slug>.txt` serves;
   * the page itself is archived, sanitised, at `/sources/<slug>.archive.html`.
   */
  format: z.enum(SOURCE_FORMATS),
  /**
   * Headline: the sidecar's, else a saved page's own, else the text's headline line, else the
   * article's first sentence (shortened) so no page shows a file name as a title; null only for an
   * empty article.
   */
  title: z.string().nullable(),
  /** `lead`: no headline anywhere, so the title is the first sentence; never published as a headline. */
  titleFrom: z.enum(['sidecar', 'page', 'text', 'lead']).nullable(),
  /** Outlet name: the sidecar's, else the publisher a saved page names; the pipeline never guesses one from text. */
  outlet: z.string().nullable(),
  outletFrom: provenance,
  url: webUrl.nullable(),
  urlFrom: provenance,
  /** Byline: a saved page's authors, else read from the text ("By Kim Min-young"), e-mail addresses removed. */
  byline: z.string().nullable(),
  bylineFrom: provenance,
  publishedOn: isoDate.nullable(),
  /** `text` means the date was inferred from a date line in the text; show it as inferred. */
  publishedOnFrom: provenance,
  /**
   * For the fields taken from a saved page (`…From: 'page'`), the markup each came from, e.g.
   * `{ title: 'json-ld', publishedOn: 'time' }`; null for a text file.
   */
  markup: z.partialRecord(z.enum(PAGE_FIELDS), z.enum(PAGE_MARKUP)).nullable(),
  /** The sidecar's date is an editor's inference, not the outlet's stated date: shown as inferred. */
  publishedOnInferred: z.boolean(),
  /** The sidecar's account of how outlet, URL and date were established; null when it gives none. */
  basis: z.string().nullable(),
  /** Declared (sidecar) or detected language. */
  language: z.string(),
  languageFrom: z.enum(['sidecar', 'detected']),
  /** SHA-256 of the raw file's bytes as received (a saved page's HTML, not the text read from it), hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Size of the raw file in bytes. */
  bytes: z.number().int().nonnegative(),
  /**
   * For a saved page: the article text read from it, as `/sources/<slug>.txt` serves it (UTF-8, without
   * the byte-order mark put in front): its SHA-256 and size, so the site can prove it serves the
   * text the claims' offsets were found in. Null for a text file, which is served as received.
   */
  extracted: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().positive() }).nullable(),
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
