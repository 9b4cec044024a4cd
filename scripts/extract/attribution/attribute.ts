import type { AttributionVia } from '../../../src/schemas/vocabulary.ts';
import { datelineEnd, findDates, MONTH_NAMES } from '../text/dates.ts';
import { REPORTING_NOUNS, REPORTING_VERBS, SUBJECT_GAP } from '../text/lexicon.ts';
import type { SentenceRef } from '../text/sentences.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { DocumentModel, inferredBody, type Resolved } from './entities.ts';
import { govern } from './govern.ts';
import { findMentions, nationalityAt, type Mention } from './mentions.ts';
import { findPredicates, hearsayIn, type Predicate } from './predicates.ts';
import type { Registry } from './registry.ts';
import { namedAfter, placeDates, statementDate, type PlacedDate } from './statement-date.ts';
import { findTableRows } from '../text/tables.ts';
import { dayAnchors, findTurns, isLiveBlog, type LineRef, type ParagraphRef } from './structure.ts';

/**
 * Document-level attribution: every figure → the predicate that governs it → that predicate's
 * source, resolved through the document's memory of who has been named; with the day the source
 * spoke. Where a sentence names no one, the figure takes the speaker of its quotation, transcript
 * turn or table row, an attribution in the next sentence ("…. They were issued uniforms, the NIS
 * said."), or the previous sentence's, in that order.
 */

export interface DocumentInput {
  sentences: readonly SentenceRef[];
  paragraphs: readonly ParagraphRef[];
  /** Every raw line, kept or dropped (day headers of a live blog are dropped lines). */
  lines: readonly LineRef[];
  publishedOn: string | null;
}

/** Where a figure (or a statement's cue) stands: its sentence and its offsets in it. */
export interface Placement {
  sentence: number;
  start: number;
  end: number;
  /** A statement of the whole sentence (a denial, a confirmation), not a figure in it. */
  statement?: boolean;
}

/** Who a figure is attributed to, and when they said it. */
export interface Attribution {
  reporterId: string | null;
  speaker: string | null;
  /** For a multi-party attribution, each party; the reporter is then null. */
  parties: string[];
  /** The reporter was inferred from a description, not named. */
  inferred: boolean;
  via: AttributionVia;
  /** The words that name the source. */
  text: string;
  statedOn: string | null;
  statedOnText: string | null;
  /** Not an estimate of its own: a figure in a journalist's question or a host's words. */
  drop: boolean;
}

interface SentenceInfo {
  tokens: readonly Token[];
  mentions: Mention[];
  predicates: Predicate[];
  resolved: Map<Predicate, Resolved | null>;
  /** Each mention's entity, before citing and briefings are weighed. */
  byMention: Map<Mention, Resolved | null>;
  dates: PlacedDate[];
  reference: string | null;
  inQuote: (offset: number) => boolean;
  /** The attribution of the sentence as a whole, for the next sentence to continue. */
  main: Attribution | null;
  /** The main attribution looks back to an earlier statement ("the agency had said on Jan. 13"). */
  flashback?: boolean;
  /** The sentence tells who made a statement ("The announcement was made … by HUR's Chernyak"). */
  describesStatement: boolean;
  /** The sentence gives the day of a statement and names no one: "The larger figure surfaced on Oct. 18." */
  statementDay: string | null;
  /** Whose statement that day is, when the sentence names who ("Zelensky went further"). */
  statementBy: string[] | null;
  /** A short sentence that dates what was just told: "That was on Jan. 22." */
  dating: boolean;
}

/** A list item: a bullet or a number opens the paragraph. */
const LIST_ITEM = /^\s*(?:[-–—•*·]|\d{1,2}[.)])\s/;

const NONE: Attribution = {
  reporterId: null,
  speaker: null,
  parties: [],
  inferred: false,
  via: 'same-sentence',
  text: '',
  statedOn: null,
  statedOnText: null,
  drop: false,
};

/**
 * Attribute figures of a document.
 *
 * @example attributeDocument(input, [{ sentence: 0, start: 10, end: 16 }], registry).figures[0].reporterId // 'kr-nis'
 */
