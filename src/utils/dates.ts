/** A claim's date and where it came from: the statement itself, or its source's publication. */
export interface ClaimDate {
  date: string | null;
  from: 'statement' | 'publication' | null;
}

/**
 * The date a claim is placed at: when it was stated, else when its source was published, else unknown.
 *
 * @example claimDate(null, '2024-12-04') // { date: '2024-12-04', from: 'publication' }
 * @example claimDate(null, null) // { date: null, from: null }
 */
export function claimDate(statedOn: string | null, publishedOn: string | null): ClaimDate {
  if (statedOn) return { date: statedOn, from: 'statement' };
  if (publishedOn) return { date: publishedOn, from: 'publication' };
  return { date: null, from: null };
}

/**
 * Whole days between two ISO dates, always positive.
 *
 * @example daysApart('2024-12-01', '2024-11-01') // 30
 */
export function daysApart(a: string, b: string): number {
  return Math.abs(dayNumber(a) - dayNumber(b));
}

/**
 * An ISO date as a count of days since 1970-01-01, for comparing many dates without parsing each
 * one again and again.
 *
 * @example dayNumber('1970-01-31') // 30
 */
export function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/**
 * Compare ISO dates for sorting, unknown dates last.
 *
 * @example ['2024-12-01', null, '2024-11-01'].sort(byDate) // ['2024-11-01', '2024-12-01', null]
 */
export function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Compare ISO dates for sorting newest first, unknown dates still last.
 *
 * @example ['2024-11-01', null, '2024-12-01'].sort(newestFirst) // ['2024-12-01', '2024-11-01', null]
 */
export function newestFirst(a: string | null, b: string | null): number {
  return a !== null && b !== null ? byDate(b, a) : byDate(a, b);
}
