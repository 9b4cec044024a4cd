import { registrySchema, type Reporter } from '../../src/schemas/reporter.ts';
import { InputError, parseYaml } from './yaml-file.ts';

/** One place a registry alias stands in a text. */
export interface AliasMatch {
  start: number;
  end: number;
  reporterId: string;
  /** Canonical name of the person, when the alias names a person. */
  person: string | null;
  /** The alias as the registry spells it. */
  alias: string;
}

export interface Registry {
  reporters: ReadonlyMap<string, Reporter>;
  /** Every alias occurrence in `text`, longest first where they overlap, in text order. */
  match(text: string): AliasMatch[];
}

interface Entry {
  alias: string;
  reporterId: string;
  person: string | null;
}

/**
 * Fold the spellings the press varies on, without changing the text's length (offsets stay valid):
 * typographic apostrophes, and British "defence" against American "defense".
 *
 * @example foldForMatching('Ukraine’s Defence') // "Ukraine's Defense"
 */
export function foldForMatching(text: string): string {
  return text.replace(/[’‘`]/g, "'").replace(/(?<=[Dd]efen)c(?=e)/g, 's');
}

/** All-capital aliases (HUR, NIS, U.N.) match case-sensitively: "hur" or "un" in prose are not agencies. */
const isAcronym = (alias: string) => !/\p{Ll}/u.test(alias);

/**
 * Load `content/reporters.yaml`. Throws an InputError naming the file and line for malformed YAML,
 * a bad field, a duplicate id, or an alias that two reporters claim.
 */
export function loadRegistry(file: string, text: string): Registry {
  const reporters = parseYaml(file, text, registrySchema);
  const byId = new Map<string, Reporter>();
  const owner = new Map<string, Entry>();
  const entries: Entry[] = [];
  for (const reporter of reporters) {
    if (byId.has(reporter.id))
      throw new InputError(file, lineOf(text, `id: ${reporter.id}`), `duplicate reporter id "${reporter.id}"`);
    byId.set(reporter.id, reporter);
    const names: Entry[] = [
      ...reporter.aliases.map((alias) => ({ alias, reporterId: reporter.id, person: null })),
      ...reporter.people.flatMap((p) =>
        [p.name, ...p.aliases].map((alias) => ({ alias, reporterId: reporter.id, person: p.name })),
      ),
    ];
    for (const entry of names) {
      const key = isAcronym(entry.alias) ? foldForMatching(entry.alias) : foldForMatching(entry.alias).toLowerCase();
      const previous = owner.get(key);
      if (previous && (previous.reporterId !== entry.reporterId || previous.person !== entry.person)) {
        const who = (e: Entry) => (e.person ? `${e.person} (${e.reporterId})` : e.reporterId);
        throw new InputError(
          file,
          lineOf(text, entry.alias),
          `alias "${entry.alias}" is claimed by both ${who(previous)} and ${who(entry)}`,
        );
      }
      if (!previous) {
        owner.set(key, entry);
        entries.push(entry);
      }
    }
  }
  const pattern = buildPattern(entries);
  const lookup = (found: string) => {
    const key = found.replace(/\s+/g, ' ');
    return owner.get(key) ?? owner.get(key.toLowerCase()) ?? null;
  };
  return {
    reporters: byId,
    match(input: string): AliasMatch[] {
      const folded = foldForMatching(input);
      const out: AliasMatch[] = [];
      for (const m of folded.matchAll(pattern)) {
        const entry = lookup(m[0]);
        // A case-insensitive hit on an acronym ("Hur", "un") is no match.
        if (!entry || (isAcronym(entry.alias) && foldForMatching(entry.alias) !== m[0].replace(/\s+/g, ' '))) continue;
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          reporterId: entry.reporterId,
          person: entry.person,
          alias: entry.alias,
        });
      }
      return out;
    },
  };
}

/** One alternation, longest alias first, so the regex engine prefers "South Korean defense ministry" to "South Korea". */
function buildPattern(entries: readonly Entry[]): RegExp {
  const escaped = [...entries]
    .map((e) => foldForMatching(e.alias))
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function lineOf(text: string, needle: string): number | null {
  const at = text.indexOf(needle);
  return at < 0 ? null : text.slice(0, at).split('\n').length;
}