export function attributeDocument(
  input: DocumentInput,
  placements: readonly Placement[],
  registry: Registry,
): { figures: Attribution[]; unresolved: { sentence: number; words: string }[] } {
  const { sentences } = input;
  const quoteGroups = quotationGroups(sentences);
  // Read no further than the last figure needs (its sentence, the next, the end of its quotation):
  // what stands after it attributes nothing, and a source of nothing but sentences costs no more.
  const reach = Math.min(
    sentences.length,
    placements.reduce(
      (n, pl) => Math.max(n, pl.sentence + 2, ...(quoteGroups.get(pl.sentence) ?? []).map((j) => j + 1)),
      0,
    ),
  );
  const read = sentences.slice(0, reach);
  const anchors = dayAnchors(input.lines, input.publishedOn);
  const yearReference = input.publishedOn ?? latestFullDate(sentences);
  const live = isLiveBlog(input.lines);
  const turns = findTurns(input.paragraphs);
  // The body a transcript's heading names ("Briefing at the Ministry of National Defense"): whom a
  // spokesperson or a minister the registry does not list speaks for (sought only in a transcript).
  const host = (turns.some(Boolean) ? input.lines : [])
    .slice(0, 3)
    .flatMap((l) => registry.match(l.text))
    .map((a) => registry.reporters.get(a.reporterId)!)
    .find((r) => !registry.isGeneral(r.id) && r.kind !== 'media');
  // The names of speakers a label gives such a role ("SPOKESPERSON JEON HA-KYU:"; later "JEON:").
  const hostSpeakers = new Set(
    (host ? turns : [])
      .filter((t): t is NonNullable<typeof t> => t !== null && !t.question && HOST_ROLE.test(t.label))
      .flatMap((t) => t.label.replace(HOST_ROLE, ' ').trim().split(/\s+/))
      .map((w) => w.toLowerCase()),
  );
  const rows = findTableRows(input.paragraphs.map((p) => p.text));
  const model = new DocumentModel(registry);
  const unresolved: { sentence: number; words: string }[] = [];
  const infos: SentenceInfo[] = [];

  // The days statements were made on, in text order; null for one dated only to a month ("told
  // lawmakers in September"), after which "the same day" or "the same briefing" has no day.
  const spokenDays: (string | null)[] = [];
  const withFigures = new Set(placements.map((pl) => pl.sentence));
  let lastNamed: string | null = null;
  const turnSpoken = new Set<Predicate>();
  read.forEach((s, i) => {
    const tokens = tokenize(s.text);
    const reference = anchors.findLast((a) => a.start <= s.start)?.iso ?? input.publishedOn;
    // An undated article tells its dates in order: a month-day falls near the last day it named.
    const year =
      input.publishedOn ??
      [yearReference, lastNamed]
        .filter((d): d is string => d !== null)
        .sort()
        .at(-1) ??
      null;
    const mentions = findMentions(s.text, tokens, registry, registry.match(s.text), model.knownNames());
    const predicates = findPredicates(tokens, mentions, s.text);
    // Only a reporting predicate takes a date (its statement's); an undated text also orders its dates;
    // "The larger figure surfaced on Friday, Oct. 18." gives the day of the statement told next.
    // So does "That evening in Reykjavik, Zelensky went further." for the words of his told next.
    // ("That was on Jan. 22.": a short sentence that dates what was just told, and goes on being told.)
    // (After a transcript turn's label: "BRANDT: That was on Jan. 22.")
    const colon = tokens.findIndex((t) => t.text === ':');
    // (After a wire dateline: "PARIS, 12 March 2025 — The newest account came on Tuesday.")
    const opening = datelineEnd(s.text);
    const body = opening
      ? Math.max(
          0,
          tokens.findIndex((t) => t.start >= opening),
        )
      : 0;
    const at = turns[s.paragraph] && colon >= 0 && colon <= 5 ? colon + 1 : body;
    const dating =
      tokens.length - at <= 8 &&
      /^(that|this|it)$/.test(tokens[at]?.norm ?? '') &&
      /^(was|came)$/.test(tokens[at + 1]?.norm ?? '');
    // ("Washington's figures moved the same day.": a statement named by its noun alone, with no figure.)
    const nounOnly = predicates.length > 0 && predicates.every((p) => p.kind === 'noun') && !withFigures.has(i);
    const aboutStatement =
      nounOnly ||
      (!predicates.length && (dating || tokens.slice(body, body + 6).some((t) => REPORTING_NOUNS.has(t.norm))));
    // (And "The largest number reached the public on Wednesday, via CNN.": the channel it came by,
    // which the next sentence may call "the network".)
    const channel = predicates.length
      ? undefined
      : mentions.find(
          (m) => m.type !== 'pronoun' && tokens[m.from - (tokens[m.from - 1]?.norm === 'the' ? 2 : 1)]?.norm === 'via',
        );
    const aboutSpeaker =
      !predicates.length && (Boolean(channel) || mentions.some((m) => m.from <= 8 && m.type !== 'pronoun'));
    const dates =
      predicates.length || aboutStatement || aboutSpeaker || !input.publishedOn
        ? findDates(s.text, reference, year, spokenDays)
        : [];
    const days = dates.filter((d) => d.day && d.iso && d.index >= opening);
    lastNamed = dates.findLast((d) => d.iso)?.iso ?? lastNamed;
    const quotes = quoteSpans(s.text);
    const info: SentenceInfo = {
      tokens,
      mentions,
      predicates,
      resolved: new Map(),
      byMention: new Map(),
      dates: placeDates(tokens, dates),
      reference,
      inQuote: (at) => quotes.some(([a, b]) => at > a && at < b),
      main: null,
      describesStatement: predicates.some((p) => p.kind === 'noun' && p.inverted),
      statementDay: aboutStatement && days.length === 1 ? days[0]!.iso : null,
      statementBy: null,
      dating,
    };
    const byMention = info.byMention;
    const before: { m: Mention; r: Resolved }[] = [];
    for (const m of mentions) {
      // "The Pentagon will brief on Monday; it says …": a pronoun may stand for a name earlier in
      // its sentence, but not in a parenthesis about that name ("Kim, he said, had decided …").
      const reachable = before.filter((b) => !parenthetical(tokens, b.m, m)).map((b) => b.r);
      // ("Q: On October 28 you said around 10,000 …": in a question, "you" is the one who answers.)
      const antecedent =
        m.type === 'pronoun' && m.text.toLowerCase() === 'you'
          ? addressee(s.paragraph)
          : model.resolve(m, i, reachable);
      // ("he told reporters, and his intelligence expected 12,000": in the words of the person
      // himself, his body's view is still his statement.)
      const own = antecedent?.isPerson && reachable.some((b) => b.person === antecedent.person);
      const r = own ? antecedent : roleOf(m, antecedent, registry);
      byMention.set(m, r);
      if (r && !located(tokens, m)) before.push({ m, r });
    }
    for (const p of predicates) info.resolved.set(p, sourceOf(p, byMention, info, model, registry));
    // "MR. RYDER: We now assess that …": in a transcript, "we" and "I" are the turn's speaker.
    const turn = turns[s.paragraph];
    if (turn && !turn.question)
      for (const p of predicates)
        if (p.source?.type === 'pronoun' && /^(we|i|our|my)$/i.test(p.source.text)) {
          info.resolved.set(p, labelSource(turn.label));
          turnSpoken.add(p);
        }
    // The sentence's subject: who its first reporting verb has speak, else its first name not after a preposition.
    const subject =
      predicates.find((p) => p.kind === 'verb' && p.source && !p.inverted)?.source ??
      mentions.find(
        (m) =>
          // ("That evening in Reykjavik, Zelensky went further": after an opening adverbial and its comma.)
          (m.from <= 3 ||
            (m.from <= 8 &&
              tokens[m.from - 1]?.text === ',' &&
              !tokens.slice(0, m.from - 1).some((t) => t.text === ','))) &&
          !/^(in|at|from|to|on|for|of|by|with)$/.test(tokens[m.from - 1]?.norm ?? ''),
      );
    // ("On Thursday it was the turn of Ukraine's military intelligence.": any body it names.)
    const bodies = mentions.map((m) => byMention.get(m)?.reporterId).filter((id): id is string => Boolean(id));
    if (((aboutSpeaker && !aboutStatement) || nounOnly) && bodies.length && days.length === 1)
      [info.statementDay, info.statementBy] = [days[0]!.iso, bodies];
    // "Park, an opposition lawmaker, was briefed by Ukraine's military intelligence", "…, a lawmaker
    // said after the NIS briefed parliament": what the lawmaker says later passes on that agency's figures.
    // So does one whose words hold the agency's own verb: "Rep. Kim said the agency counts 15,000" (and
    // "Kim added …" after it).
    const lawmakers = mentions
      .map((m) => byMention.get(m))
      .filter((r): r is Resolved => r?.kind === 'lawmaker' && !r.reporterId);
    // (Its first verb of a person: "Lee and his counterpart, Rep. Kim, said the agency counts …".)
    const speaks = predicates.find((q) => q.kind === 'verb' && q.source?.type === 'person');
    const briefer = lawmakers.length
      ? mentions.find((m) => {
          const r = byMention.get(m);
          const words = tokens.slice(Math.max(0, m.from - 3), m.from).map((t) => t.norm);
          const briefs = predicates.some((q) => q.source === m && /^brief/.test(tokens[q.from]?.norm ?? ''));
          const relayed =
            speaks !== undefined &&
            r?.kind === 'intelligence-agency' &&
            predicates.some((q) => q.kind === 'verb' && q.source === m && q.from > speaks.to);
          return r?.reporterId && r.kind !== 'media' && (BRIEFED_BY.test(words.join(' ')) || briefs || relayed);
        })
      : undefined;
    if (briefer) for (const r of lawmakers) r.briefer = byMention.get(briefer)!.reporterId;
    mentions.forEach((m) => {
      const r = byMention.get(m);
      // ("Yonhap, citing the NIS, reported": the agency cited speaks too.)
      const p = predicates.find((q) => q.source === m) ?? predicates.find((q) => q.cited === m);
      const date = p ? statementDate(tokens, p, null, info.dates) : null;
      // ("The agency had said on Jan. 13 …" looks back: later words of the agency are not from that day.)
      const ownDay = p && !pluperfect(tokens, p) ? (date?.iso ?? null) : null;
      if (r && !located(tokens, m)) model.add(r, i, Boolean(p), ownDay, m === subject || m === channel, s.paragraph);
      // "The same day", "ten days earlier" count from the day the text last said someone spoke.
      if (date) spokenDays.push(date.iso);
      if (p && r && m.type === 'person' && !r.reporterId && !r.parties.length && r.kind !== 'lawmaker')
        unresolved.push({ sentence: i, words: m.text });
    });
    // (A day a statement was told of is one "that day" may mean.)
    if (info.statementDay) spokenDays.push(info.statementDay);
    infos.push(info);
  });

  const attribute = (pl: Placement): Attribution => {
    const s = sentences[pl.sentence]!;
    const info = infos[pl.sentence]!;
    const { tokens } = info;
    const figure = tokenRange(tokens, pl.start, pl.end);
    const turn = turns[s.paragraph];
    const row = rows[s.paragraph];
    if (row) {
      // (In a table with its reporters across the top, the figure's column names its reporter and date.)
      const shift = s.start - input.paragraphs[s.paragraph]!.start;
      const column = row.cells.findIndex((c) => c.start <= pl.start + shift && pl.start + shift < c.end);
      const head = row.columns?.heads[column];
      const r = (head ? labelSource(head) : null) ?? (row.reporterText ? labelSource(row.reporterText) : null);
      const dateText = row.columns ? row.columns.dates?.[column] : row.cells[row.dateCell ?? -1]?.text;
      const year = tableYear(row.header) ?? yearReference;
      const d = dateText ? findDates(dateText, year ?? info.reference, year).find((x) => x.iso) : undefined;
      if (r) return { ...fromResolved(r, 'table-row'), statedOn: d?.iso ?? null, statedOnText: d?.text ?? null };
    }
    // "Peskov called the reports of 12,000 a fabrication": hearsay no one is named for owns the figure.
    const unowned =
      tokens[figure.from - 1]?.norm === 'of' &&
      /^(reports|claims|allegations|rumours|rumors|accounts)$/.test(tokens[figure.from - 2]?.norm ?? '') &&
      /^(the|these|those)$/.test(tokens[figure.from - 3]?.norm ?? '') &&
      !info.predicates.some((q) => q.kind === 'noun' && q.source && q.from === figure.from - 2);
    if (unowned) return NONE;
    // A lawmaker who relays what an agency said is no source when the sentence names the agency's own count.
    // (What a statement confirms or denies — "could not verify Budanov's claims", "confirmed the Times
    // report" — is someone else's statement after it, never its own.)
    let candidates = info.predicates.filter(
      (q) => !quotedAway(q, info, pl) && !(pl.statement && q.kind === 'noun' && q.from >= figure.from),
    );
    let p = govern(candidates, figure, tokens, pl.statement);
    for (let tries = 0; p && tries < 3; tries++) {
      const r = info.resolved.get(p);
      if (!r || r.reporterId || r.parties.length || r.kind !== 'lawmaker') break;
      candidates = candidates.filter((q) => q !== p);
      const next = govern(candidates, figure, tokens, pl.statement);
      const nr = next ? info.resolved.get(next) : null;
      if (!next || !nr?.reporterId) break;
      p = next;
    }
    // "Wood said Washington believed 10,000 …": a state named as a whole inside the words of one of its
    // bodies' officials is that body speaking.
    const inner = p ? info.resolved.get(p) : null;
    // (The state's own verb still dates its words: "…, and on Tuesday it said 2,000 …".)
    let ownVerb: Predicate | null = null;
    // "Kyiv estimates Pyongyang's losses at 5,000, Budanov told the BBC": likewise after the figure.
    // (Not a state's count named after its figure: "about 11,000, by Seoul's count, and the spy agency told …".)
    if (p && inner?.kind === 'government' && !namedAfter(p, figure)) {
      const own = p;
      const specific = (q: Predicate) => {
        const o = info.resolved.get(q);
        return Boolean(o?.reporterId && o.country === inner.country && !registry.isGeneral(o.reporterId));
      };
      // ("Washington: 'hundreds', according to the White House", "Seoul: around 300 (NIS briefing)".)
      const telling = (q: Predicate) =>
        q.kind === 'verb' || q.kind === 'according' || (q.kind === 'label' && q.cue === '(');
      const outer =
        candidates.findLast(
          (q) => q !== own && telling(q) && q.to <= own.from && q.segmentFrom === own.segmentFrom && specific(q),
        ) ??
        candidates.find(
          (q) => q !== own && telling(q) && q.from > own.from && q.segmentFrom === own.segmentFrom && specific(q),
        );
      if (outer) [p, ownVerb] = [outer, own];
    }
    // "Its assessment, reported by the BBC, says 20,000 …", "When CNN reported that 4,000 …, it relied
    // on an assessment by Ukraine's intelligence agency": an outlet passes on the estimate of the body
    // whose assessment the sentence names; it owns only what no one else's words account for.
    if (p && info.resolved.get(p)?.kind === 'media') {
      const relayed = candidates.find((q) => {
        const o = info.resolved.get(q);
        return (
          q !== p &&
          q.kind === 'noun' &&
          q.cue !== "'s" &&
          Boolean(o && o.kind !== 'media' && (o.reporterId || o.parties.length)) &&
          // (Not a noun that counts a figure of its own: "the NIS's estimate of 2,000".)
          !ownsFigure(tokens, q, figure)
        );
      });
      if (relayed) p = relayed;
    }
    const resolved = p ? info.resolved.get(p) : null;
    const [segA, segB] = p ? [p.segmentFrom, p.segmentTo] : [0, tokens.length];
    // "reportedly", "according to media reports": the text's own hearsay, unless a named source
    // governs the figure (then the hedge is the source's).
    const named = Boolean(resolved && (resolved.reporterId || resolved.parties.length));
    // (An outlet passing on hearsay — "KBS said the group was reportedly 1,000 to 3,000 strong", "put
    // the contingent at an estimated 14,000" — is no source of it: it owns only its own sourcing.)
    const relaying = resolved?.kind === 'media' && p?.kind !== 'according';
    const estimatedByNoOne =
      relaying && tokens[figure.from - 1]?.norm === 'estimated' && tokens[figure.from - 2]?.norm === 'an';
    // (A statement's "reports" are what it confirms or denies, not hearsay it passes on.)
    if (
      !pl.statement &&
      (!named || relaying) &&
      hearsayIn(tokens, Math.min(segA, figure.from), Math.max(segB, figure.to))
    )
      return NONE;
    if (estimatedByNoOne) return NONE;
    // (A statement in a question is the questioner's framing, whoever it names: "Kyiv says … Can you confirm?")
    if (turn?.question && (pl.statement || !(resolved?.reporterId || resolved?.parties.length)))
      return { ...NONE, drop: true };
    // A source that names no registry entry (unnamed sources, a prisoner) still speaks: no reporter, its day.
    if (
      p &&
      resolved &&
      (resolved.reporterId ||
        resolved.parties.length ||
        resolved.person ||
        p.source?.type === 'anonymous' ||
        p.cited?.type === 'anonymous')
    ) {
      // "The NIS told lawmakers on 2 September that it now believed about 2,000 …": a verb of the
      // same reporter before this one tells the statement, and its date is the statement's.
      // (Only the verb whose "that" clause this one opens: not "the 700 it cited in the spring" further on.)
      // (Not for a statement named after its figure, "against 10 in its first report": that is another,
      // told of, with no day here.)
      const toldOf = namedAfter(p, figure);
      const outer = info.predicates.findLast(
        (q) =>
          !toldOf &&
          q !== p &&
          q.kind === 'verb' &&
          q.to <= p.from &&
          info.resolved.get(q)?.reporterId === resolved.reporterId &&
          resolved.reporterId !== null &&
          tokens.slice(q.to, p.from).some((t) => t.norm === 'that') &&
          !info.predicates.some((o) => o !== q && o !== p && o.from >= q.to && o.to <= p.from),
      );
      // "Lawmaker Park Sun-won said the intelligence service believed 2,000 …": a named person whose
      // words hold the body's verb relays it: the person is the speaker, and their day the statement's.
      const relay =
        resolved.isPerson || outer
          ? undefined
          : info.predicates.findLast((q) => {
              const r = info.resolved.get(q);
              return (
                q !== p &&
                q.kind === 'verb' &&
                q.to <= p.from &&
                q.segmentFrom === p.segmentFrom &&
                Boolean(r?.isPerson && r.person) &&
                !tokens.slice(q.to, p.from).some((t) => /^[;:.]$/.test(t.text))
              );
            });
      // "The Pentagon believes … several hundred casualties, a US defence official told reporters on
      // Monday": the telling set off after the figure dates the belief it tells.
      const teller =
        outer ??
        relay ??
        info.predicates.find(
          (q) =>
            q !== p &&
            q.kind === 'verb' &&
            q.from >= figure.to &&
            // ("more than 12,000, which she told the Security Council on Jan. 8")
            (trailingAtEnd(q, tokens, info.dates) ||
              /^(which|that)$/.test(tokens[(q.source?.from ?? q.from) - 1]?.norm ?? '')),
        );
      // "Two days later the agency said 100 had died, and it added that 1,000 were wounded": the same
      // source's verb before, joined by "and", tells the same statement, on its day.
      const went = info.predicates.findLast(
        (q) =>
          q !== p &&
          q.kind === 'verb' &&
          q.to <= p.from &&
          resolved.reporterId !== null &&
          info.resolved.get(q)?.reporterId === resolved.reporterId &&
          tokens.slice(q.to, p.from).some((t) => t.norm === 'and') &&
          !tokens.slice(q.to, p.from).some((t) => /^[;.:]$/.test(t.text)),
      );
      const date =
        ownOccasion(tokens, figure, info.dates) ??
        (ownVerb ? statementDate(tokens, ownVerb, figure, info.dates) : null) ??
        statementDate(tokens, p, figure, info.dates) ??
        (teller ? statementDate(tokens, teller, figure, info.dates) : null) ??
        (went ? statementDate(tokens, went, null, info.dates) : null);
      // ("It quoted South Korean military officials as saying more than 1,000 …": whoever passes the
      // words on told them when the text last said they spoke.)
      const passer = p.cited && p.source && p.cited !== p.source ? info.byMention.get(p.source) : passerOf(info, p);
      const previous = infos[pl.sentence - 1];
      const told =
        previous &&
        sentences[pl.sentence - 1]!.paragraph === s.paragraph &&
        (previous.statementBy === null ||
          previous.statementBy.includes(resolved.reporterId ?? '') ||
          previous.statementBy.includes(passer?.reporterId ?? '') ||
          // ("Washington's figures moved the same day. State Department spokesman Miller told …": a
          // state named as a whole stands for its bodies.)
          previous.statementBy.some((id) => {
            const e = registry.reporters.get(id);
            return e?.kind === 'government' && e.country === resolved.country;
          }))
          ? previous.statementDay
          : null;
      // "HOST: South Korea's military put out a new assessment yesterday. What does it say? — OH: The
      // Joint Chiefs of Staff said …": an answer tells the statement the question dated.
      const answered = turn && !turn.question ? questionDay(pl.sentence, resolved.country) : null;
      // ("SINGH: We think 9,500 are there." after a question about what she said on Oct. 28: the
      // speaker's own view now is of the turn's day, not the day the question recalled.)
      const now = Boolean(turn && !turn.question && turnSpoken.has(p) && presentTense(p));
      // ("the agency had counted no more than 600": a count told of, from an occasion of its own; "U.S.
      // officials have said that more than 10,000 …": said at no one time.)
      const perfect = !turn && presentPerfect(tokens, p);
      const inherited =
        date || now || perfect || toldOf || pluperfect(tokens, p)
          ? null
          : (told ??
            answered ??
            labelDay(info, resolved) ??
            inheritedDate(resolved, pl.sentence) ??
            (passer ? inheritedDate(passer, pl.sentence) : null));
      const a: Attribution = {
        ...fromResolved(
          resolved,
          p.cited && resolved.reporterId === (p.cited as Mention).reporterId ? 'citing' : 'same-sentence',
        ),
        // A date the text gives stands, even one without a day ("said last week"): it is never filled in.
        // In a dated transcript a turn's own words are from its day (its label, or "we" and "I" in it),
        // and so is what it says someone holds now ("The Joint Chiefs of Staff assess that …").
        statedOn: date
          ? date.iso
          : (inherited ??
            ((live && !perfect) ||
            turnSpoken.has(p) ||
            (turn && !turn.question && (p.kind === 'label' || presentTense(p) || presentCount(p, tokens)))
              ? info.reference
              : null)),
        statedOnText: date?.text ?? null,
      };
      // (The person who tells it after the figure is its speaker too: "…, deputy chief Skibitskyi said.")
      const by = teller ? info.resolved.get(teller) : null;
      if (!a.speaker && by?.isPerson && (teller === relay || !by.reporterId || by.reporterId === a.reporterId))
        a.speaker = by.person;
      return refine(a, pl.sentence);
    }
    if (turn && !turn.question) {
      const r = labelSource(turn.label);
      if (r) return { ...fromResolved(r, 'speaker-label'), statedOn: info.reference };
    }
    const group = quoteGroups.get(pl.sentence);
    if (group) {
      const speaker = group.map((j) => infos[j]!.main).find((a) => a && a.via !== 'earlier-sentence');
      if (speaker) return { ...speaker, via: 'quote' };
    }
    const next = infos[pl.sentence + 1];
    // (Not past a reporting verb of this sentence's own whose source went unfound: "Researchers at an
    // institute the registry does not list reckon 12,000." is not the next sentence's speaker's.)
    if (
      next &&
      sentences[pl.sentence + 1]!.paragraph === s.paragraph &&
      !info.predicates.some((q) => q.source || (q.kind === 'verb' && !q.inverted && q.to <= figure.from))
    ) {
      const tail = next.predicates.find(
        (q) => q.source && q.kind === 'verb' && trailingAtEnd(q, next.tokens, next.dates),
      );
      const r = tail ? next.resolved.get(tail) : null;
      if (tail && r && (r.reporterId || r.parties.length)) {
        const date = statementDate(next.tokens, tail, null, next.dates);
        return {
          ...fromResolved(r, 'neighbouring-sentence'),
          statedOn: date?.iso ?? null,
          statedOnText: date?.text ?? null,
        };
      }
    }
    const prev = infos[pl.sentence - 1];
    if (prev?.main && sentences[pl.sentence - 1]!.paragraph === s.paragraph && !info.predicates.some((q) => q.source))
      return { ...prev.main, via: 'earlier-sentence' };
    return listHeading(s.paragraph) ?? NONE;
  };

  /**
   * "Ukraine's military intelligence:" over "- roughly 7,000 moved to the border": a list item that
   * names no source of its own is told by the source its heading names (and on the heading's day).
   */
  const listHeading = (paragraph: number): Attribution | null => {
    const texts = input.paragraphs.map((x) => x.text);
    if (!LIST_ITEM.test(texts[paragraph] ?? '')) return null;
    let k = paragraph - 1;
    while (k >= 0 && LIST_ITEM.test(texts[k]!)) k--;
    const heading = texts[k]?.trim() ?? '';
    if (k < 0 || !heading.endsWith(':') || heading.split(/\s+/).length > 14) return null;
    const j = sentences.findLastIndex((x, n) => x.paragraph === k && n < infos.length);
    const info = infos[j];
    if (!info) return null;
    const r = info.mentions.map((m) => info.byMention.get(m)).find((x) => x && (x.reporterId || x.parties.length));
    if (!r) return null;
    const day = info.dates.find((d) => d.day && d.iso);
    return { ...fromResolved(r, 'list-heading'), statedOn: day?.iso ?? null, statedOnText: day?.text ?? null };
  };

  // Each sentence's own attribution (for quotations and continuations), in order.
  read.forEach((s, i) => {
    const info = infos[i]!;
    // (A figure in the possessive, "the State Department's 10,000", tells of a statement, it is none.)
    // (The first that names a registry entry: in "Lawmaker Park said on Wednesday that the NIS now
    // counted …" the lawmaker no registry lists tells the agency's words.)
    const first = info.predicates.find((p) => {
      const r = p.source ? info.resolved.get(p) : null;
      return r && (r.reporterId || r.parties.length) && p.cue !== "'s";
    });
    if (first) {
      const r = info.resolved.get(first)!;
      if (r.reporterId || r.parties.length) {
        const date =
          statementDate(info.tokens, first, null, info.dates) ?? tellingDate(info, info.predicates.indexOf(first));
        const statedOn = date ? date.iso : (inheritedDate(r, i) ?? (live ? info.reference : null));
        info.main = { ...fromResolved(r, 'same-sentence'), statedOn, statedOnText: date?.text ?? null };
        // ("That is up from the 600 it cited in April": a statement told of, right after its figure, is
        // of another occasion, as a pluperfect one is.)
        const toldOf = first.kind === 'verb' && info.tokens[(first.source?.from ?? 0) - 1]?.type === 'number';
        // ("In its April briefing the agency had counted …": a verb of the same source in the pluperfect.)
        const earlier = info.predicates.some(
          (q) => pluperfect(info.tokens, q) && info.resolved.get(q)?.reporterId === r.reporterId,
        );
        info.flashback = earlier || toldOf;
        return;
      }
    }
    const prev = infos[i - 1];
    if (prev?.main && sentences[i - 1]!.paragraph === s.paragraph && !hearsayIn(info.tokens, 0, info.tokens.length))
      info.main = { ...prev.main, via: 'earlier-sentence' };
  });

  /**
   * "Ukraine has confirmed that 2,000 …" then "The announcement was made … by HUR's Chernyak": a
   * state named as a whole is the body a neighbouring sentence names as the maker of that statement.
   */
  function refine(a: Attribution, i: number): Attribution {
    const own = a.reporterId ? registry.reporters.get(a.reporterId) : undefined;
    if (!own || own.kind !== 'government') return a;
    for (const j of [i + 1, i - 1]) {
      if (!infos[j]?.describesStatement) continue;
      const near = infos[j]?.main;
      const entry = near?.reporterId ? registry.reporters.get(near.reporterId) : undefined;
      if (near && entry && entry.country === own.country && !registry.isGeneral(entry.id))
        return {
          ...near,
          via: 'neighbouring-sentence',
          statedOn: a.statedOn ?? near.statedOn,
          statedOnText: a.statedOnText ?? near.statedOnText,
        };
    }
    return a;
  }

  function labelSource(label: string): Resolved | null {
    const tokens = tokenize(label);
    const mentions = findMentions(label, tokens, registry, registry.match(label), model.knownNames());
    // ("South Korean officials (via Yonhap)": the channel a label names after "via" is not its source.)
    const via = (x: Mention) => tokens[x.from - 1]?.norm === 'via';
    const named = mentions.filter((x) => x.type !== 'pronoun' && x.type !== 'description' && !via(x));
    // "Ukraine (GUR)", "South Korea — NIS": the state's body named beside the state is the source.
    const body = named.find(
      (x) => x.reporterId && !registry.isGeneral(x.reporterId) && x.kind !== 'media' && x.country === named[0]?.country,
    );
    const m = named[0]?.reporterId && registry.isGeneral(named[0].reporterId) && body ? body : named[0];
    const single = model.bySurname(
      label.replace(/^(?:mr|ms|mrs|dr|gen|lt|col|adm|amb|ambassador|secretary|president|minister)\.?\s+/i, '').trim(),
    );
    if (!m) return single;
    const r = model.resolve(m, sentences.length);
    if (r && (r.reporterId || r.parties.length)) return r;
    const who = single ?? r;
    // ("SPOKESPERSON JEON HA-KYU:", then "JEON:": the same speaker for the host.)
    const names = who?.person?.toLowerCase().split(/\s+/) ?? [];
    if (who?.person && host && !who.reporterId && names.some((n) => hostSpeakers.has(n)))
      return { ...who, reporterId: host.id, country: host.country, kind: host.kind, inferred: true };
    return who;
  }

  /** Whom a question turn's "you" addresses: the speaker of the answer after it, else the briefing's host. */
  function addressee(paragraph: number): Resolved | null {
    if (!turns[paragraph]?.question) return null;
    const answer = turns.slice(paragraph + 1).find((t) => t && !t.question);
    return (answer ? labelSource(answer.label) : null) ?? (host ? inferredBody(host, 'you') : null);
  }

  /** The day the question turn just before sentence `i` gave a statement of a body of `country`. */
  function questionDay(i: number, country: string | null): string | null {
    const paragraph = sentences[i - 1]?.paragraph ?? -1;
    if (!country || !turns[paragraph]?.question) return null;
    for (let j = i - 1; j >= 0 && sentences[j]!.paragraph === paragraph; j--) {
      const info = infos[j]!;
      const by = info.statementBy ?? (info.main?.reporterId ? [info.main.reporterId] : []);
      const day = info.statementDay ?? info.main?.statedOn ?? null;
      if (day && by.some((id) => registry.reporters.get(id)?.country === country)) return day;
    }
    return null;
  }

  function inheritedDate(r: Resolved, sentence: number): string | null {
    // "He said 8,000 remained", "The agency also said": the same reporter spoke just before, in this
    // paragraph or the one before it, on the day the text gave.
    const paragraph = sentences[sentence]!.paragraph;
    // (No reporter and no name: nothing says who spoke, so no earlier words are theirs.)
    if (!r.reporterId && !r.person) return null;
    for (let j = sentence - 1; j >= 0 && sentences[j]!.paragraph >= paragraph - 1; j--) {
      if (infos[j]!.flashback) continue;
      const main = infos[j]!.main;
      const same = r.reporterId
        ? main?.reporterId === r.reporterId && (main.speaker === r.person || !r.person || !main.speaker)
        : main?.speaker === r.person;
      // (A sentence of theirs that names no day at all, "Lee spoke to reporters after the audit", sets no
      // other occasion: look past it to the day the text gave.)
      if (main && same && (main.statedOn !== null || main.statedOnText !== null)) return main.statedOn;
    }
    // Further back, the last day the text gave for this reporter's words (three paragraphs at most).
    return model.lastStatedOn(r, paragraph - 3, sentence);
  }

  /**
   * "About 2,000 have been killed, according to the NIS." then "Lawmaker Lee relayed the estimate on
   * Tuesday after a briefing by the agency.": a statement the text dates only in the sentence after,
   * which takes it up again ("the estimate", "the revised figure"), takes that sentence's day.
   */
  function laterDay(a: Attribution, sentence: number): string | null {
    const next = infos[sentence + 1];
    if (!next || sentences[sentence + 1]!.paragraph !== sentences[sentence]!.paragraph) return null;
    const back = next.tokens.some(
      (t, k) =>
        REPORTING_NOUNS.has(t.norm) && /^(the|that|this|revised|new|latest)$/.test(next.tokens[k - 1]?.norm ?? ''),
    );
    // ("The NIS said 1,700 more had arrived. That was on Monday.")
    if (next.dating && next.statementDay) return next.statementDay;
    if (!back || next.flashback) return null;
    if (next.statementDay && (next.statementBy ?? [a.reporterId]).includes(a.reporterId)) return next.statementDay;
    const main = next.main;
    // ("Lawmaker Lee relayed the estimate to reporters on Tuesday": no one is its source, or only the
    // estimate's own ("after a briefing by the agency"), the estimate taken up is this one, and the
    // one day the sentence gives is when it was told.)
    const days = next.dates.filter((d) => d.day && d.iso);
    const figures = placements.some((q) => q.sentence === sentence + 1);
    const single = days.length === 1 && !figures ? days[0]!.iso : null;
    if (!main || main.via === 'earlier-sentence') return single;
    const same = main.reporterId === a.reporterId || (main.speaker !== null && main.speaker === a.speaker);
    if (!same) return null;
    return main.statedOnText === null ? single : main.statedOn;
  }

  const figures = placements.map((pl) => {
    const a = attribute(pl);
    // (Or dated to a month only: "The NIS, in September: …" then "Lee passed the new estimate to
    // reporters on Sept. 2." gives the day within it.)
    const month = a.statedOnText === null ? null : monthNamed(a.statedOnText);
    const undated = !a.drop && a.statedOn === null && (a.statedOnText === null || month) && (a.reporterId || a.speaker);
    if (!undated) return a;
    const day = laterDay(a, pl.sentence);
    return { ...a, statedOn: month && day && Number(day.slice(5, 7)) !== month ? null : day };
  });
  return { figures, unresolved };
}

