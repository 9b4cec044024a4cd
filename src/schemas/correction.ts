import { z } from 'zod';
import { claimId, isoDate, pastDate } from './claim.ts';
import { MEASURES, QUALIFIERS } from './vocabulary.ts';

/**
 * One editorial correction in `content/corrections.yaml`, keyed by claim id.
 * Every field is optional; those present replace what the pipeline extracted.
 */
export const correctionSchema = z
  .object({
    /** Date of the correction, for the public corrections log. */
    on: isoDate.optional(),
    /** Registry id of the right reporter, or null for "unattributed". */
    reporter: z.string().nullable().optional(),
    speaker: z.string().nullable().optional(),
    measure: z.enum(MEASURES).optional(),
    low: z.number().nonnegative().nullable().optional(),
    high: z.number().nonnegative().nullable().optional(),
    qualifier: z.enum(QUALIFIERS).optional(),
    /** When the reporter made the statement; a calendar date, not in the future. */
    statedOn: pastDate.nullable().optional(),
    /** Withdraw a machine-extracted claim that is not a claim. */
    notAClaim: z.literal(true).optional(),
    /**
     * The claim's new id, when its quote was corrected (in the source, or where the pipeline ends it) and its id changed with it:
     * the old address then forwards to the new one, and the move is logged.
     */
    movedTo: claimId.optional(),
    /** Shown to readers beside the claim. */
    note: z.string().min(1).optional(),
  })
  .strict();

export const correctionsSchema = z.record(z.string(), correctionSchema);
export type Correction = z.infer<typeof correctionSchema>;
