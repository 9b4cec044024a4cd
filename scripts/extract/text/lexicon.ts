import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  ABOUTS,
  STANCES,
  type About,
  type Measure,
  type Qualifier,
  type ReporterKind,
} from '../../../src/schemas/vocabulary.ts';
import { lookup } from './lookup.ts';

/**
 * The extractor's word lists, read once from the data files in `scripts/extract/data/` (each entry
 * there has a note on why it is there). Lower-case, typographic apostrophes folded to `'`;
 * multi-word entries are space-separated token sequences.
 */

/**
 * The data folder: beside this module, or — when a bundler has moved the module (the Astro build
 * shows a claim's context with the sentence splitter) — under the project root it runs in.
 */
const DATA_DIR = [join(import.meta.dirname, '..', 'data'), join(process.cwd(), 'scripts', 'extract', 'data')].find(
  (dir) => existsSync(join(dir, 'counting.yaml')),
);
const readData = (name: string): string => {
  if (!DATA_DIR)
    throw new Error(`scripts/extract/data/${name}.yaml: not found beside the extractor or under ${process.cwd()}`);
  return readFileSync(join(DATA_DIR, name), 'utf8');
};
const read = (name: string): Record<string, unknown> => parse(readData(`${name}.yaml`)) as Record<string, unknown>;

const counting = read('counting');
const hedges = read('hedges');
const measures = read('measures');
const clauses = read('clauses');
const reporting = read('reporting');
const sources = read('sources');
const text = read('text');

const list = (data: Record<string, unknown>, key: string): string[] => {
  const value = data[key];
  if (!Array.isArray(value)) throw new Error(`scripts/extract/data: "${key}" is not a list`);
  return value.map((v) => String(v).toLowerCase());
};
const table = <T>(data: Record<string, unknown>, key: string): Record<string, T> => {
  const value = data[key];
  if (!value || typeof value !== 'object') throw new Error(`scripts/extract/data: "${key}" is not a table`);
  return lookup(value as Record<string, T>);
};
const set = (data: Record<string, unknown>, key: string) => new Set(list(data, key));

/** Nouns that make a number a count of people. */
export const PEOPLE_NOUNS = set(counting, 'people-nouns');
/** Two-word people nouns ("north koreans", "special forces"). */
export const PEOPLE_PAIRS = set(counting, 'people-pairs');
/** Words after a number that make it anything but a count of people. */
export const NOT_PEOPLE = set(counting, 'not-people');
/** Nationality words that make a count someone else's soldiers. */
export const OTHER_NATIONALITY = set(counting, 'other-nationality');
/** Words that mark a count as North Korean. */
export const NORTH_KOREAN = set(counting, 'north-korean');
/** Losses words after another nationality ("Russia has lost"). */
export const OWN_LOSS = set(counting, 'own-loss');
/** Nouns that stand for a group of people the text is about ("the number at 12,000"). */
export const COLLECTIVE = set(counting, 'collective');
/** Verbs of sending and keeping people ("could send another 30,000"). */
export const SENDING = set(counting, 'sending');
/** Verbs of a goal, whose figure is a target ("wants 40,000 workers"). */
export const TARGETS = set(counting, 'targets');
/** "of them", "of whom": the group a part is taken from. */
export const PARTITIVE = set(counting, 'partitive');
/** Nouns of an armed force ("Russian forces lost"). */
export const FORCE_NOUNS = set(counting, 'force-nouns');
/** People nouns that name what happened, not who ("killed", "casualties"). */
export const EVENT_NOUNS = set(counting, 'event-nouns');
/** Nouns of a body of troops sent ("the contingent"). */
export const GROUP_NOUNS = set(counting, 'group-nouns');
/** Verbs of a loss after a count ("300 were killed"). */
export const CASUALTY_VERBS = set(counting, 'casualty-verbs');
/** Words in -s that are no plural noun. */
export const NOT_PLURAL = set(counting, 'not-plural');
/** Parts of a whole ("half of", "a third of"). */
export const FRACTIONS = set(counting, 'fractions');
/** Military formations, whose size is no count of those sent. */
export const FORMATIONS = set(counting, 'formations');

/** Hedges before a number, and the qualifier each gives. */
export const HEDGES_BEFORE = table<Qualifier>(hedges, 'before');
/** Hedges after a number. */
export const HEDGES_AFTER = table<Qualifier>(hedges, 'after');

/** Counted nouns that name the measure by themselves ("500 officers"). */
export const HEAD_MEASURES = table<Measure>(measures, 'heads');
/** Measure cues in priority order: the first measure whose cue is in the counted clause wins. */
export const MEASURE_CUES: readonly (readonly [Measure, readonly string[]])[] = (
  measures.cues as { measure: Measure; words: string[] }[]
).map((c) => [c.measure, c.words.map((w) => w.toLowerCase())] as const);
/** Verbs whose object is the count, and the measure each names ("had killed 300"). */
export const OBJECT_VERBS = table<Measure>(measures, 'object-verbs');
/** Words of killing and of wounding: one of each makes a combined toll. */
export const KILLED_WORDS = set(measures, 'killed-words');
export const WOUNDED_WORDS = set(measures, 'wounded-words');

