import { z } from 'zod';
import { buildDate } from '../utils/site.ts';
import { ABOUTS, ATTRIBUTION_VIA, CLAIM_KINDS, MEASURES, QUALIFIERS, STANCES } from './vocabulary.ts';

/**
 * An ISO 8601 calendar date, `YYYY-MM-DD`, that the calendar has: no month 13, no 30 February.
 *
 * @example isoDate.safeParse('2024-02-30').success // false
 */
export const isoDate = z.iso.date({ error: 'not a calendar date (YYYY-MM-DD)' });

/**
 * A calendar date no later than the build's (`buildDate()`): when something was said or reviewed.
 *
 * @example pastDate.safeParse('2999-01-01').success // false
 */
export const pastDate = isoDate.refine((date) => date <= buildDate(), { error: 'a date in the future' });

/** A claim id: readable value prefix plus a content hash, e.g. `c-10000-plus-3fa2c1d9e0`. */
export const claimId = z.string().regex(/^c-[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** The reporter as the CLI and the data downloads show it: a registry entry, trimmed. */
export const reporterRefSchema = z.object({
  /** Registry id (content/reporters.yaml). */
  id: z.string(),
  /** Registry display name. */
  name: z.string(),
  /** ISO 3166-1 alpha-2, or INT. */
  country: z.string(),
});

/** Where in the file a repeated mention of the same claim stands (a headline echoing the body). */
const spanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/**
 * One claim, as `src/data/claims.json` stores it and `/data/claims.json` publishes it.
 * The CLI contract is the fields of CLI_CLAIM_FIELDS (README, "Claim schema"); the rest serve the site.
 *
 * Offsets follow the W3C Web Annotation TextPositionSelector: JavaScript string indices into the
 * decoded source text (byte-order mark removed), so `text.slice(start, end) === quote`.
 */
export const claimSchema = z
  .object({
    /** Stable id: from source slug + normalised quote + value (see scripts/lib/ids.ts). */
    id: claimId,
    /** `estimate` (a number of people) or `statement` (a confirmation or denial without one). */
    kind: z.enum(CLAIM_KINDS),
    /** The sentence, verbatim from the source file. */
    quote: z.string().min(1),
    /** Offset of the quote's first character in the source text. */
    start: z.number().int().nonnegative(),
    /** Offset just past the quote's last character. */
    end: z.number().int().nonnegative(),
    /** What is counted; null for statements. */
    measure: z.enum(MEASURES).nullable(),
    /** Lower bound, or the value itself; null when open below. */
    low: z.number().nonnegative().nullable(),
    /** Upper bound, or the value itself; null when open above. */
    high: z.number().nonnegative().nullable(),
    /** How hedged the figure is; null for statements. */
    qualifier: z.enum(QUALIFIERS).nullable(),
    /** Who made the estimate, resolved through the registry; null when the text attributes it to no one. */
    reporter: reporterRefSchema.nullable(),
    /** The person who spoke, when the text names one. */
    speaker: z.string().nullable(),
    /** When the reporter made the statement, when the text says; ISO date. */
    statedOn: isoDate.nullable(),
    /** Source slug (content/sources/<slug>.txt). */
    source: z.string(),
    /** The words the figure was read from, verbatim ("more than 10,000"); null for statements. */
    numberText: z.string().nullable(),
    /** The words the statement date was read from ("on Tuesday"), even when they could not be resolved. */
    statedOnText: z.string().nullable(),
    /** For statements: whether the reporter confirms, denies, has not seen, or declines to say; null on estimates. */
    stance: z.enum(STANCES).nullable(),
    /** For statements: what is confirmed or denied (presence, front, combat…); null on estimates. */
    about: z.enum(ABOUTS).nullable(),
    /** How the reporter was found, and the words that name it. */
    attribution: z.object({ via: z.enum(ATTRIBUTION_VIA), text: z.string() }).nullable(),
    /** Other places in the same file that repeat this claim (reported once). */
    repeats: z.array(spanSchema),
    /** `machine` until an editor corrects it (content/corrections.yaml). */
    status: z.enum(['machine', 'corrected']),
    /** An editor's note from content/corrections.yaml. */
    note: z.string().nullable(),
    /**
     * A multi-party attribution ("U.S. and South Korean officials said"): each party's registry id.
     * The reporter is then null: no one party is picked. Empty otherwise.
     */
    parties: z.array(z.string()),
    /**
     * The reporter was inferred from the words describing the speaker ("Ukraine's ambassador to the
     * UN" → Ukraine's foreign ministry), not named by the text or the registry.
     */
    reporterInferred: z.boolean(),
  })
  .refine((c) => c.end > c.start, { message: 'end must be after start' })
  .refine((c) => c.low === null || c.high === null || c.low <= c.high, { message: 'low must not exceed high' });

export type Claim = z.infer<typeof claimSchema>;
export type ReporterRef = z.infer<typeof reporterRefSchema>;

/** The fields of the CLI contract, in contract order. */
export const CLI_CLAIM_FIELDS = [
  'id',
  'kind',
  'quote',
  'start',
  'end',
  'measure',
  'low',
  'high',
  'qualifier',
  'reporter',
  'speaker',
  'statedOn',
  'parties',
  'reporterInferred',
  'stance',
  'about',
] as const satisfies readonly (keyof Claim)[];

export type CliClaim = Pick<Claim, (typeof CLI_CLAIM_FIELDS)[number]>;

/** `src/data/claims.json`: a generated file, with a note that says so. */
export const claimsFileSchema = z.object({
  generated: z.string(),
  claims: z.array(claimSchema),
});
