import type { ReporterKind } from '../../../src/schemas/vocabulary.ts';
import {
  ANONYMOUS_HEADS,
  ANONYMOUS_MODIFIERS,
  BODY_ROLES,
  THIRD_PARTY_HEADS,
  WITNESS_HEADS,
  DESCRIPTIONS,
  NATIONALITIES,
  NORTH_KOREAN,
  NOT_NAMES,
  PLACES,
  PERSON_ROLES,
  REPORTING_NOUNS,
  REPORTING_VERBS,
  statementNounAfter,
  SUBJECT_GAP,
  ROLES,
  TITLES,
  ORGANISATION_WORDS,
  PERSON_WORDS,
  PRONOUNS,
  type Description,
} from '../text/lexicon.ts';
import type { Token } from '../text/tokens.ts';
import type { AliasMatch, Registry } from './registry.ts';

/**
 * Who a sentence names: every phrase that could be the source of a figure — a registry name, a
 * person with the words that say whom they speak for, unnamed officials, a pronoun, a description
 * ("the agency", "the Ukrainian leader"), or several of them together ("U.S. and South Korean
 * officials"). Pronouns and descriptions are resolved later, against the document (entities.ts).
 */

export type MentionType = 'registry' | 'person' | 'anonymous' | 'pronoun' | 'description' | 'group';

export interface Mention {
  type: MentionType;
  /** Offsets in the sentence, and the token range [from, to). */
  start: number;
  end: number;
  from: number;
  to: number;
  text: string;
  /** The registry entry the words name or imply; null when none (or not yet resolved). */
  reporterId: string | null;
  /** A named person. */
  person: string | null;
  country: string | null;
  /** The kind of body: from the registry, or from a role ("ambassador" → diplomat, "lawmaker"). */
  kind: ReporterKind | 'lawmaker' | null;
  isPerson: boolean;
  plural: boolean;
  /** The reporter was inferred from a description (role and nationality), not named. */
  inferred: boolean;
  /** For a group: each party's registry id. */
  parties: string[];
  /** For a pronoun or a description: what its antecedent must be. */
  wants: (Description & { country: string | null }) | null;
  /** The name stands in the possessive ("Kyiv's claim"). */
  possessive: boolean;
  /** An unnamed publication ("a Telegram channel"): what it says has no reporter. */
  thirdParty?: boolean;
  /** "its General Staff", "his own military intelligence": a body of the antecedent's country. */
  role?: { kind: ReporterKind; key: string };
}

const blank = (type: MentionType, tokens: readonly Token[], from: number, to: number, sentence: string): Mention => {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return {
    type,
    start,
    end,
    from,
    to,
    text: sentence.slice(start, end),
    reporterId: null,
    person: null,
    country: null,
    kind: null,
    isPerson: false,
    plural: false,
    inferred: false,
    parties: [],
    wants: null,
    possessive: false,
  };
};

/**
 * The longest of `keys` spelled by the tokens from `i` (its last word may stand in the
 * possessive: "the agency's count"), and its length in tokens.
 */
function longestAt(
  tokens: readonly Token[],
  i: number,
  keys: readonly string[],
): { key: string; n: number; possessive: boolean } | null {
  const first = tokens[i]?.norm;
  if (first === undefined) return null;
  const index = indexOf(keys);
  let best: { key: string; n: number; possessive: boolean } | null = null;
  const consider = (candidates: readonly { key: string; words: string[] }[] | undefined) => {
    for (const { key, words } of candidates ?? []) {
      const n = words.length;
      if (best && n <= best.n) continue;
      if (!words.every((w, k) => tokens[i + k]?.norm === w || (k === n - 1 && tokens[i + k]?.norm === `${w}'s`)))
        continue;
      best = { key, n, possessive: tokens[i + n - 1]!.norm !== words[n - 1] };
    }
  };
  consider(index.get(first));
  if (first.endsWith("'s")) consider(index.get(first.slice(0, -2)));
  return best;
}

/** Key lists indexed by their first word, once per list: a token looks up only the keys it can start. */
const indexes = new WeakMap<readonly string[], Map<string, { key: string; words: string[] }[]>>();
function indexOf(keys: readonly string[]): Map<string, { key: string; words: string[] }[]> {
  let index = indexes.get(keys);
  if (!index) {
    index = new Map();
    for (const key of keys) {
      const words = key.split(' ');
      index.set(words[0]!, [...(index.get(words[0]!) ?? []), { key, words }]);
    }
    indexes.set(keys, index);
  }
  return index;
}

const NATIONALITY_KEYS = Object.keys(NATIONALITIES);
const TWO_WORD_NATIONALITY = new RegExp(
  `\\b(?:${NATIONALITY_KEYS.filter((k) => k.includes(' '))
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\b`,
  'g',
);
const ROLE_KEYS = Object.keys(ROLES);
const BODY_ROLE_KEYS = Object.keys(BODY_ROLES);
/** Person roles that name whom the person speaks for (not an unnamed official, a lawmaker or an analyst). */
const SPEAKING_ROLE_KEYS = Object.keys(PERSON_ROLES).filter(
  (k) => !['anonymous-official', 'lawmaker', 'research-group'].includes(PERSON_ROLES[k]!),
);
const DESCRIPTION_KEYS = Object.keys(DESCRIPTIONS);

/** The country a nationality word (or two) at token `i` gives. */
export function nationalityAt(tokens: readonly Token[], i: number): { country: string; n: number } | null {
  const hit = longestAt(tokens, i, NATIONALITY_KEYS);
  return hit ? { country: NATIONALITIES[hit.key]!, n: hit.n } : null;
}