export const CLAUSE_BREAKS = set(clauses, 'clause-breaks');
export const CONJUNCT_VERBS = set(clauses, 'conjunct-verbs');
export const PURPOSE_VERBS = set(clauses, 'purpose-verbs');
export const MODALS = set(clauses, 'modals');
export const VERBISH = set(clauses, 'verbish');
export const LINKING = set(clauses, 'linking');
export const AFTER_COUNT = set(clauses, 'after-count');
export const PARTITIVE_FILLERS = set(clauses, 'partitive-fillers');
export const REPORTED = set(clauses, 'reported');
export const FUNCTION_WORDS = set(clauses, 'function-words');
/** Words between a subject and its reporting verb. */
export const SUBJECT_GAP = set(clauses, 'subject-gap');

/** How a reporting verb behaves (see data/reporting.yaml). */
export type VerbFlag = 'inverts' | 'object' | 'listener' | 'participle';
/** Reporting verbs and their flags. */
export const REPORTING_VERBS: ReadonlyMap<string, ReadonlySet<VerbFlag>> = new Map(
  Object.entries(table<VerbFlag[]>(reporting, 'verbs')).map(([verb, flags]) => [verb, new Set(flags)]),
);
/** Nouns of a statement whose owner is the source ("Kyiv's claim"). */
export const REPORTING_NOUNS = new Set(Object.keys(table<string>(reporting, 'nouns')));
/** Words that may stand between a statement's owner and its noun ("the agency's January count"). */
export const NOUN_MODIFIERS = set(reporting, 'noun-modifiers');
/**
 * Where the reporting noun stands after an owner ending at token `at`, past up to three modifiers
 * ("its last public casualty count"), or -1.
 */
export function statementNounAfter(tokens: readonly { norm: string }[], at: number): number {
  for (let k = at; k < Math.min(tokens.length, at + 4); k++) {
    if (REPORTING_NOUNS.has(tokens[k]!.norm)) return k;
    if (!NOUN_MODIFIERS.has(tokens[k]!.norm)) return -1;
  }
  return -1;
}
/** Phrases after which the next source named is the figure's source: `according` or `citing`. */
export const CITING = table<'according' | 'citing'>(reporting, 'citing');
/** Hearsay phrases: the figure is the text's own second-hand report. */
export const HEARSAY = list(reporting, 'hearsay');
/** Phrases that make an outlet's speech cue its own sourcing. */
export const OWN_SOURCING = list(reporting, 'own-sourcing');
/** Occasions of a statement ("briefing", "interview"): a date on one is the statement's. */
export const STATEMENT_EVENTS = set(reporting, 'statement-events');
/** Verbs a figure is the object of when cited back ("the 8,000 the secretary cited"). */
export const CITING_BACK = set(reporting, 'citing-back');

/** Nationality words and the country (ISO 3166-1 alpha-2, or INT) each gives. */
export const NATIONALITIES = table<string>(sources, 'nationalities');
/** Roles of a person, and the kind of body (or `lawmaker`) a person in that role speaks for. */
export const PERSON_ROLES = table<ReporterKind | 'lawmaker'>(sources, 'person-roles');
/** Bodies named by role ("defence ministry"), and their registry kind. */
export const BODY_ROLES = table<ReporterKind>(sources, 'body-roles');
/** Every role word, a person's or a body's. */
export const ROLES: Record<string, ReporterKind | 'lawmaker'> = lookup({ ...BODY_ROLES, ...PERSON_ROLES });
/** A description's head ("the agency") and what its antecedent must be. */
export interface Description {
  /** A person, a body, either, or a statement (which stands for whoever made it). */
  is: 'person' | 'body' | 'either' | 'statement';
  kinds?: ReporterKind[];
  plural?: boolean;
  /** An object pronoun ("him"): it points to whoever was named last, not to the last subject. */
  object?: boolean;
}
export const DESCRIPTIONS = table<Description>(sources, 'descriptions');
export const ANONYMOUS_HEADS = set(sources, 'anonymous-heads');
/** People who speak only for themselves ("one of the prisoners said"). */
export const WITNESS_HEADS = set(sources, 'witness-heads');
/** Publications an outlet may pass figures on from without naming them ("an unnamed Telegram channel"). */
export const THIRD_PARTY_HEADS = set(sources, 'third-party-heads');
export const ANONYMOUS_MODIFIERS = set(sources, 'anonymous-modifiers');
export const TITLES = set(sources, 'titles');
export const NOT_NAMES = set(sources, 'not-names');
/** Nouns of a place, after which a state's possessive names where, not who. */
export const PLACES = set(sources, 'places');
/** Role words that may follow a body's name and make the mention a person ("NIS director"). */
export const PERSON_WORDS = set(sources, 'person-words');
/** Words that may follow a body's name and still name it, or one of its people. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_WORDS,
  ...list(sources, 'organisation-words'),
]);
/** Pronouns that may stand for a source, and what they may stand for. */
export const PRONOUNS = table<Description>(sources, 'pronouns');
/** Transcript labels of those who ask ("Q", "host"). */
export const QUESTIONERS = set(sources, 'questioners');
export const HOSTS = set(sources, 'hosts');
/** First words of a topic's lead-in ("On North Korea:"), which is no speaker's label. */
export const LABEL_OPENERS = set(sources, 'label-openers');

