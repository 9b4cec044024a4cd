import { registrySchema, type Reporter } from '../../../src/schemas/reporter.ts';
import type { ReporterKind } from '../../../src/schemas/vocabulary.ts';
import { InputError, parseYaml } from '../../lib/yaml-file.ts';

/** One place a registry alias stands in a text. */
export interface AliasMatch {
  start: number;
  end: number;
  reporterId: string;
  /** Canonical name of the person, when the alias names a person. */
  person: string | null;
  /** The alias as the registry spells it. */
  alias: string;
  /** The text has the alias in the possessive ("Kyiv's claim"); `end` stops before the "'s". */
  possessive: boolean;
}

export interface Registry {
  reporters: ReadonlyMap<string, Reporter>;
  /** Every alias occurrence in `text`, longest first where they overlap, in text order. */
  match(text: string): AliasMatch[];
  /**
   * The first entry, in the file's order, of a kind and country: what "a U.S. official" or
   * "Ukraine's ambassador to the UN" speaks for when the registry does not name the speaker. With
   * `role` ("security service"), the entry of that kind and country whose name or an alias holds
   * those words comes first ("Kyiv's security service" is the SBU, not the first Ukrainian agency).
   */
  find(kind: ReporterKind, country: string, role?: string): Reporter | undefined;
  /** Whether an entry speaks for no one body: a state named as a whole, or unnamed officials. */
  isGeneral(id: string): boolean;
}

/** Kinds that name no one body: "Seoul said", "U.S. officials said". */
const GENERAL_KINDS: ReadonlySet<ReporterKind> = new Set(['government', 'anonymous-official']);

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
  // A short name ("UK MoD", "South Korea JCS") names its entry too, where no alias claims it.
  for (const reporter of reporters) {
    const key = foldForMatching(reporter.short).toLowerCase();
    if (isAcronym(reporter.short) || owner.has(key)) continue;
    const entry = { alias: reporter.short, reporterId: reporter.id, person: null };
    owner.set(key, entry);
    entries.push(entry);
  }
  const matcher = buildMatcher(entries);
  const byKind = new Map<string, Reporter[]>();
  for (const r of reporters) byKind.set(`${r.kind} ${r.country}`, [...(byKind.get(`${r.kind} ${r.country}`) ?? []), r]);
  const holds = (r: Reporter, words: RegExp) => [r.name, ...r.aliases].some((name) => words.test(name));
  return {
    reporters: byId,
    match: matcher,
    find: (kind, country, role) => {
      const all = byKind.get(`${kind} ${country}`) ?? [];
      const words = role ? new RegExp(`\\b${role.replace(/[^a-z ]/gi, '')}\\b`, 'i') : null;
      return (words ? all.find((r) => holds(r, words)) : undefined) ?? all[0];
    },
    isGeneral: (id) => GENERAL_KINDS.has(byId.get(id)?.kind ?? 'media'),
  };
}

/**
 * A word of a text or an alias: letters and digits, with inner dots, apostrophes and hyphens
 * (U.S, Kim Jong-un), and whether a full stop follows it ("U.S.", or a sentence's "NIS.").
 */
const WORD = /([\p{L}\p{N}]+(?:[.'\-][\p{L}\p{N}]+)*)(\.)?/gu;

interface Word {
  text: string;
  lower: string;
  dot: boolean;
  start: number;
  end: number;
}

const words = (text: string): Word[] =>
  [...text.matchAll(WORD)].map((m) => ({
    text: m[1]!,
    lower: m[1]!.toLowerCase(),
    dot: m[2] !== undefined,
    start: m.index,
    end: m.index + m[1]!.length,
  }));

interface Candidate {
  words: Word[];
  acronym: boolean;
  entry: Entry;
}

/**
 * An alias matcher indexed by first word: each word of the text is looked up once, and only the aliases
 * that start with it are compared, longest first. Far faster than one regular expression of hundreds of
 * alternatives, with the same rules: whole words, case-insensitive but for acronyms, longest alias wins,
 * matches do not overlap.
 */
function buildMatcher(entries: readonly Entry[]): (input: string) => AliasMatch[] {
  const byFirst = new Map<string, Candidate[]>();
  for (const entry of entries) {
    const aliasWords = words(foldForMatching(entry.alias));
    if (!aliasWords.length) continue;
    const key = aliasWords[0]!.lower;
    byFirst.set(key, [...(byFirst.get(key) ?? []), { words: aliasWords, acronym: isAcronym(entry.alias), entry }]);
  }
  const size = (c: Candidate) => c.words.reduce((n, w) => n + w.text.length + 1, 0);
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || size(b) - size(a));
  // The same sentences and phrases are matched again by later passes: remember the latest answers.
  const memo = new Map<string, AliasMatch[]>();
  const match = (input: string): AliasMatch[] => {
    const folded = foldForMatching(input);
    const tokens = words(folded);
    // The alias's last word may stand in the possessive: "Kyiv's claim" names Kyiv.
    // An acronym of four letters or more may be written as a word: "Nato", "Unesco".
    const asWord = (w: Word) => (w.text.length >= 4 && /^\p{Lu}+$/u.test(w.text) ? w.text[0] + w.lower.slice(1) : null);
    const same = (c: Candidate, w: Word, t: Word, last: boolean) =>
      c.acronym
        ? t.text === w.text ||
          (last && t.text === `${w.text}'s`) ||
          (asWord(w) !== null && (t.text === asWord(w) || (last && t.text === `${asWord(w)}'s`)))
        : t.lower === w.lower || (last && t.lower === `${w.lower}'s`);
    const fits = (c: Candidate, i: number) =>
      c.words.every((w, k) => {
        const t = tokens[i + k];
        if (!t || (w.dot && !t.dot) || !same(c, w, t, k === c.words.length - 1)) return false;
        const prev = tokens[i + k - 1];
        return k === 0 || /^\s+$/.test(folded.slice(prev!.end + (prev!.dot ? 1 : 0), t.start));
      });
    const out: AliasMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const lower = tokens[i]!.lower;
      const bare = lower.endsWith("'s") ? lower.slice(0, -2) : null;
      const hit =
        byFirst.get(lower)?.find((c) => fits(c, i)) ?? (bare ? byFirst.get(bare)?.find((c) => fits(c, i)) : undefined);
      if (!hit) continue;
      const last = tokens[i + hit.words.length - 1]!;
      const { reporterId, person, alias } = hit.entry;
      const lastWord = hit.words[hit.words.length - 1]!;
      const possessive = last.text.length === lastWord.text.length + 2;
      const end = possessive ? last.end - 2 : last.end + (lastWord.dot ? 1 : 0);
      out.push({ start: tokens[i]!.start, end, reporterId, person, alias, possessive });
      i += hit.words.length - 1;
    }
    return out;
  };
  return (input) => {
    let found = memo.get(input);
    if (!found) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      found = match(input);
      memo.set(input, found);
    }
    return found;
  };
}

const MEMO_SIZE = 4096;

function lineOf(text: string, needle: string): number | null {
  const at = text.indexOf(needle);
  return at < 0 ? null : text.slice(0, at).split('\n').length;
}
