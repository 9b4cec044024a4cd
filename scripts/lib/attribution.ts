import type { AliasMatch, Registry } from './registry.ts';

/**
 * Sentence-level attribution: who, in this sentence, is said to have made a statement.
 * The document-level rules (earlier sentences, quotations, anaphora) are in discourse.ts.
 */

/** Verbs and nouns that introduce what someone said, estimated or reported. */
export const SPEECH = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'tell',
  'stated',
  'states',
  'reported',
  'estimated',
  'estimates',
  'estimate',
  'believes',
  'believe',
  'assessed',
  'assesses',
  'assess',
  'confirmed',
  'confirms',
  'confirm',
  'claimed',
  'claims',
  'announced',
  'announces',
  'disclosed',
  'discloses',
  'revealed',
  'reveals',
  'added',
  'adds',
  'noted',
  'notes',
  'warned',
  'warns',
  'indicated',
  'indicates',
  'suggested',
  'suggests',
  'wrote',
  'writes',
  'posted',
  'briefed',
  'stating',
  'saying',
  'estimating',
  'acknowledged',
  'acknowledges',
  'admitted',
  'admits',
  'denied',
  'denies',
  'deny',
  'dismissed',
  'dismisses',
  'rejected',
  'rejects',
  'explained',
  'emphasized',
  'emphasised',
  'informed',
  'testified',
  'declared',
  'alleged',
  'alleges',
  'identified',
  'asserted',
  'asserts',
  'put',
  'puts',
  'reckons',
  'understands',
  'understand',
  'thinks',
  'think',
  'assessment',
  'statement',
  'announcement',
  'according',
  'citing',
  'cited',
  'quoted',
  'insisted',
  'insists',
  'stressed',
  'stresses',
  'disputed',
  'called',
  'calls',
  'described',
]);

/** Words that stand for a reporter named earlier: "the official said", "it said". */
const ANAPHORS = new Set([
  'he',
  'she',
  'it',
  'they',
  'official',
  'officials',
  'agency',
  'ministry',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'service',
  'office',
  'department',
  'statement',
  'report',
  'intelligence',
  'directorate',
  'military',
  'minister',
  'source',
  'sources',
  'chief',
  'lawmaker',
  'lawmakers',
  'president',
  'command',
]);

/** Words that make a figure unattributed even if an earlier sentence named someone. */
const HEARSAY =
  /\b(reportedly|allegedly|purportedly|(is|are|were|was) (said|believed|thought|estimated) to|rumou?red|according to (media |press |news )?reports|(media |press )?reports (say|said|suggest|suggested|indicate)|unconfirmed reports)\b/i;

/** Generic officials: "an unnamed South Korean government official" → that country's officials. */
const NATIONALITY_OFFICIALS: readonly (readonly [RegExp, string])[] = [
  [/south korean?|seoul/i, 'kr-officials'],
  [/ukrain|kyiv/i, 'ua-officials'],
  [/u\.s\.|\bus\b|american|washington/i, 'us-officials'],
  [/western/i, 'western-officials'],
  [/russian|kremlin|moscow/i, 'ru-kremlin'],
];
const GENERIC_OFFICIAL =
  /\b(?:(?:senior|unnamed|anonymous|top|high-ranking|government|military|intelligence|defen[cs]e|security)\s+)*(?:officials?|sources?)\b/gi;

export interface Candidate {
  reporterId: string | null;
  person: string | null;
  /** The words the attribution was read from. */
  text: string;
  /** Offset in the sentence of those words. */
  at: number;
  role: 'according' | 'citing' | 'subject' | 'inverted' | 'by';
}

export interface SentenceAttribution {
  /** The attribution the sentence itself gives, if any. */
  best: Candidate | null;
  /** "he said", "the agency estimates": stands for someone named before. */
  anaphoric: boolean;
  /** "reportedly", "according to media reports". */
  hearsay: boolean;
  /** Words of a speaker the registry does not know ("a blogger said"), for the ingest report. */
  unresolved: string | null;
  /** Offset of the speech verb, for finding the statement date near it. */
  cueAt: number | null;
}