/** Abbreviations whose full stop ends no sentence. */
export const ABBREVIATIONS = set(text, 'abbreviations');
/** The items of a site's navigation, share and account rows. */
export const NAVIGATION = set(text, 'navigation');

/** Whole-line page furniture: a pattern and the reason a matching line is dropped. */
export const FURNITURE: readonly (readonly [RegExp, string])[] = (() => {
  const file = 'scripts/extract/data/furniture.yaml';
  const entries = parse(readData('furniture.yaml')) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${file}: not a list`);
  return entries.map((e: { pattern?: unknown; flags?: unknown; reason?: unknown }, k) => {
    if (typeof e?.pattern !== 'string' || typeof e.reason !== 'string')
      throw new Error(`${file}: entry ${k + 1} wants a pattern and a reason`);
    try {
      return [new RegExp(e.pattern, typeof e.flags === 'string' ? e.flags : ''), e.reason] as const;
    } catch (error) {
      throw new Error(`${file}: entry ${k + 1}: ${(error as Error).message}`);
    }
  });
})();

const period = read('period') as { start: string; to: number };
/** The first day a source can be from (data/period.yaml). */
export const PERIOD_START: string = period.start;
/** The years the site's sources come from (data/period.yaml), for datelines without a year. */
const firstYear = Number(period.start.slice(0, 4));
export const PERIOD_YEARS: readonly number[] = Array.from(
  { length: period.to - firstYear + 1 },
  (_, k) => firstYear + k,
);

/** Quotation marks, straight and typographic. */
// prettier-ignore
export const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

/** Phrases (space-separated words, a word ending in `*` matching any ending) indexed by first word. */
export class PhraseList {
  private readonly exact = new Map<string, { words: readonly string[]; tag: string }[]>();
  private readonly stems: { words: readonly string[]; tag: string }[] = [];
  constructor(entries: readonly (readonly [phrase: string, tag: string])[]) {
    for (const [phrase, tag] of entries) {
      const words = phrase.toLowerCase().replace(/’/g, "'").split(/\s+/);
      if (words[0]!.endsWith('*')) this.stems.push({ words, tag });
      else this.exact.set(words[0]!, [...(this.exact.get(words[0]!) ?? []), { words, tag }]);
    }
  }
  /** The phrases that may start at a token of this (normalised) text. */
  startingWith(norm: string): readonly { words: readonly string[]; tag: string }[] {
    const exact = this.exact.get(norm) ?? [];
    const stems = this.stems.filter((s) => norm.startsWith(s.words[0]!.slice(0, -1)));
    return stems.length ? [...exact, ...stems] : exact;
  }
}

const statements = read('statements');
for (const [key, allowed] of [
  ['stance', STANCES],
  ['about', ABOUTS],
] as const)
  for (const tag of Object.keys((statements[key] ?? {}) as object))
    if (!(allowed as readonly string[]).includes(tag))
      throw new Error(`scripts/extract/data/statements.yaml: "${key}.${tag}" is not one of ${allowed.join(', ')}`);
/** A list of phrases, or a table of lists by tag, as one PhraseList (untagged phrases tagged by key). */
const phrases = (key: string): PhraseList => {
  const value = statements[key];
  if (Array.isArray(value)) return new PhraseList(value.map((v) => [String(v), key]));
  if (value && typeof value === 'object')
    return new PhraseList(
      Object.entries(value as Record<string, unknown>).flatMap(([tag, words]) => {
        if (!Array.isArray(words))
          throw new Error(`scripts/extract/data/statements.yaml: "${key}.${tag}" is not a list`);
        return words.map((w) => [String(w), tag] as const);
      }),
    );
  throw new Error(`scripts/extract/data/statements.yaml: "${key}" is not a list or a table`);
};
/** The words of statements without a figure (data/statements.yaml). */
export const STATEMENT_WORDS = {
  stance: phrases('stance'),
  neither: phrases('neither'),
  /** Adverbs a phrase may have inside it ("could not yet confirm"). */
  inserts: set(statements, 'inserts'),
  asserts: phrases('asserts'),
  forecast: phrases('forecast'),
  praise: phrases('praise'),
  concessive: phrases('concessive'),
  weapons: phrases('weapons'),
  pronouns: phrases('pronouns'),
  about: phrases('about'),
  /** The `about` values, strongest first, in the data file's order. */
  aboutOrder: Object.keys(statements.about as Record<string, unknown>) as About[],
  purpose: phrases('purpose'),
  northKorean: phrases('north-korean'),
  troops: phrases('troops'),
  pointingBack: phrases('pointing-back'),
  pointingBackObjects: phrases('pointing-back-objects'),
  openWhere: phrases('open-where'),
};
