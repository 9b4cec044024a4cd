import { z } from 'zod';
import { REPORTER_KINDS } from './vocabulary.ts';

/**
 * A name texts use for a reporter or a person, matched whole-word: letters (with their accents),
 * digits and spaces, and inside a name the marks `. ' ’ - &` ("U.S.", "Ukraine's", "Kim Jong-un",
 * "AT&T"). Nothing a pattern could read otherwise: `(a+)+$` or `.*` is no name.
 *
 * @example aliasName.safeParse('Lt. Gen. Kyrylo Budanov').success // true
 */
export const aliasName = z.string().regex(/^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N} .'’&-]*[\p{L}\p{M}\p{N}.])?$/u, {
  error: "not a name: letters, digits and spaces, with . ' ’ - & inside a name, and nothing else",
});

/** A person who speaks for a reporter (a spokesperson, a chief, a minister). */
export const personSchema = z.object({
  /** Full name as the site shows it; texts are matched against it too. */
  name: aliasName,
  /** Other spellings and the bare surname the press uses after first mention. */
  aliases: z.array(aliasName).default([]),
  /** Role, for readers ("spokesperson"). */
  role: z.string().optional(),
});

/** One entry of `content/reporters.yaml`: an agency, official body or outlet that makes estimates. */
export const reporterSchema = z.object({
  /** Stable id used in URLs; lower-case letters, digits and hyphens. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Display name. */
  name: z.string().min(1),
  /** Short label for charts and tables; it names the entry in texts too, where no alias claims it. */
  short: aliasName,
  /** ISO 3166-1 alpha-2 code, or `INT` for an international body. */
  country: z.string().regex(/^(?:[A-Z]{2}|INT)$/),
  /** What kind of reporter this is. */
  kind: z.enum(REPORTER_KINDS),
  /** How texts name it (matched whole-word). */
  aliases: z.array(aliasName).default([]),
  /** People who speak for it. */
  people: z.array(personSchema).default([]),
});

/**
 * The registry: its entries, each id once, and no two reporters (or people) sharing a name that
 * differs only in case. The matcher reads an all-capital alias case-sensitively and any other one in any case, so
 * `HUR` for one body and `hur` for another would each take the other's mentions.
 */
export const registrySchema = z.array(reporterSchema).superRefine((reporters, ctx) => {
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  reporters.forEach((r, i) => {
    if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate reporter id "${r.id}"` });
    ids.add(r.id);
    const names = [
      ...r.aliases.map((alias, j) => ({ alias, who: r.id, path: [i, 'aliases', j] })),
      ...r.people.flatMap((p, k) =>
        [p.name, ...p.aliases].map((alias, j) => ({
          alias,
          who: `${p.name} (${r.id})`,
          path: j === 0 ? [i, 'people', k, 'name'] : [i, 'people', k, 'aliases', j - 1],
        })),
      ),
    ];
    for (const { alias, who, path } of names) {
      const key = alias.toLowerCase();
      const previous = owner.get(key);
      if (previous === undefined) owner.set(key, who);
      else if (previous !== who)
        ctx.addIssue({ code: 'custom', path, message: `alias "${alias}" is claimed by both ${previous} and ${who}` });
    }
  });
});

export type Person = z.infer<typeof personSchema>;
export type Reporter = z.infer<typeof reporterSchema>;
