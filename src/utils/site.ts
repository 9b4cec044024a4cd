/** The site's name, as pages, feeds, citations and ClaimReview JSON-LD give it. */
export const SITE_NAME = 'North Korean troops in Russia: the estimates, checked';

/** Short name for the header and social cards. */
export const SITE_SHORT = 'NK troops: estimates checked';

/** Who publishes the reviews (schema.org ClaimReview `author`). */
export const PUBLISHER = 'NK Troops Fact-check';

/** The licence of the data downloads; quoted text stays its publishers'. */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/**
 * The date this build publishes, `YYYY-MM-DD`: `BUILD_DATE` when set (reproducible builds), else
 * today in UTC. Citations show it as the access date until the reader's browser replaces it.
 *
 * @example buildDate({ BUILD_DATE: '2025-01-31' }) // '2025-01-31'
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const given = env['BUILD_DATE'];
  if (given && /^\d{4}-\d{2}-\d{2}$/.test(given)) return given;
  return new Date().toISOString().slice(0, 10);
}