/** The month (1–12) that words of a date name without a day ("in September", "last April"), else null. */
function monthNamed(text: string): number | null {
  if (/\d/.test(text)) return null;
  const words = text.toLowerCase().split(/[^a-z]+/);
  const k = MONTH_NAMES.findIndex((m) => words.some((w) => w.length >= 3 && m.startsWith(w)));
  return k < 0 ? null : k + 1;
}

/**
 * "- Sergei Shoigu, secretary of Russia's Security Council, June 17: … he said …": the day a list
 * item's label gives is the day of its reporter's words in the item.
 */
function labelDay(info: SentenceInfo, r: Resolved): string | null {
  const label = info.predicates.find((q) => q.kind === 'label' && q.cue === ':');
  if (!label || !r.reporterId || info.resolved.get(label)?.reporterId !== r.reporterId) return null;
  return info.dates.find((d) => d.day && d.iso && d.to <= label.from && d.from >= label.segmentFrom)?.iso ?? null;
}

/**
 * "Lawmaker Park said on Wednesday that the agency now counted …": when the sentence's first source
 * speaks inside another's words, the day of the verb that tells them.
 */
function tellingDate(info: SentenceInfo, k: number): PlacedDate | null {
  const p = info.predicates[k]!;
  for (const q of info.predicates.slice(0, k).reverse()) {
    if (q.kind !== 'verb' || !q.source || q.to > p.from) continue;
    if (!info.tokens.slice(q.to, p.from).some((t) => t.norm === 'that')) continue;
    return statementDate(info.tokens, q, null, info.dates);
  }
  return null;
}