/** Token index covering offset `at` (the first token starting at or after it). */
const tokenAt = (tokens: readonly Token[], at: number) => {
  const k = tokens.findIndex((t) => t.end > at);
  return k < 0 ? tokens.length : k;
};

const isCapitalised = (t: Token) => t.type === 'word' && /^\p{Lu}/u.test(t.text);
const bare = (t: Token) => t.norm.replace(/'s$/, '');
const nameWord = (t: Token) =>
  isCapitalised(t) && !NOT_NAMES.has(bare(t)) && !TITLES.has(t.norm) && !(bare(t) in NATIONALITIES);

/**
 * The body a role phrase names or implies: "a spokesperson for South Korea's defence ministry" →
 * the registry's match; "Ukraine's ambassador to the UN" → the entry of kind `diplomat` for UA
 * (inferred; "to the UN" is where the ambassador serves, not whom they speak for); "a lawmaker" →
 * kind `lawmaker`, no reporter.
 */
export function resolveRole(
  tokens: readonly Token[],
  from: number,
  to: number,
  matches: readonly Mention[],
  registry: Registry,
): Pick<Mention, 'reporterId' | 'country' | 'kind' | 'inferred'> | null {
  const employer = matches.find((m) => {
    if (m.type !== 'registry' || m.isPerson || m.from < from || m.to > to) return false;
    const before = tokens[m.from - 1]?.norm === 'the' ? tokens[m.from - 2] : tokens[m.from - 1];
    return !['to', 'by', 'from', 'with', 'told', 'briefed'].includes(before?.norm ?? '');
  });
  let country: string | null = null;
  let kind: ReporterKind | 'lawmaker' | null = null;
  let roleWords: string | undefined;
  for (let k = from; k < to; k++) {
    const nat = nationalityAt(tokens, k);
    if (nat && !['to', 'in', 'of', 'at'].includes(tokens[k - 1]?.norm ?? '')) country ??= nat.country;
    const role = longestAt(tokens, k, ROLE_KEYS);
    if (role && (!kind || role.n > 1)) [kind, roleWords] = [ROLES[role.key]!, role.key];
    if (role) k += role.n - 1;
  }
  const employerEntry = employer ? registry.reporters.get(employer.reporterId!) : undefined;
  if (employerEntry && (employerEntry.kind !== 'government' || !kind || kind === 'lawmaker')) {
    return { reporterId: employerEntry.id, country: employerEntry.country, kind: employerEntry.kind, inferred: false };
  }
  country ??= employerEntry?.country ?? null;
  if (kind === 'lawmaker') return { reporterId: null, country, kind, inferred: false };
  if (!kind)
    return country && employerEntry
      ? { reporterId: employerEntry.id, country, kind: employerEntry.kind, inferred: false }
      : null;
  const entry = country ? registry.find(kind, country, roleWords) : undefined;
  return { reporterId: entry?.id ?? null, country, kind, inferred: Boolean(entry) };
}

/**
 * Every source-like phrase of a sentence, in text order, none overlapping.
 *
 * @example findMentions('U.S. and South Korean officials said', tokens, registry, registry.match(s))
 * // [{ type: 'group', parties: ['us-officials', 'kr-officials'], … }]
 */
/** A place noun after a possessive, past up to three capitalised words: "Kursk region", "Far East". */
function placeAfter(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 3 && /^\p{Lu}/u.test(tokens[j]?.text ?? '') && !PLACES.has(tokens[j]!.norm)) j++;
  return PLACES.has(tokens[j]?.norm ?? '');
}

