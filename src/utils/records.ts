import { CLI_CLAIM_FIELDS, type Claim } from '../schemas/claim.ts';
import { VERDICTS, type Verdict } from '../schemas/review.ts';
import { ABOUTS, MEASURES, QUALIFIERS, STANCES } from '../schemas/vocabulary.ts';
import { CONSISTENCY_LABELS, type ConsistencyLabel } from './consistency.ts';

/** The fields of `/data/claims.json` and `/data/claims.csv` beyond the CLI's, in order. */
export const EXTRA_FIELDS = [
  'source',
  'outlet',
  'publishedOn',
  'comparedOn',
  'comparedBy',
  'label',
  'verdict',
  'status',
  'corrected',
  'url',
] as const;

/** What the site knows of a claim beyond the claim itself: its source, comparison, review and address. */
export interface ClaimFacts {
  outlet: string | null;
  publishedOn: string | null;
  /** The date the comparison placed it at, and which date that was. */
  comparedOn: string | null;
  comparedBy: 'statement' | 'publication' | null;
  /** The computed consistency label. */
  label: ConsistencyLabel;
  /** The editor's verdict, when a review gives one. */
  verdict: Verdict | null;
  url: string;
}

/** One claim as the data downloads publish it: the CLI's fields, then EXTRA_FIELDS. */
export type PublicClaim = Pick<Claim, (typeof CLI_CLAIM_FIELDS)[number] | 'source'> &
  Omit<ClaimFacts, 'url'> & { status: 'machine' | 'reviewed'; corrected: boolean; url: string };

/**
 * A claim as published in the data downloads, fields in documented order. `status` is `reviewed`
 * once an editor has reviewed or corrected it, else `machine`; `corrected` says whether a field was fixed.
 *
 * @example Object.keys(publicClaim(claim, facts)).at(-1) // 'url'
 * @example publicClaim({ ...claim, status: 'corrected' }, facts).status // 'reviewed'
 */
export function publicClaim(c: Claim, facts: ClaimFacts): PublicClaim {
  const out: Record<string, unknown> = {};
  for (const f of CLI_CLAIM_FIELDS) out[f] = c[f];
  const corrected = c.status === 'corrected';
  return {
    ...(out as Pick<Claim, (typeof CLI_CLAIM_FIELDS)[number]>),
    source: c.source,
    outlet: facts.outlet,
    publishedOn: facts.publishedOn,
    comparedOn: facts.comparedOn,
    comparedBy: facts.comparedBy,
    label: facts.label,
    verdict: facts.verdict,
    status: facts.verdict !== null || corrected ? 'reviewed' : 'machine',
    corrected,
    url: facts.url,
  };
}

const REPORTER_COLUMNS = ['reporter_id', 'reporter_name', 'reporter_country'] as const;

/** The CSV header: the published fields in order, the reporter object as three columns. */
export const CSV_HEADER = [...CLI_CLAIM_FIELDS, ...EXTRA_FIELDS].flatMap((f) =>
  f === 'reporter' ? [...REPORTER_COLUMNS] : [f],
);

/**
 * A published claim as one CSV row, in CSV_HEADER order.
 *
 * @example csvRow(publicClaim(claim, facts))[0] // claim.id
 */
export function csvRow(c: PublicClaim): (string | number | null)[] {
  return [...CLI_CLAIM_FIELDS, ...EXTRA_FIELDS].flatMap((f) =>
    f === 'reporter' ? [c.reporter?.id ?? null, c.reporter?.name ?? null, c.reporter?.country ?? null] : [cell(c[f])],
  );
}

/** A CSV cell: a list as its items separated by spaces, a yes/no as true or false. */
function cell(value: PublicClaim[keyof PublicClaim]): string | number | null {
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'boolean') return String(value);
  return value as string | number | null;
}

/** The data page's field documentation: name, type, meaning. */
export const DATA_FIELDS: [string, string, string][] = [
  ['id', 'string', 'Stable claim id; the claim’s page is /claims/<id>/. Never reused.'],
  ['kind', 'estimate | statement', 'A number of people, or a confirmation or denial without one.'],
  ['quote', 'string', 'The sentence, verbatim from the raw source text.'],
  [
    'start, end',
    'integer',
    'Offsets of the quote in the decoded raw text (JavaScript string indices): text.slice(start, end) = quote.',
  ],
  ['measure', `${MEASURES.join(' | ')} | null`, 'What is counted (see Methodology); null for statements.'],
  ['low, high', 'number | null', 'Bounds of the figure: “more than 10,000” is 10000/null, “up to 12,000” null/12000.'],
  ['qualifier', `${QUALIFIERS.join(' | ')} | null`, 'How hedged the figure is.'],
  [
    'reporter',
    '{id, name, country} | null',
    'Who made the claim (registry id, name, ISO country or INT); null when the text names no one. In CSV: reporter_id, reporter_name, reporter_country.',
  ],
  ['speaker', 'string | null', 'The person who spoke, when named.'],
  [
    'statedOn',
    'YYYY-MM-DD | null',
    'When the statement was made, when the text says; otherwise null (not the publication date).',
  ],
  [
    'parties',
    'string[]',
    'For a claim several parties made together (“U.S. and South Korean officials said”): each party’s registry id, with reporter null. Empty otherwise. In CSV: the ids separated by spaces.',
  ],
  [
    'reporterInferred',
    'boolean',
    'true when the reporter was inferred from the words describing the speaker (“Ukraine’s ambassador to the UN”), not named.',
  ],
  [
    'stance',
    `${STANCES.join(' | ')} | null`,
    'For statements: whether the reporter confirms, denies, has not seen (cannot confirm), or declines to say. Null on estimates.',
  ],
  [
    'about',
    `${ABOUTS.join(' | ')} | null`,
    'For statements: what is confirmed or denied — that the troops are in Russia, at the front, fighting, suffered casualties, were pulled back, the alliance, or other. Null on estimates.',
  ],
  ['source', 'string', 'Source slug: the article is /sources/<source>/, its raw text /sources/<source>.txt.'],
  ['outlet', 'string | null', 'The publication that carried the source, when known.'],
  ['publishedOn', 'YYYY-MM-DD | null', 'The source’s publication date, when known.'],
  [
    'comparedOn',
    'YYYY-MM-DD | null',
    'The date the claim is compared by: statedOn when known, else the source’s publishedOn; null when neither is.',
  ],
  ['comparedBy', 'statement | publication | null', 'Which date comparedOn is: the statement’s or the publication’s.'],
  [
    'label',
    CONSISTENCY_LABELS.join(' | '),
    'The computed label: how the estimate compares with other reporters’ estimates of the same measure within 30 days of comparedOn (see Methodology). Statements and other counts: not compared.',
  ],
  [
    'verdict',
    `${VERDICTS.join(' | ')} | null`,
    'An editor’s verdict, when the claim has been reviewed; it replaces the label on the pages.',
  ],
  [
    'status',
    'machine | reviewed',
    'machine: extracted by the pipeline, not yet checked by an editor. reviewed: an editor reviewed or corrected it.',
  ],
  ['corrected', 'boolean', 'true when an editor corrected a field (see the corrections log on the About page).'],
  ['url', 'URL', 'The claim’s permanent page.'],
];