/** "It quoted South Korean military officials as saying …": the entity that passes the source's words on. */
function passerOf(info: SentenceInfo, p: Predicate): Resolved | null {
  const at = p.source?.from ?? -1;
  if (/^(?:quoted|cited)$/.test(info.tokens[at - 1]?.norm ?? '')) {
    const m = info.mentions.find((x) => x.to === at - 1);
    return m ? (info.byMention.get(m) ?? null) : null;
  }
  // "An assessment by Ukraine's intelligence, seen by the network, said …", "The network reported that
  // Ukraine's intelligence expects …": an outlet carries the source's words, on the day it reported.
  const outlet = info.mentions.find((m) => {
    const r = info.byMention.get(m);
    if (r?.kind !== 'media' || m === p.source) return false;
    const before = info.tokens
      .slice(Math.max(0, m.from - 4), m.from)
      .map((t) => t.norm)
      .filter((w) => !/^(?:the|a|same|new|latest|own)$/.test(w));
    return (
      (/^(?:seen|obtained|reviewed|reported|carried|published)$/.test(before.at(-2) ?? '') && before.at(-1) === 'by') ||
      // "Western officials quoted in the same CNN report said": the report they appear in carries them.
      (/^(?:quoted|cited|named)$/.test(before.at(-2) ?? '') && before.at(-1) === 'in')
    );
  });
  if (outlet) return info.byMention.get(outlet) ?? null;
  const outer = info.predicates.find(
    (q) =>
      q !== p &&
      q.kind === 'verb' &&
      q.to <= p.from &&
      info.resolved.get(q)?.kind === 'media' &&
      info.tokens.slice(q.to, p.from).some((t) => t.norm === 'that'),
  );
  return outer ? (info.resolved.get(outer) ?? null) : null;
}