export function findMentions(
  sentence: string,
  tokens: readonly Token[],
  registry: Registry,
  aliases: readonly AliasMatch[],
  known: ReadonlyMap<string, string> = new Map(),
): Mention[] {
  const taken = new Uint8Array(tokens.length);
  const out: Mention[] = [];
  const take = (m: Mention) => {
    for (let k = m.from; k < m.to; k++) taken[k] = 1;
    out.push(m);
  };
  for (const a of aliases) {
    const from = tokenAt(tokens, a.start);
    let to = tokenAt(tokens, a.end - 1) + 1;
    if (from >= to) continue;
    const r = registry.reporters.get(a.reporterId)!;
    // "in Russia's Kursk region", "Russia's Far East": a place, not the state speaking.
    if (a.possessive && placeAfter(tokens, to)) {
      taken.fill(1, from, to);
      continue;
    }
    const m = blank('registry', tokens, from, to, sentence);
    Object.assign(m, {
      end: a.end,
      text: sentence.slice(a.start, a.end),
      reporterId: r.id,
      person: a.person,
      country: r.country,
      kind: r.kind,
      // "a Ukrainian military intelligence official", "NATO chief": an alias may name a person by role.
      isPerson:
        a.person !== null ||
        /\b(?:official|spokesperson|spokesman|spokeswoman|chief|minister|secretary|ambassador|envoy|president)$/i.test(
          a.alias,
        ),
      plural: /s$/.test(a.alias) && r.kind === 'anonymous-official',
      possessive: a.possessive,
    });
    // "Seoul's defence ministry", "Seoul spy agency", "Ukraine's ambassador": a state's body or envoy named by role.
    if (r.kind === 'government') to = composeRole(m, tokens, to, sentence, registry, r.country);
    // "Ukraine's GUR military intelligence agency", "a Pentagon spokesperson": the body's own words after its name.
    const name = to;
    while (
      to < tokens.length &&
      to - name < 4 &&
      !taken[to] &&
      ORGANISATION_WORDS.has(tokens[to]!.norm) &&
      !ANONYMOUS_HEADS.has(tokens[to]!.norm)
    )
      to++;
    if (to > name) {
      const last = tokens[to - 1]!;
      // ("Budanov's agency": a person's body, no longer the person.)
      const body = a.person !== null && a.possessive && !PERSON_WORDS.has(last.norm);
      Object.assign(m, {
        to,
        end: last.end,
        text: sentence.slice(a.start, last.end),
        isPerson: body ? false : m.isPerson || PERSON_WORDS.has(last.norm),
        ...(body ? { person: null, possessive: /'s$/.test(last.norm) } : {}),
      });
    }
    // "a senior U.S. military official": an official of a nation's military is an unnamed official.
    const head = tokens[to];
    if (head && ANONYMOUS_HEADS.has(head.norm)) {
      // (Nationalities of two words, "South Korean military", are stripped whole first.)
      const generic = a.alias
        .toLowerCase()
        .replace(/['’]s\b/g, '')
        .replace(TWO_WORD_NATIONALITY, '')
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => w in NATIONALITIES || w in ROLES || ANONYMOUS_MODIFIERS.has(w));
      const anon = generic ? registry.find('anonymous-official', r.country) : undefined;
      to += 1;
      Object.assign(m, { to, end: head.end, text: sentence.slice(a.start, head.end), plural: /s$/.test(head.norm) });
      if (anon) Object.assign(m, { type: 'anonymous', reporterId: anon.id, kind: anon.kind, isPerson: !m.plural });
      else Object.assign(m, { isPerson: !m.plural });
    }
    take(m);
  }
  findRoleNames(sentence, tokens, registry, taken, take);
  findPeoples(sentence, tokens, registry, taken, take);
  findAnonymous(sentence, tokens, registry, taken, take);
  findWitnesses(sentence, tokens, taken, take);
  findPeople(sentence, tokens, registry, taken, take, out, known);
  findReferring(sentence, tokens, taken, take);
  out.sort((a, b) => a.from - b.from);
  // "the spy agency in Seoul" holds the "Seoul" the registry found.
  const kept = out.filter(
    (m) => !out.some((d) => d !== m && d.type === 'description' && d.from <= m.from && d.to >= m.to),
  );
  const merged = mergeAffiliations(sentence, tokens, mergePostings(sentence, tokens, mergeTitles(sentence, kept)));
  return groupParties(sentence, tokens, registry, merged);
}

/**
 * Extend a mention of a state by the role that follows it ("Seoul's | defence ministry", "Ukraine's
 * | ambassador"): the registry's body of that kind and country, inferred. Returns the new end token.
 */
function composeRole(
  m: Mention,
  tokens: readonly Token[],
  to: number,
  sentence: string,
  registry: Registry,
  country: string,
): number {
  const body = longestAt(tokens, to, BODY_ROLE_KEYS);
  // "Ukraine's ambassador", "his South Korean counterpart", "the U.S. deputy ambassador": a state's
  // person, by possessive or adjective ("the Ukrainian leader" is a description of someone named
  // before: not here); a rank may stand before the role.
  const adjective =
    (/(?:an|ese|ish|ern|ic)$/.test(tokens[to - 1]?.norm ?? '') ||
      /^(?:u\.s|uk|u\.k|eu)\.?$/.test(tokens[to - 1]?.norm ?? '')) &&
    !/^(the|this|that)$/.test(tokens[m.from - 1]?.norm ?? '');
  const rank = /^(?:deputy|acting|senior|former|vice|special|chief)$/.test(tokens[to]?.norm ?? '') ? 1 : 0;
  const ranked = m.possessive || adjective ? longestAt(tokens, to + rank, SPEAKING_ROLE_KEYS) : null;
  const person = ranked && rank ? { ...ranked, n: ranked.n + rank } : ranked;
  const role = body && (!person || body.n >= person.n) ? body : person;
  if (!role) return to;
  const kind = ROLES[role.key]!;
  // ("Ukraine's government" is the state the name already gives; "his South Korean counterpart" is a person of it.)
  if (kind === 'lawmaker' || (kind === 'government' && role !== person)) return to;
  // "Ukraine's ambassador Sergiy Kyslytsya": the role is the person's title.
  const after = tokens[to + role.n];
  if (role === person && after && /^\p{Lu}/u.test(after.text) && after.type === 'word') return to;
  const entry = registry.find(kind, country, role.key);
  const end = to + role.n;
  Object.assign(m, {
    to: end,
    end: role.possessive ? tokens[end - 1]!.end - 2 : tokens[end - 1]!.end,
    possessive: role.possessive,
    isPerson: role === person,
  });
  m.text = sentence.slice(m.start, m.end);
  if (entry) Object.assign(m, { reporterId: entry.id, kind: entry.kind, inferred: true });
  return end;
}

/** "Britain's Ministry of Defence", "Japan's defence ministry", "Ukraine's envoy": a country and a role. */
function findRoleNames(
  sentence: string,
  tokens: readonly Token[],
  registry: Registry,
  taken: Uint8Array,
  take: (m: Mention) => void,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const nat = taken[i] ? null : nationalityAt(tokens, i);
    if (!nat || [...Array(nat.n).keys()].some((d) => taken[i + d])) continue;
    const m = blank('registry', tokens, i, i + nat.n, sentence);
    m.possessive = /'s$/.test(tokens[i + nat.n - 1]!.norm);
    let to = composeRole(m, tokens, i + nat.n, sentence, registry, nat.country);
    // "a senior American military official": an unnamed official, found below.
    if (ANONYMOUS_HEADS.has(tokens[to]?.norm ?? '')) continue;
    // "…, U.S. says": a country (not an adjective: "the American estimate") as a reporting verb's subject is its government.
    const noun = !/(?:an|ese|ish|ern|ic)$/.test(tokens[i + nat.n - 1]!.norm);
    // "Western claims of 11,000", "South Korean estimates": a nationality owning a statement noun.
    // (Not "the American figure", which only refers to a statement told of elsewhere.)
    // (Nor "North Korean toll": the nationality of those counted, whose losses the noun tells.)
    const owned =
      to === i + nat.n &&
      REPORTING_NOUNS.has(tokens[to]?.norm ?? '') &&
      tokens[i - 1]?.norm !== 'the' &&
      !(NORTH_KOREAN.has(tokens[i + nat.n - 1]!.norm) && !noun);
    const state =
      to === i + nat.n && ((noun && REPORTING_VERBS.has(tokens[to]?.norm ?? '')) || owned)
        ? (registry.find('government', nat.country) ?? registry.find('anonymous-official', nat.country))
        : undefined;
    if (state) Object.assign(m, { reporterId: state.id, kind: state.kind, to: (to = i + nat.n) });
    if ((to === i + nat.n && !state) || [...Array(to - i).keys()].some((d) => taken[i + d])) continue;
    m.country = nat.country;
    // "a senior Ukrainian commander", "one South Korean diplomat": someone unnamed in that role is
    // one of the country's unnamed officials, not the body the role would name.
    let det = i - 1;
    while (det >= 0 && ANONYMOUS_MODIFIERS.has(tokens[det]!.norm)) det--;
    const anon = m.isPerson && /^(a|an|one|another)$/.test(tokens[det]?.norm ?? '');
    const entry = anon ? registry.find('anonymous-official', nat.country) : undefined;
    if (entry) Object.assign(m, { type: 'anonymous', reporterId: entry.id, kind: entry.kind, inferred: false });
    take(m);
    i = to - 1;
  }
}

/**
 * "the Ukrainians are saying", "the Russians deny": a people, as the subject of a reporting verb,
 * is its state's government. (Never North Koreans: "the North Koreans" are the soldiers.)
 */
function findPeoples(
  sentence: string,
  tokens: readonly Token[],
  registry: Registry,
  taken: Uint8Array,
  take: (m: Mention) => void,
): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || !/ans$/.test(t.norm)) continue;
    const two = i > 1 ? `${tokens[i - 1]!.norm} ${t.norm.slice(0, -1)}` : '';
    const from = two in NATIONALITIES ? i - 1 : i;
    const country = NATIONALITIES[from < i ? two : t.norm.slice(0, -1)];
    if (!country || country === 'KP' || tokens[from - 1]?.norm !== 'the' || taken[from]) continue;
    let v = i + 1;
    while (v < tokens.length && SUBJECT_GAP.has(tokens[v]!.norm)) v++;
    const state = REPORTING_VERBS.has(tokens[v]?.norm ?? '') ? registry.find('government', country) : undefined;
    if (!state) continue;
    const m = blank('registry', tokens, from - 1, i + 1, sentence);
    Object.assign(m, { reporterId: state.id, kind: state.kind, country, plural: true });
    take(m);
  }
}

