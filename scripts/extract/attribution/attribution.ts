import { ANAPHORS, HEARSAY, SPEECH } from '../text/lexicon.ts';
import { firstOfPair, genericOfficials } from './officials.ts';
import { namedPersonNear, type PersonIndex } from './people.ts';
import type { AliasMatch, Registry } from './registry.ts';

/**
 * Sentence-level attribution: who, in this sentence, is said to have made a statement.
 * The document-level rules (earlier sentences, quotations, anaphora) are in discourse.ts.
 */

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
export function attributeSentence(
  sentence: string,
  registry: Registry,
  people: PersonIndex,
  found: readonly AliasMatch[] = registry.match(sentence),
): SentenceAttribution {
  const spans = quoteSpans(sentence);
  const inQuote = (at: number) => spans.some(([a, b]) => at > a && at < b);
  const matches = found.filter((m) => !inQuote(m.start));
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
    // "an estimated 7,000": an adjective, not someone estimating.
    if (w.norm === 'estimated' && (ws[k - 1]?.norm === 'an' || /^\s+\d/.test(sentence.slice(w.end, w.end + 3)))) return;
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
    // "…,” said Stephane Dujarric": only verbs that invert; after "told" comes the listener.
    const inverted = matches.find(
      (x) =>
        INVERTING.has(w.norm) &&
        x.start > w.end &&
        /^\s*(?:\S+\s+){0,2}$/.test(sentence.slice(w.end, x.start)) &&
        !/[,.;:]/.test(sentence.slice(w.end, x.start)),
    );
    const before = ws[k - 1];
    const beforeIsPerson = before && people.resolve(sentence.slice(before.start, before.end));
    const determiner = ws[k - 2]?.norm ?? '';
    const pronoun = before && /^(he|she|it|they)$/.test(before.norm);
    const definite = before && ANAPHORS.has(before.norm) && /^(the|this|that|these|those)$/.test(determiner);
    // "Sean Parnell, the spokesperson, said": the appositive names no one new; the subject stands.
    if ((pronoun || definite) && !subject) {
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
      // The words around the verb, as the text has them ("10,000, says South"), for the ingest report.
      unresolved ??= sentence.slice(ws[Math.max(0, k - 3)]!.start, ws[Math.min(ws.length - 1, k + 2)]!.end);
    }
  });
  // Headline style: "Pentagon: Up to 12,000 North Korean troops in Russia"
  const label = matches.find((m) => m.start <= 4 && /^\s*:/.test(sentence.slice(m.end)));
  if (label) candidates.push(fromMatch(label, 'subject'));
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
 * Between a subject and its verb: a few words ("has also", "on April 28"), or an appositive set off by
 * commas or brackets (", a spokesperson for Seoul's defence ministry,"). Anything longer means the
 * name is not the verb's subject ("Number of soldiers in Russia now exceeds 10,000, says South").
 */
function isSubjectGap(gap: string): boolean {
  if (/^\s*(?:[\p{L}\p{N}.'’-]+\s+){0,3}$/u.test(gap) && !/[,;:]/.test(gap)) return true;
  return /^\s*[),]/.test(gap) && /[,)]\s*$/.test(gap) && gap.length < 160;
}

const INVERTING = new Set([
  'said',
  'says',
  'added',
  'adds',
  'wrote',
  'writes',
  'noted',
  'notes',
  'explained',
  'warned',
]);

const ROLE_RANK: Record<Candidate['role'], number> = { according: 4, subject: 3, inverted: 3, by: 2, citing: 1 };

function chooseCandidate(
  candidates: Candidate[],
  registry: Registry,
  sentence: string,
  matches: readonly AliasMatch[],
): Candidate | null {
  const citing = candidates.find((c) => c.role === 'citing');
  // "Kyiv estimates …, Budanov told the BBC": a named agency or person beats a state named as a whole.
  const general = (c: Candidate) => (registry.reporters.get(c.reporterId ?? '')?.kind === 'government' ? 1 : 0);
  const primary = [...candidates]
    .filter((c) => c.role !== 'citing')
    .sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role] || general(a) - general(b) || a.at - b.at)[0];
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
  const known = [...others].some((o) => named?.includes(o) || o.includes(named ?? ''));
  return named && !known ? { ...primary, person: named } : primary;
}
