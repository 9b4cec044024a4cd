/**
 * The claims index's rows (components/ClaimsIndex.astro), worked out once per build: every page of
 * the index shows a slice of the same order, so sorting every claim again for each of a hundred
 * pages would be the same work a hundred times.
 */
import { newestFirst } from '../utils/dates.ts';
import { memo } from '../utils/group-by.ts';
import type { Site } from './site.ts';

/**
 * Every claim newest first (unknown dates last), and how many are machine-extracted and not reviewed.
 *
 * @example claimsIndex(site).claims.length === site.claims.length // true
 */
export const claimsIndex = memo((site: Site) => {
  const claims = [...site.claims].sort((a, b) => newestFirst(site.dateOf(a).date, site.dateOf(b).date));
  const machine = claims.filter((c) => c.status === 'machine' && !site.reviews.has(c.id)).length;
  return { claims, machine };
});