interface Word {
  norm: string;
  start: number;
  end: number;
}

const words = (s: string): Word[] =>
  [...s.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu)].map((m) => ({
    norm: m[0].toLowerCase().replace(/’/g, "'").replace(/\.$/, ''),
    start: m.index,
    end: m.index + m[0].length,
  }));

/** Spans of text inside quotation marks; an unclosed quote runs to the end. */
export function quoteSpans(s: string): [number, number][] {
  const spans: [number, number][] = [];
  let open: number | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“' || (c === '"' && open === null)) open ??= i;
    else if ((c === '”' || c === '"') && open !== null) {
      spans.push([open, i + 1]);
      open = null;
    }
  }
  if (open !== null) spans.push([open, s.length]);
  return spans;
}

/**
 * Find who a sentence attributes its content to.
 *
 * @example attributeSentence('According to Chernyak, 9,000 remain in reserve.', registry).best
 * // { reporterId: 'ua-hur', person: 'Andriy Chernyak', role: 'according', … }
 */
export function attributeSentence(sentence: string, registry: Registry, people: PersonIndex): SentenceAttribution {
  const inQuote = (at: number) => quoteSpans(sentence).some(([a, b]) => at > a && at < b);
  const matches = registry.match(sentence).filter((m) => !inQuote(m.start));
  const ws = words(sentence);
  const candidates: Candidate[] = [];
  let anaphoric = false;
  let unresolved: string | null = null;
  let cueAt: number | null = null;
  const fromMatch = (found: AliasMatch, role: Candidate['role']): Candidate => {
    const m = firstOfPair(sentence, found, registry);
    return { reporterId: m.reporterId, person: m.person, text: sentence.slice(m.start, m.end), at: m.start, role };
  };

  ws.forEach((w, k) => {
    if (!SPEECH.has(w.norm) || inQuote(w.start)) return;
    cueAt ??= w.start;
    if (w.norm === 'according' && ws[k + 1]?.norm === 'to') {
      const m = matches.find((x) => x.start > w.end && x.start - w.end < 45);
      if (m) candidates.push(fromMatch(m, 'according'));
      return;
    }
    if (w.norm === 'citing' || w.norm === 'cited' || w.norm === 'quoted') {
      // The cited party is the phrase right after "citing", not a place named later ("sources in North Korea").
      const generic = genericOfficials(sentence, w.end);
      const m = generic
        ? null
        : matches.find(
            (x) =>
              x.start > w.end &&
              /^\s*(?:(?:the|a|an|anonymous|unnamed|senior|two|several)\s+)*$/i.test(sentence.slice(w.end, x.start)),
          );
      if (m) candidates.push(fromMatch(m, 'citing'));
      else if (generic) candidates.push({ ...generic, role: 'citing' });
      return;
    }
    const subject = [...matches]
      .reverse()
      .find((x) => x.end <= w.start && isSubjectGap(sentence.slice(x.end, w.start)));
    const inverted = matches.find(
      (x) =>
        x.start > w.end &&
        /^\s*(?:\S+\s+){0,2}$/.test(sentence.slice(w.end, x.start)) &&
        !/[,.;:]/.test(sentence.slice(w.end, x.start)),
    );
    const before = ws[k - 1];
    const beforeIsPerson = before && people.resolve(sentence.slice(before.start, before.end));
    const determiner = ws[k - 2]?.norm ?? '';
    const pronoun = before && /^(he|she|it|they)$/.test(before.norm);
    const definite = before && ANAPHORS.has(before.norm) && /^(the|this|that|these|those)$/.test(determiner);
    if ((pronoun || definite) && !(subject && w.start - subject.end < 3)) {
      anaphoric = true;
    } else if (beforeIsPerson && (!subject || subject.end < before.start)) {
      candidates.push({
        ...beforeIsPerson,
        text: sentence.slice(before.start, before.end),
        at: before.start,
        role: 'subject',
      });
    } else if (subject && !(inverted && before && /[,"”]/.test(sentence.slice(before.end, w.start)))) {
      candidates.push(fromMatch(subject, 'subject'));
    } else if (inverted) {
      candidates.push(fromMatch(inverted, 'inverted'));
    } else if (!['statement', 'announcement', 'assessment'].includes(w.norm)) {
      unresolved ??=
        ws
          .slice(Math.max(0, k - 4), k)
          .map((x) => sentence.slice(x.start, x.end))
          .join(' ') || null;
    }
  });
  // "The announcement was made … by Andriy Chernyak"
  ws.forEach((w, k) => {
    if (
      w.norm !== 'by' ||
      !ws
        .slice(Math.max(0, k - 8), k)
        .some((x) =>
          /^(made|issued|released|published|announcement|statement|report|assessment|estimate)$/.test(x.norm),
        )
    )
      return;
    const m = matches.find((x) => x.start > w.end && x.start - w.end < 12);
    if (m) candidates.push(fromMatch(m, 'by'));
  });
  return {
    best: chooseCandidate(candidates, registry, sentence, matches),
    anaphoric: anaphoric && candidates.length === 0,
    hearsay: HEARSAY.test(sentence),
    unresolved: candidates.length ? null : unresolved,
    cueAt,
  };
}

/**
 * Between a subject and its verb: a few words ("has also", "on Tuesday"), or an appositive set off by
 * commas or brackets (", a spokesperson for Seoul's defence ministry,"). Anything longer means the
 * name is not the verb's subject ("Number of soldiers in Russia now exceeds 10,000, says South").
 */
function isSubjectGap(gap: string): boolean {
  if (/^\s*(?:[\p{L}.'’-]+\s+){0,3}$/u.test(gap) && !/[,;:]/.test(gap)) return true;
  return /^\s*[),]/.test(gap) && /[,)]\s*$/.test(gap) && gap.length < 160;
}

/**
 * "U.S. and NATO officials": the registry matches "NATO officials", but the first-named party is
 * the United States. When "X and" stands before a match ending in a plural noun and "X <noun>" is
 * itself an alias, the first-named party is taken.
 */
function firstOfPair(sentence: string, m: AliasMatch, registry: Registry): AliasMatch {
  const noun = /\s(\p{L}+)$/u.exec(sentence.slice(m.start, m.end))?.[1];
  const pair = /([\p{L}.’']+(?:\s[\p{L}.’']+)?)\s+and\s+$/u.exec(sentence.slice(Math.max(0, m.start - 40), m.start));
  if (!noun || !pair) return m;
  const phrase = `${pair[1]} ${noun}`;
  const first =
    registry.match(phrase).find((x) => x.start === 0 && x.end === phrase.length) ??
    registry
      .match(phrase)
      .find((x) => x.end === phrase.length && x.start > 0 && /^\S+\s$/.test(phrase.slice(0, x.start)));
  return first ? { ...first, start: m.start - pair[0].length, end: m.end } : m;
}

const ROLE_RANK: Record<Candidate['role'], number> = { according: 4, subject: 3, inverted: 3, by: 2, citing: 1 };

function chooseCandidate(
  candidates: Candidate[],
  registry: Registry,
  sentence: string,
  matches: readonly AliasMatch[],
): Candidate | null {
  const citing = candidates.find((c) => c.role === 'citing');
  const primary = [...candidates]
    .filter((c) => c.role !== 'citing')
    .sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role] || a.at - b.at)[0];
  // "X reported, citing officials": an outlet passing on others' figures is not their source.
  const primaryKind = primary?.reporterId ? registry.reporters.get(primary.reporterId)?.kind : undefined;
  if (citing && (!primary || primaryKind === 'media')) return citing;
  if (!primary) return null;
  return withSpeaker(primary, sentence, matches);
}

