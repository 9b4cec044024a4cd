import { z } from 'zod';
import { pastDate } from './claim.ts';

/**
 * Editorial verdicts for an estimate, fit for numbers that cannot be proven true or false, only
 * compared and attributed. Defined for readers on /about/ (REVIEW_VERDICT_LABELS).
 *
 * @example VERDICTS.includes('outlier') // true
 */
export const VERDICTS = ['consistent', 'outlier', 'superseded', 'scope-differs', 'unattributed', 'disputed'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * The frontmatter of an editorial review, `content/reviews/<claim-id>.md`. Human-owned: no script
 * writes these files. The Markdown body holds the reviewer's notes, shown on the claim page. A review
 * overrides the computed consistency label and becomes the claim's rating in its ClaimReview.
 */
export const reviewSchema = z
  .object({
    /** The editorial verdict, from the fixed vocabulary above. */
    verdict: z.enum(VERDICTS),
    /** Who reviewed the claim: a named editor or the desk ("Fact-check desk"). */
    reviewer: z.string().min(1),
    /** When the review was written or last changed, `YYYY-MM-DD`, not in the future; shown and logged publicly. */
    reviewedOn: pastDate,
    /** For `superseded`: the id of the later claim that replaces this one. */
    supersededBy: z.string().optional(),
  })
  .strict();
export type Review = z.infer<typeof reviewSchema>;