/** A reporting noun followed by a figure other than `figure`: "the NIS's estimate of 2,000". */
function ownsFigure(tokens: readonly Token[], q: Predicate, figure: { from: number; to: number }): boolean {
  const next = tokens.slice(q.to, q.to + 3).findIndex((t) => t.type === 'number');
  const at = q.to + next;
  return next >= 0 && (at < figure.from || at >= figure.to);
}

/** The words before the body that briefed someone: "was briefed by", "after a briefing from". */
const BRIEFED_BY = /(?:^| )(?:briefed by|briefing by|briefing from|briefing of)(?: the)?$/;

/** A label's role that speaks for the host of a briefing. */
const HOST_ROLE = /\b(?:spokesperson|spokesman|spokeswoman|minister|secretary|director|deputy|official)\b/i;

/**
 * "up from its April assessment of at least 600", "against 600 in its April count": a date that
 * names the statement the figure itself belongs to (a reporting noun right beside the figure).
 */
function ownOccasion(
  tokens: readonly Token[],
  figure: { from: number; to: number },
  dates: readonly PlacedDate[],
): PlacedDate | null {
  return (
    dates.find((d) => {
      if (!REPORTING_NOUNS.has(tokens[d.to]?.norm ?? '')) return false;
      // "… 600 in its April assessment"
      const after =
        d.from >= figure.to && d.from <= figure.to + 3 && /^(in|by|from)$/.test(tokens[figure.to]?.norm ?? '');
      // "its April assessment of 600"
      const before = d.to + 2 === figure.from && tokens[d.to + 1]?.norm === 'of';
      return after || before;
    }) ?? null
  );
}

