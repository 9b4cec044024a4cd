import { z } from 'zod';
import { REPORTER_KINDS } from './vocabulary.ts';

/** A person who speaks for a reporter (a spokesperson, a chief, a minister). */
export const personSchema = z.object({
  /** Full name as the site shows it. */
  name: z.string().min(1),
  /** Other spellings and the bare surname the press uses after first mention. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Role, for readers ("spokesperson"). */
  role: z.string().optional(),
});

/** One entry of `content/reporters.yaml`: an agency, official body or outlet that makes estimates. */
export const reporterSchema = z.object({
  /** Stable id used in URLs; lower-case letters, digits and hyphens. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Display name. */
  name: z.string().min(1),
  /** Short label for charts and tables. */
  short: z.string().min(1),
  /** ISO 3166-1 alpha-2 code, or `INT` for an international body. */
  country: z.string().regex(/^(?:[A-Z]{2}|INT)$/),
  /** What kind of reporter this is. */
  kind: z.enum(REPORTER_KINDS),
  /** How texts name it (matched whole-word). */
  aliases: z.array(z.string().min(1)).default([]),
  /** People who speak for it. */
  people: z.array(personSchema).default([]),
});

export const registrySchema = z.array(reporterSchema);

export type Person = z.infer<typeof personSchema>;
export type Reporter = z.infer<typeof reporterSchema>;