/** "a senior U.S. official", "two Ukrainian officials", "sources familiar with the matter". */
function findAnonymous(
  sentence: string,
  tokens: readonly Token[],
  registry: Registry,
  taken: Uint8Array,
  take: (m: Mention) => void,
): void {
  tokens.forEach((t, i) => {
    const familiar = t.norm === 'people' && tokens[i + 1]?.norm === 'familiar';
    // "its analysts wrote": a body's own analysts speak for it (the pronoun resolves below).
    const staff = /^(its|their)$/.test(tokens[i - 1]?.norm ?? '') && ROLES[t.norm] === 'research-group';
    if (taken[i] || (!ANONYMOUS_HEADS.has(t.norm) && !familiar && !staff)) return;
    // "opposition lawmaker Park Sun-won", "Ambassador Robert Wood": a title before a name.
    const next = tokens[i + 1];
    if (next && /^\p{Lu}/u.test(next.text) && next.type === 'word' && !(bare(next) in NATIONALITIES)) return;
    let from = i;
    let country: string | null = null;
    for (let k = i - 1; k >= 0 && !taken[k];) {
      const two = k > 0 && !taken[k - 1] ? nationalityAt(tokens, k - 1) : null;
      const one = nationalityAt(tokens, k);
      if (two?.n === 2) {
        country ??= two.country;
        from = k - 1;
        k -= 2;
      } else if (one?.n === 1) {
        country ??= one.country;
        from = k--;
      } else if (ANONYMOUS_MODIFIERS.has(tokens[k]!.norm) || /^(a|an|one|some|many|other)$/.test(tokens[k]!.norm)) {
        from = k--;
      } else break;
    }
    // "the officials", "the official": a description of someone named before.
    if (tokens[from - 1]?.norm === 'the' && country === null) return;
    // "its own sources put the contingent at …": the outlet's own sourcing, a pronoun for the outlet.
    const owner = tokens[from - 1]?.norm === 'own' ? tokens[from - 2] : tokens[from - 1];
    if (owner && /^(its|their)$/.test(owner.norm) && country === null) {
      const at = tokens.indexOf(owner);
      const m = blank('pronoun', tokens, at, i + 1, sentence);
      m.wants = { is: 'body', country: null };
      take(m);
      return;
    }
    // "officials in Seoul", "a source in the Ukrainian military", "sources within the U.S. government",
    // "an official at South Korea's defence ministry"
    if (!country && /^(in|within|inside|at|from)$/.test(tokens[i + 1]?.norm ?? ''))
      country = nationalityAt(tokens, i + (tokens[i + 2]?.norm === 'the' ? 3 : 2))?.country ?? null;
    // "people familiar with U.S. intelligence assessments": whose matter they know says whose they are.
    const about = tokens[i + 1]?.norm === 'familiar' ? i + 1 : -1;
    if (!country && about >= 0 && tokens[about + 1]?.norm === 'with')
      for (let k = about + 2; k < Math.min(tokens.length, about + 5) && !country; k++)
        country = nationalityAt(tokens, k)?.country ?? null;
    const m = blank('anonymous', tokens, from, i + 1, sentence);
    const lawmaker = ROLES[t.norm] === 'lawmaker';
    const entry = country && !lawmaker ? registry.find('anonymous-official', country) : undefined;
    Object.assign(m, {
      reporterId: entry?.id ?? null,
      country,
      kind: lawmaker ? 'lawmaker' : 'anonymous-official',
      plural: familiar || /s$/.test(t.norm),
      isPerson: !/s$/.test(t.norm) && !familiar,
    });
    take(m);
  });
}