/** "have said", "has long estimated": a reporting verb in the present perfect, said at no one time. */
function presentPerfect(tokens: readonly Token[], p: Predicate): boolean {
  if (p.kind !== 'verb') return false;
  const before = tokens.slice(Math.max(0, p.from - 3), p.from).map((t) => t.norm);
  const aux = before.findLastIndex((w) => w === 'have' || w === 'has');
  return aux >= 0 && before.slice(aux + 1).every((w) => /ly$|^(?:long|also|repeatedly|since|now)$/.test(w));
}

/** Past forms that end in no "-ed": "said", "told", "gave" … */
const PAST = /^(?:said|told|gave|put|wrote|spoke|thought|held|found|saw|knew|made|came|cited)$/;

/** A reporting verb in the present: "assess", "says", "believes" (a turn says what holds now). */
function presentTense(p: Predicate): boolean {
  return p.kind === 'verb' && !/ed$/.test(p.cue) && !PAST.test(p.cue) && !/ing$/.test(p.cue);
}

/** "their count is about 400", "its estimate now stands at 2,000": a source's figure told as holding now. */
function presentCount(p: Predicate, tokens: readonly Token[]): boolean {
  if (p.kind !== 'noun' || p.cue === "'s") return false;
  const next = tokens[p.to]?.norm === 'now' ? tokens[p.to + 1] : tokens[p.to];
  return /^(?:is|are|stands|remains)$/.test(next?.norm ?? '');
}