/** An agency named as subject often has its spokesperson beside it: keep the person too. */
function withSpeaker(primary: Candidate, sentence: string, matches: readonly AliasMatch[]): Candidate {
  if (primary.person) return primary;
  const registered = matches
    .filter((m) => m.person && m.reporterId === primary.reporterId)
    .sort((a, b) => Math.abs(a.start - primary.at) - Math.abs(b.start - primary.at))[0];
  if (registered) return { ...primary, person: registered.person };
  const others = new Set(matches.map((m) => sentence.slice(m.start, m.end)));
  const named = namedPersonNear(sentence, primary.at);
  return named && ![...others].some((o) => named.includes(o)) ? { ...primary, person: named } : primary;
}

const TITLES =
  /^(?:Lt|Brig|Maj|Gen|Col|Capt|Adm|Sgt|Mr|Ms|Mrs|Dr|President|Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Chief|Deputy|Director|Commander|General|Colonel|Major|Admiral)\.?$/;
const NOT_NAMES =
  /^(?:The|A|An|In|On|At|According|However|Separately|But|And|North|South|Korean|Korea|Ukraine|Ukrainian|Russia|Russian|Kremlin|Pentagon|Defense|Defence|Ministry|Department|State|Intelligence|Service|Agency|Telegram|Times|Journal|Post|News|Press|Daily|Agency|Zone|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Kursk|Moscow|Seoul|Kyiv|Washington|Pyongyang|U\.S\.|US|UN|NATO)$/;