/**
 * Sources that speak for no one in the registry: "one of them", "one of the prisoners", "a captured
 * soldier"; and unnamed publications, "an unnamed Telegram channel".
 */
function findWitnesses(
  sentence: string,
  tokens: readonly Token[],
  taken: Uint8Array,
  take: (m: Mention) => void,
): void {
  tokens.forEach((t, i) => {
    if (taken[i]) return;
    const witness = WITNESS_HEADS.has(t.norm);
    const third = THIRD_PARTY_HEADS.has(t.norm);
    // "one of them", "one of the prisoners" (but "one of the officials" is one of the officials named before).
    const after = tokens[i + 2]?.norm === 'the' ? tokens[i + 3]?.norm : tokens[i + 2]?.norm;
    const one =
      t.norm === 'one' &&
      tokens[i + 1]?.norm === 'of' &&
      (after === 'them' || after === 'those' || WITNESS_HEADS.has(after ?? ''));
    if (!witness && !third && !one) return;
    // "the Evening Post", "the Kyiv Post": a head word inside a proper name is no unnamed publication.
    if (third && isCapitalised(t) && i > 0 && isCapitalised(tokens[i - 1]!)) return;
    let from = i;
    while (
      from > 0 &&
      !taken[from - 1] &&
      from > i - 4 &&
      /^(a|an|the|one|of|unnamed|anonymous|captured|wounded|north|korean|russian|telegram|pro-russian|ukrainian|military|another|other)$/.test(
        tokens[from - 1]!.norm,
      )
    )
      from--;
    let to = i + 1;
    if (one) to = tokens[i + 2]!.norm === 'the' ? Math.min(tokens.length, i + 4) : i + 3;
    if ([...Array(to - from).keys()].some((d) => taken[from + d])) return;
    const m = blank('anonymous', tokens, from, to, sentence);
    Object.assign(m, { isPerson: !third && !/s$/.test(t.norm), plural: /s$/.test(t.norm), thirdParty: third });
    take(m);
  });
}

/**
 * People the registry does not list: two to four capitalised words ("Lee Seong-kweun", "Robert
 * Wood"), with the role words before them or in an appositive after them.
 */