/** "Kyiv said …; its General Staff put …": the body of the pronoun's role in its antecedent's country. */
function roleOf(m: Mention, r: Resolved | null, registry: Registry): Resolved | null {
  const entry = m.role && r?.country ? registry.find(m.role.kind, r.country, m.role.key) : undefined;
  return entry ? inferredBody(entry, m.text) : r;
}

/** "briefed in Kyiv", "talks in Seoul": a state named as a place, no one a pronoun may stand for. */
function located(tokens: readonly Token[], m: Mention): boolean {
  return (
    m.kind === 'government' &&
    !m.possessive &&
    /^(?:in|at|inside|near|across|into|throughout)$/.test(tokens[m.from - 1]?.norm ?? '')
  );
}

/** "Kim, he said, had decided": the pronoun speaks in a parenthesis right after the name, of the name. */
function parenthetical(tokens: readonly Token[], name: Mention, pronoun: Mention): boolean {
  return (
    pronoun.type === 'pronoun' &&
    pronoun.from === name.to + 1 &&
    tokens[name.to]?.text === ',' &&
    REPORTING_VERBS.has(tokens[pronoun.to]?.norm ?? '') &&
    tokens[pronoun.to + 1]?.text === ','
  );
}

function fromResolved(r: Resolved, via: AttributionVia): Attribution {
  return {
    ...NONE,
    reporterId: r.parties.length ? null : r.reporterId,
    speaker: r.isPerson ? r.person : null,
    parties: r.parties,
    inferred: r.inferred,
    via,
    text: r.text,
  };
}

