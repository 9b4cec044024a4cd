import { CLI_CLAIM_FIELDS, type Claim } from '../schemas/claim.ts';

/** The fields of `/data/claims.json` and `/data/claims.csv` beyond the CLI's, in order. */
export const EXTRA_FIELDS = ['source', 'status', 'url'] as const;

/** One claim as the data downloads publish it: the CLI's fields, its source slug, status and permalink. */
export type PublicClaim = Pick<Claim, (typeof CLI_CLAIM_FIELDS)[number] | 'source' | 'status'> & { url: string };

/**
 * A claim as published in the data downloads, fields in documented order.
 *
 * @example Object.keys(publicClaim(claim, 'https://x/claims/c-1/')).at(-1) // 'url'
 */
export function publicClaim(c: Claim, url: string): PublicClaim {
  const out: Record<string, unknown> = {};
  for (const f of CLI_CLAIM_FIELDS) out[f] = c[f];
  return { ...(out as Pick<Claim, (typeof CLI_CLAIM_FIELDS)[number]>), source: c.source, status: c.status, url };
}

/** The CSV header: the reporter object becomes three columns. */
export const CSV_HEADER = [
  'id',
  'kind',
  'quote',
  'start',
  'end',
  'measure',
  'low',
  'high',
  'qualifier',
  'reporter_id',
  'reporter_name',
  'reporter_country',
  'speaker',
  'statedOn',
  ...EXTRA_FIELDS,
] as const;

/**
 * A published claim as one CSV row, in CSV_HEADER order.
 *
 * @example csvRow(publicClaim(claim, url))[0] // claim.id
 */
export function csvRow(c: PublicClaim): (string | number | null)[] {
  return [
    c.id,
    c.kind,
    c.quote,
    c.start,
    c.end,
    c.measure,
    c.low,
    c.high,
    c.qualifier,
    c.reporter?.id ?? null,
    c.reporter?.name ?? null,
    c.reporter?.country ?? null,
    c.speaker,
    c.statedOn,
    c.source,
    c.status,
    c.url,
  ];
}