function findPeople(
  sentence: string,
  tokens: readonly Token[],
  registry: Registry,
  taken: Uint8Array,
  take: (m: Mention) => void,
  found: readonly Mention[],
  known: ReadonlyMap<string, string>,
): void {
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !nameWord(tokens[i]!)) continue;
    let j = i;
    while (
      j < tokens.length &&
      j - i < 4 &&
      !taken[j] &&
      nameWord(tokens[j]!) &&
      (j === i || !/'s$/.test(tokens[j - 1]!.norm))
    )
      j++;
    // A surname alone ("Lee said") names the person the text named in full before.
    const surname = j - i === 1 ? known.get(tokens[i]!.text.replace(/['’]s$/, '')) : undefined;
    if (surname) {
      const m = blank('person', tokens, i, j, sentence);
      const possessive = /'s$/.test(tokens[i]!.norm);
      Object.assign(m, {
        person: tokens[i]!.text.replace(/['’]s$/, ''),
        isPerson: true,
        possessive,
        end: possessive ? m.end - 2 : m.end,
      });
      m.text = sentence.slice(m.start, m.end);
      take(m);
      continue;
    }
    if (j - i < 2 || !personCue(tokens, i, j, taken)) {
      i = j - 1;
      continue;
    }
    const m = blank('person', tokens, i, j, sentence);
    const last = tokens[j - 1]!;
    const possessive = /'s$/.test(last.norm);
    Object.assign(m, {
      person: tokens
        .slice(i, j)
        .map((t) => t.text)
        .join(' ')
        .replace(/['’]s$/, ''),
      isPerson: true,
      possessive,
      end: possessive ? last.end - 2 : last.end,
    });
    m.text = sentence.slice(m.start, m.end);
    // The role: the words before the name (back to a break), and an appositive after it.
    let a = i;
    // (A title's period is no break: "Rep. Kim Byung-kee".)
    const titleDot = (k: number) => tokens[k]!.text === '.' && TITLES.has(tokens[k - 1]?.norm ?? '');
    while (
      a > 0 &&
      i - a < 8 &&
      (!/^[.;:(]$/.test(tokens[a - 1]!.text) || titleDot(a - 1)) &&
      tokens[a - 1]!.norm !== 'said'
    ) {
      if (tokens[a - 1]!.text === ',' && a !== i) break;
      a--;
    }
    // An appositive is a noun phrase: ", a spokesperson for …", ", Ukraine's envoy," — not ", told the …".
    let b = j;
    // (", now an adviser at CSIS,": a word of time before the appositive's noun phrase.)
    const timeWord = /^(now|then|formerly|currently|previously|later)$/.test(tokens[j + 1]?.norm ?? '') ? 1 : 0;
    const opener = tokens[j + 1 + timeWord];
    if (
      (tokens[j]?.text === ',' || tokens[j]?.text === '(') &&
      opener &&
      (/^(a|an|the|who|whose|its|his|her)$|'s$/.test(opener.norm) ||
        nationalityAt(tokens, j + 1) ||
        opener.norm in ROLES)
    ) {
      b = j + 1 + timeWord;
      while (
        b < tokens.length &&
        b - j < 16 &&
        !/^[,;)]$/.test(tokens[b]!.text) &&
        !REPORTING_VERBS.has(tokens[b]!.norm)
      )
        b++;
    }
    const role = resolveRole(tokens, a, b, found, registry);
    if (role) Object.assign(m, role);
    take(m);
    i = j - 1;
  }
}

/**
 * Whether capitalised words [i, j) read as a person's name here: a title or role before them
 * ("lawmaker Lee Seong-kweun"), a role after them (", a spokesperson for …"), a reporting verb beside
 * them ("Robert Wood said", "said Jenny Town"), or a possessive. Without one, "Ramstein Air Base"
 * or "People Power Party" is no speaker.
 */
function personCue(tokens: readonly Token[], i: number, j: number, taken: Uint8Array): boolean {
  const before = tokens.slice(Math.max(0, i - 3), i);
  if (before.some((t) => TITLES.has(t.norm) || t.norm in ROLES)) return true;
  const prev = tokens[i - 1];
  if (prev && (REPORTING_VERBS.has(prev.norm) || prev.norm === 'to' || prev.norm === 'by')) return true;
  if (prev?.text === ',' && tokens.slice(Math.max(0, i - 8), i - 1).some((t) => t.norm in ROLES)) return true;
  const next = tokens[j];
  if (/'s$/.test(tokens[j - 1]!.norm)) return true;
  if (next?.text === ',' && /^(a|an|the|who|whose)$|'s$/.test(tokens[j + 1]?.norm ?? '')) return true;
  if (next?.text === ',' && nationalityAt(tokens, j + 1)) return true;
  // "Jenny Town of the Stimson Center judged": the name, its body, then its verb.
  if (/^(of|at|from)$/.test(next?.norm ?? '') && tokens.slice(j + 1, j + 9).some((t) => REPORTING_VERBS.has(t.norm)))
    return true;
  // "Seth Jones of the Center for Strategic and International Studies went further": of a body named.
  if (/^(of|at)$/.test(next?.norm ?? '') && taken[j + (tokens[j + 1]?.norm === 'the' ? 2 : 1)]) return true;
  return tokens.slice(j, j + 3).some((t) => REPORTING_VERBS.has(t.norm));
}

/** Pronouns and definite descriptions, which stand for a source named before. */
function findReferring(
  sentence: string,
  tokens: readonly Token[],
  taken: Uint8Array,
  take: (m: Mention) => void,
): void {
  tokens.forEach((t, i) => {
    if (taken[i]) return;
    // "its General Staff", "his own military intelligence agency": the body of that role in the
    // country of whom the pronoun stands for.
    const at = tokens[i + 1]?.norm === 'own' ? i + 2 : i + 1;
    const body = /^(its|his|her|their)$/.test(t.norm) ? longestAt(tokens, at, BODY_ROLE_KEYS) : null;
    const kind = body ? BODY_ROLES[body.key] : undefined;
    if (body && kind && kind !== 'government' && !taken.slice(at, at + body.n).some(Boolean)) {
      const m = blank('pronoun', tokens, i, at + body.n, sentence);
      m.wants = { is: t.norm === 'its' ? 'body' : t.norm === 'their' ? 'either' : 'person', country: null };
      m.role = { kind, key: body.key };
      m.possessive = body.possessive;
      return take(m);
    }
    // "its estimate", "their own count": the owner of a statement, standing for a body named before.
    // ("Our assessment is that …", "my count": the speaker's own, in a transcript turn or a quotation.)
    if (/^(its|their|our|my)$/.test(t.norm) && statementNounAfter(tokens, i + 1) >= 0) {
      const m = blank('pronoun', tokens, i, i + 1, sentence);
      m.wants = { is: t.norm === 'its' ? 'body' : 'either', plural: /^(their|our)$/.test(t.norm), country: null };
      m.possessive = true;
      return take(m);
    }
    const pronoun = PRONOUNS[t.norm];
    if (pronoun) {
      const m = blank('pronoun', tokens, i, i + 1, sentence);
      m.wants = { ...pronoun, country: null };
      m.plural = pronoun.plural === true;
      m.isPerson = pronoun.is === 'person';
      return take(m);
    }
    // "Military intelligence believes …": a body's description may open the sentence bare.
    const opening = i === 0 && isCapitalised(t) ? longestAt(tokens, 0, DESCRIPTION_KEYS) : null;
    if (opening && opening.n >= 2 && DESCRIPTIONS[opening.key]!.is === 'body') {
      const m = blank('description', tokens, 0, opening.n, sentence);
      m.wants = { ...DESCRIPTIONS[opening.key]!, country: null };
      return take(m);
    }
    // "when state media showed …", "Russian state television aired …": a state's own media, bare.
    const media = t.norm === 'state' ? longestAt(tokens, i, DESCRIPTION_KEYS) : null;
    if (media && media.n >= 2 && !taken.slice(i, i + media.n).some(Boolean)) {
      const m = blank('description', tokens, i, i + media.n, sentence);
      const nat = [nationalityAt(tokens, i - 1), nationalityAt(tokens, i - 2)].find((x, d) => x && x.n === d + 1);
      m.wants = { ...DESCRIPTIONS[media.key]!, country: nat?.country ?? null };
      return take(m);
    }
    if (!/^(the|this|that)$/.test(t.norm)) return;
    let k = i + 1;
    let country: string | null = null;
    while (k < tokens.length && k - i <= 3) {
      const nat = nationalityAt(tokens, k);
      if (nat) {
        country = nat.country;
        k += nat.n;
      } else if (
        /^(top|senior|same|former|main|chief|country's|nation's|military|defence|defense|foreign|presidential)$/.test(
          tokens[k]!.norm,
        )
      )
        k++;
      else break;
    }
    // Prefer the longest head: "spy agency" over "agency".
    let head: { key: string; n: number; possessive: boolean } | null = null;
    for (let s = i + 1; s <= k; s++) {
      const h = longestAt(tokens, s, DESCRIPTION_KEYS);
      if (h && s + h.n > (head ? i + 1 + head.n : 0))
        head = { key: h.key, n: s + h.n - (i + 1), possessive: h.possessive };
    }
    if (!head || [...Array(head.n).keys()].some((d) => taken[i + 1 + d])) return;
    // "the defence minister": the role its words make says what kind of person it wants.
    const role = longestAt(tokens, i + 1, ROLE_KEYS);
    const roleKind = role && role.n === head.n ? ROLES[role.key] : undefined;
    const wants =
      roleKind && roleKind !== 'lawmaker' && roleKind !== 'government' && roleKind !== 'anonymous-official'
        ? { ...DESCRIPTIONS[head.key]!, kinds: [roleKind] }
        : DESCRIPTIONS[head.key]!;
    // "the General Assembly": a capitalised head before a name is part of the name.
    const last = tokens[i + head.n]!;
    if (/^\p{Lu}/u.test(last.text) && /^\p{Lu}/u.test(tokens[i + head.n + 1]?.text ?? '')) return;
    // "the defence ministry in Seoul", "the spy agency of Ukraine": the country after the head, in the mention.
    let end = i + 1 + head.n;
    const place = /^(in|of)$/.test(tokens[end]?.norm ?? '') ? nationalityAt(tokens, end + 1) : null;
    if (!country && place) {
      country = place.country;
      end += 1 + place.n;
    }
    const m = blank('description', tokens, i, end, sentence);
    if (/'s$/.test(tokens[i + head.n]!.norm)) {
      m.possessive = true;
      m.end -= 2;
      m.text = sentence.slice(m.start, m.end);
    }
    m.wants = { ...wants, country };
    m.plural = wants.plural === true;
    m.isPerson = wants.is === 'person';
    m.country = country;
    take(m);
  });
}

/**
 * "a spokesperson | for | the State Department", "the head | of | the NIS", "an official | at |
 * the Pentagon": a person of the body named after the role.
 */
function mergeAffiliations(sentence: string, tokens: readonly Token[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    let k = m.from - 1;
    if (tokens[k]?.norm === 'the') k--;
    const role = tokens[k - 1];
    const affiliated =
      m.type === 'registry' &&
      m.reporterId &&
      !m.isPerson &&
      // ("a source in Ukraine's military intelligence", "officials within the defence ministry": inside
      // an agency or a ministry; "a source in the Ukrainian army" is one of the state's unnamed officials.)
      (/^(for|of|at|from)$/.test(tokens[k]?.norm ?? '') ||
        (/^(in|within|inside)$/.test(tokens[k]?.norm ?? '') &&
          /^(?:intelligence-agency|ministry)$/.test(m.kind ?? ''))) &&
      role !== undefined &&
      (PERSON_WORDS.has(role.norm) || ANONYMOUS_HEADS.has(role.norm));
    // "Maj. Gen. Chang Kwang-hyun of the South Korean army", "Kim Jung-sup at Seoul's defence ministry":
    // a named person of a body speaks for it.
    const named = out.at(-1);
    if (
      !affiliated &&
      named?.type === 'person' &&
      named.to === k &&
      m.type === 'registry' &&
      m.reporterId &&
      !m.isPerson &&
      // ("Rep. Yu of South Korea's ruling party": the state's possessive qualifies what follows it.)
      !m.possessive &&
      /^(of|at|from)$/.test(tokens[k]?.norm ?? '')
    ) {
      out.pop();
      const person = blank('registry', tokens, named.from, m.to, sentence);
      Object.assign(person, {
        end: m.end,
        text: sentence.slice(named.start, m.end),
        reporterId: m.reporterId,
        person: named.person ?? named.text,
        country: m.country,
        kind: m.kind,
        isPerson: true,
        inferred: m.inferred,
        possessive: m.possessive,
      });
      out.push(person);
      continue;
    }
    if (!affiliated) {
      out.push(m);
      continue;
    }
    // The role's own words: "a senior", "the", or the mention they already make ("An official", "The head").
    const prev = out.at(-1);
    const own = prev && prev.to === k && prev.from <= k - 1 && prev.type !== 'registry' ? prev : null;
    let from = own ? own.from : k - 1;
    while (!own && from > 0 && /^(a|an|the|one|two|three|several)$|^senior$/.test(tokens[from - 1]!.norm)) from--;
    if (own) out.pop();
    const plural = /s$/.test(role.norm) && !/(?:person|man|woman)$/.test(role.norm);
    const person = blank('registry', tokens, from, m.to, sentence);
    Object.assign(person, {
      end: m.end,
      text: sentence.slice(person.start, m.end),
      reporterId: m.reporterId,
      country: m.country,
      kind: m.kind,
      isPerson: !plural,
      plural,
      possessive: m.possessive,
    });
    out.push(person);
  }
  return out;
}

/**
 * "Ukraine's envoy | to | the United Nations", "South Korea's ambassador at NATO": the body a person
 * is posted to belongs to the person's description, and does not speak.
 */
function mergePostings(sentence: string, tokens: readonly Token[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const between = prev ? tokens.slice(prev.to, m.from).map((t) => t.norm) : [];
    const posting =
      prev?.isPerson &&
      prev.reporterId &&
      m.type === 'registry' &&
      !m.person &&
      /^(to|at) (the )?$/.test(`${between.join(' ')} `);
    if (!posting) {
      out.push(m);
      continue;
    }
    Object.assign(prev, { to: m.to, end: m.end, text: sentence.slice(prev.start, m.end), possessive: m.possessive });
  }
  return out;
}

/** "Ukraine's President | Volodymyr Zelenskyy": a title the registry names, then the person it names: one mention. */
function mergeTitles(sentence: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const title =
      prev &&
      prev.to === m.from &&
      m.type === 'registry' &&
      m.person &&
      prev.type === 'registry' &&
      prev.reporterId === m.reporterId &&
      !prev.person;
    // "Ukraine's HUR", "Russia's Defence Ministry": the state owns the body named after it.
    const owner =
      prev &&
      prev.to === m.from &&
      prev.kind === 'government' &&
      m.type === 'registry' &&
      m.country === prev.country &&
      m.kind !== 'government';
    if (title || owner)
      out[out.length - 1] = { ...m, from: prev!.from, start: prev!.start, text: sentence.slice(prev!.start, m.end) };
    else out.push(m);
  }
  return out;
}

/**
 * "U.S. and South Korean officials", "Kyiv and Washington", "Ukrainian, U.S. and South Korean
 * intelligence": names joined by "and" (or commas) that speak together are one group, whose
 * parties are each a registry entry. A bare nationality before the joined name takes that name's kind.
 */
function groupParties(sentence: string, tokens: readonly Token[], registry: Registry, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!m.reporterId || (m.type !== 'registry' && m.type !== 'anonymous')) {
      out.push(m);
      continue;
    }
    const parties: string[] = [m.reporterId];
    let from = m.from;
    let k = m.from - 1;
    let joined = false;
    let absorbed = 0;
    for (;;) {
      const joiner = tokens[k]?.norm;
      if (joiner !== 'and' && joiner !== ',') break;
      let j = k - 1;
      if (tokens[j]?.norm === 'the') j--;
      const prev = out.at(-1 - absorbed);
      // "Ukraine, U.S. and South Korean officials": a list item before a comma opens its clause or
      // follows another item; "troops have reached Russia, U.S. … officials said" ends a clause.
      const before = prev ? tokens[prev.from - 1] : undefined;
      const listItem = joiner === 'and' || !before || /^(,|and|the|[("“'‘])$/.test(before.norm);
      if (
        prev &&
        listItem &&
        prev.to === j + 1 &&
        prev.reporterId &&
        (prev.type === 'registry' || prev.type === 'anonymous') &&
        !prev.isPerson
      ) {
        parties.unshift(...(prev.parties.length ? prev.parties : [prev.reporterId]));
        from = prev.from;
        absorbed++;
      } else {
        const nat = nationalityAt(tokens, j)
          ? { ...nationalityAt(tokens, j)!, at: j }
          : j > 0 && nationalityAt(tokens, j - 1)?.n === 2
            ? { ...nationalityAt(tokens, j - 1)!, at: j - 1 }
            : null;
        // "U.S. and NATO officials": the first party's officials, whatever the second's kind;
        // "South Korean and Western intelligence agencies": each country's body of that role.
        // (Not the last name's own nationality: "Ukrainian intelligence" has the head "intelligence".)
        const role = [m.to - 2, m.to - 1]
          .map((at) => ({ at, hit: nationalityAt(tokens, at) ? null : longestAt(tokens, at, BODY_ROLE_KEYS) }))
          .find((r) => r.hit);
        const headRole = role?.hit ?? null;
        const kind = ANONYMOUS_HEADS.has(tokens[m.to - 1]!.norm)
          ? 'anonymous-official'
          : headRole
            ? BODY_ROLES[headRole.key]!
            : m.kind;
        // The nationality with the group's head noun, as the registry names it ("U.S. intelligence"), else by kind.
        const head = role?.hit
          ? tokens
              .slice(role.at, role.at + role.hit.n)
              .map((t) => t.text)
              .join(' ')
          : tokens[m.to - 1]!.text;
        const phrase = nat
          ? `${tokens
              .slice(nat.at, nat.at + nat.n)
              .map((t) => t.text)
              .join(' ')} ${head}`
          : '';
        const named = nat ? registry.match(phrase).find((x) => x.start === 0 && x.end === phrase.length) : undefined;
        const entry = named
          ? registry.reporters.get(named.reporterId)
          : nat && kind && kind !== 'lawmaker'
            ? (registry.find(kind, nat.country) ??
              (m.kind && m.kind !== 'lawmaker' ? registry.find(m.kind, nat.country) : undefined))
            : undefined;
        if (!nat || nat.at + nat.n !== j + 1 || !entry) break;
        parties.unshift(entry.id);
        from = nat.at;
      }
      joined = joined || joiner === 'and';
      k = from - 1;
    }
    const distinct = [...new Set(parties)];
    if (!joined || distinct.length < 2 || tokens[from - 1]?.norm === 'between') {
      out.push(m);
      continue;
    }
    out.splice(out.length - absorbed, absorbed);
    // ("South Korean and Ukrainian intelligence agencies say": the group's plural head after the last name.)
    const to = /^(?:agencies|services|officials)$/.test(tokens[m.to]?.norm ?? '') ? m.to + 1 : m.to;
    const end = to > m.to ? tokens[m.to]!.end : m.end;
    const g = blank('group', tokens, from, to, sentence);
    Object.assign(g, {
      end,
      text: sentence.slice(g.start, end),
      parties: distinct,
      plural: true,
      kind: m.kind,
      possessive: m.possessive,
    });
    out.push(g);
  }
  return out;
}