/** The source a predicate names, after citing, briefings, lawmakers and outlets are weighed. */
function sourceOf(
  p: Predicate,
  byMention: Map<Mention, Resolved | null>,
  info: SentenceInfo,
  model: DocumentModel,
  registry: Registry,
): Resolved | null {
  const subject0 = p.source ? (byMention.get(p.source) ?? null) : null;
  const countryOf = (m: Mention | null, r: Resolved | null): Resolved | null => {
    // "a South Korean lawmaker …, citing the intelligence service": with nothing before it to stand
    // for, the description is the speaker's country's body of that kind.
    const kind = m?.type === 'description' && !r?.reporterId ? m.wants?.kinds?.[0] : undefined;
    const home = kind && subject0?.country ? registry.find(kind, subject0.country) : undefined;
    if (home) return inferredBody(home, m!.text);
    // "a South Korean media report citing an unnamed government official": unnamed officials of the citing party's country.
    if (!m || !r || m.type !== 'anonymous' || r.reporterId) return r;
    const country = info.tokens
      .slice(0, m.from)
      .map((_, k) => nationalityAt(info.tokens, k)?.country)
      .findLast(Boolean);
    const entry = country ? registry.find('anonymous-official', country) : undefined;
    return entry && country ? { ...r, reporterId: entry.id, country } : r;
  };
  const cited = countryOf(p.cited, p.cited ? (byMention.get(p.cited) ?? null) : null);
  const subject = p.cue === 'citing' || p.cue === 'quoting' ? countryOf(p.source, subject0) : subject0;
  // "We estimate …," Budanov said: "we" is the speaker of the quotation.
  // (Whether or not "we" found an antecedent before the quotation.)
  if (p.source?.type === 'pronoun' && /^(we|i)$/.test(p.source.text.toLowerCase()) && info.inQuote(p.source.start)) {
    const outside = info.predicates.find((q) => q !== p && q.source && !info.inQuote(q.source.start));
    return outside ? (byMention.get(outside.source!) ?? null) : null;
  }
  // "KBS, citing an unnamed Telegram channel": an outlet passing on an unnamed publication's claim.
  if (p.cited?.thirdParty) return subject0 ? { ...subject0, reporterId: null } : null;
  if (cited && (cited.reporterId || cited.parties.length)) {
    if (subject && subject.kind === 'lawmaker') subject.briefer = cited.reporterId;
    if (p.source?.type === 'person' || p.source?.type === 'registry')
      model.add({ ...subject!, briefer: cited.reporterId }, -1, false);
    return {
      ...cited,
      person: subject?.isPerson ? subject.person : cited.person,
      isPerson: subject?.isPerson ?? cited.isPerson,
    };
  }
  if (!subject) return null;
  // "NHK reported …, citing diplomatic sources it did not name": an outlet passing on unnamed
  // sources of no country is no source itself; no one in the registry is.
  // (Not sources placed somewhere, "unnamed sources in North Korea and Russia": the outlet's own network.)
  const placed = (m: Mention) =>
    info.tokens.slice(m.from, m.to + 4).some((_, k) => nationalityAt(info.tokens, m.from + k) !== null);
  if (p.cited?.type === 'anonymous' && cited && !cited.reporterId && subject.kind === 'media' && !placed(p.cited))
    return { ...subject, reporterId: null, parties: [] };
  if (subject.kind === 'lawmaker' && !subject.reporterId) {
    // (Another lawmaker's briefer only when of the lawmaker's own country: "lawmakers briefed by the
    // NIS" go on speaking for it, a Korean lawmaker briefed in Kyiv speaks for no one else.)
    const last = model.lastBriefer();
    const near = last && (!subject.country || registry.reporters.get(last)?.country === subject.country);
    const briefer = subject.briefer ?? (near ? last : null);
    const entry = briefer ? registry.reporters.get(briefer) : undefined;
    if (entry) return { ...subject, reporterId: entry.id, country: entry.country, kind: entry.kind };
  }
  return subject;
}

/** A predicate inside a quotation, when the figure is outside it, says nothing about the figure. */
function quotedAway(p: Predicate, info: SentenceInfo, pl: Placement): boolean {
  const at = info.tokens[p.from]!.start;
  return info.inQuote(at) && !info.inQuote(pl.start) && p.source?.type !== 'pronoun';
}

/** "…, the NIS said." at the very end of a sentence, with nothing counted after it. */
function trailingAtEnd(p: Predicate, tokens: readonly Token[], dates: readonly PlacedDate[]): boolean {
  let lead = p.inverted || !p.source ? p.from : p.source.from;
  if (/^(the|a|an)$/.test(tokens[lead - 1]?.norm ?? '')) lead--;
  // (", lawmaker Lee said", ", opposition lawmaker Lee said": a title in lower case before the name.)
  for (let n = 0; n < 3 && tokens[lead - 1]?.type === 'word' && /^\p{Ll}/u.test(tokens[lead - 1]!.text); n++) lead--;
  if (!/^[,”"]$/.test(tokens[lead - 1]?.text ?? '')) return false;
  // (Up to the end of the attribution's own clause: "…, Lee said on Tuesday, more than three times …".)
  const end = tokens.findIndex((t, k) => k >= p.to && /^[,;:—–]$/.test(t.text));
  // (A date's digits are no figure: "…, deputy chief Skibitskyi said on 19 February.")
  const inDate = (k: number) => dates.some((d) => k >= d.from && k < d.to);
  return !tokens
    .slice(p.to, end < 0 ? undefined : end)
    .some((t, k) => (t.type === 'number' && !inDate(p.to + k)) || t.norm === 'that');
}

function tokenRange(tokens: readonly Token[], start: number, end: number): { from: number; to: number } {
  let from = tokens.findIndex((t) => t.end > start);
  if (from < 0) from = tokens.length;
  let to = from;
  while (to < tokens.length && tokens[to]!.start < end) to++;
  return { from, to: Math.max(to, from + 1) };
}

/** "Date (2025)": the year a table's header gives its dates, as the last day of that year. */
function tableYear(header: readonly string[] | null): string | null {
  const year = header?.join(' ').match(/\b(?:19|20)\d{2}\b/)?.[0];
  return year ? `${year}-12-31` : null;
}

/**
 * The latest day the text names, a full date or the end of a month with its year ("in December
 * 2024"): near it lie the month-days of an undated article.
 */
function latestFullDate(sentences: readonly SentenceRef[]): string | null {
  let latest: string | null = null;
  for (const s of sentences)
    for (const d of findDates(s.text, null, null)) {
      const day = d.iso ?? (d.month ? monthEnd(d.month) : null);
      if (day && (!latest || day > latest)) latest = day;
    }
  return latest;
}

/** The last day of a month, `YYYY-MM` → `YYYY-MM-DD`. */
const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** Spans of text inside quotation marks; an unclosed quotation runs to the end. */
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
 * Sentences that belong to one quotation over several sentences or paragraphs: a quotation left
 * open at the end of a paragraph goes on where the next paragraph opens one again (the press's
 * convention), until one closes.
 */
function quotationGroups(sentences: readonly SentenceRef[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  let open: number[] | null = null;
  sentences.forEach((s, i) => {
    const text = s.text.trim();
    if (open && sentences[i - 1]!.paragraph !== s.paragraph && !/^[“"]/.test(text)) open = null;
    let inside = open !== null;
    for (const c of text) {
      if (c === '“') inside = true;
      else if (c === '”') inside = false;
      else if (c === '"') inside = !inside;
    }
    if (open) {
      open.push(i);
      if (!inside) {
        for (const j of open) groups.set(j, open);
        open = null;
      }
    } else if (inside) open = [i];
  });
  return groups;
}

/** "had said", "had earlier estimated": a reporting verb in the pluperfect, telling of an earlier statement. */
function pluperfect(tokens: readonly Token[], p: Predicate): boolean {
  if (p.kind !== 'verb') return false;
  let k = p.from - 1;
  while (k > 0 && SUBJECT_GAP.has(tokens[k]!.norm) && tokens[k]!.norm !== 'had') k--;
  return tokens[k]?.norm === 'had';
}