/**
 * A person's name (two or three capitalised words, Korean hyphenated given names allowed) standing
 * next to an attribution: "Andrii Kovalenko, the head of …, said".
 */
export function namedPersonNear(sentence: string, at: number): string | null {
  const re = /(?:\p{Lu}[\p{Ll}-]+\s){1,2}\p{Lu}[\p{Ll}-]+(?![\p{L}’'])/gu;
  let best: { name: string; distance: number } | null = null;
  for (const m of sentence.matchAll(re)) {
    const parts = m[0].split(/\s+/).filter((p) => !TITLES.test(p));
    if (parts.length < 2 || parts.some((p) => NOT_NAMES.test(p))) continue;
    const distance = Math.abs(m.index - at);
    if (distance < 60 && (!best || distance < best.distance)) best = { name: parts.join(' '), distance };
  }
  return best?.name ?? null;
}

function genericOfficials(sentence: string, from: number): Omit<Candidate, 'role'> | null {
  const re = new RegExp(GENERIC_OFFICIAL.source, 'gi');
  re.lastIndex = from;
  const m = re.exec(sentence);
  if (!m || m.index - from > 40 || /[,;:]/.test(sentence.slice(from, m.index))) return null;
  // The officials' country: the words just before them, else the nearest nationality earlier on.
  const lead = sentence.slice(Math.max(0, m.index - 30), m.index + m[0].length);
  const earlier = sentence.slice(0, m.index);
  for (const text of [lead, earlier]) {
    const hits = NATIONALITY_OFFICIALS.map(([re2, id]) => ({ id, at: text.search(re2) })).filter((h) => h.at >= 0);
    const nearest = hits.sort((a, b) => b.at - a.at)[0];
    if (nearest)
      return {
        reporterId: nearest.id,
        person: null,
        text: sentence.slice(m.index, m.index + m[0].length),
        at: m.index,
      };
  }
  return null;
}

/** People a document has named so far, so "Ms Jeon" or "Kim told lawmakers" resolve to a full name. */
export interface PersonIndex {
  /** Record a full name (and its reporter, if known) seen in the text. */
  add(name: string, reporterId: string | null): void;
  /** Resolve a bare surname or "Mr X" to the most recent full name that has it. */
  resolve(word: string): { person: string; reporterId: string | null } | null;
}

export function createPersonIndex(): PersonIndex {
  const names: { name: string; reporterId: string | null }[] = [];
  return {
    add(name, reporterId) {
      names.push({ name, reporterId });
    },
    resolve(word) {
      const bare = word.replace(/^(Mr|Ms|Mrs|Dr)\.?\s+/, '');
      if (!/^\p{Lu}/u.test(bare) || bare.includes(' ')) return null;
      for (let i = names.length - 1; i >= 0; i--) {
        const entry = names[i]!;
        const parts = entry.name.split(/\s+/);
        if (parts.length > 1 && (parts[0] === bare || parts[parts.length - 1] === bare)) {
          return { person: entry.name, reporterId: entry.reporterId };
        }
      }
      return null;
    },
  };
}
