import type { AttributionVia } from '../../../src/schemas/vocabulary.ts';
import { attributeSentence, quoteSpans, type SentenceAttribution } from './attribution.ts';
import { createPersonIndex } from './people.ts';
import { findDates, resolveDate } from '../text/dates.ts';
import type { Registry } from './registry.ts';

/** A sentence of the cleaned article, with its place in the raw text. */
export interface SentenceRef {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (line) it stands in. */
  paragraph: number;
}

/** Who a sentence's content is attributed to, after the document-level rules. */
export interface Attribution {
  reporterId: string | null;
  speaker: string | null;
  via: AttributionVia;
  /** The words that name the reporter. */
  text: string;
  statedOn: string | null;
  statedOnText: string | null;
}

export interface DocumentAttribution {
  /** One entry per sentence, null when the sentence is unattributed. */
  bySentence: (Attribution | null)[];
  /** Speakers the registry did not know, for the ingest report. */
  unresolved: { sentence: number; words: string }[];
}

/** How far back "the official said" may reach for its antecedent. */
const ANAPHORA_REACH = 4;
/** Attribution kinds too general to stand when a neighbouring sentence names the agency. */
const GENERAL_KINDS = new Set(['government']);

/**
 * Attribute every sentence of a document. In order: the sentence's own attribution; for a sentence
 * inside a quotation, the speaker named where the quotation opens or closes; for "he said" / "the
 * agency estimates", the last reporter named within a few sentences; otherwise the previous
 * sentence of the same paragraph, unless the sentence hedges ("reportedly"). A state named as a
 * whole ("Ukraine has confirmed") is refined to the agency a neighbouring sentence names
 * ("The announcement was made by … HUR").
 */
export function attributeDocument(
  sentences: readonly SentenceRef[],
  registry: Registry,
  publishedOn: string | null,
): DocumentAttribution {
  const people = createPersonIndex();
  const own: SentenceAttribution[] = sentences.map((s) => {
    const matches = registry.match(s.text);
    const a = attributeSentence(s.text, registry, people, matches);
    for (const m of matches) if (m.person) people.add(m.person, m.reporterId);
    if (a.best?.person) people.add(a.best.person, a.best.reporterId);
    return a;
  });
  const direct = own.map((a, i) => (a.best ? toAttribution(a, sentences[i]!, 'same-sentence', publishedOn) : null));
  const quoteGroups = quotationGroups(sentences);
  const out: (Attribution | null)[] = [];
  const unresolved: DocumentAttribution['unresolved'] = [];

  sentences.forEach((s, i) => {
    const a = own[i]!;
    let result = direct[i] ?? null;
    if (!result) {
      const group = quoteGroups.get(i);
      const fromQuote = group?.map((j) => direct[j]).find((x) => x);
      if (fromQuote) result = { ...fromQuote, via: 'quote' };
    }
    if (!result && a.anaphoric) {
      for (let j = i - 1; j >= Math.max(0, i - ANAPHORA_REACH) && !result; j--) {
        const prev = out[j];
        if (prev) result = { ...prev, via: 'earlier-sentence', statedOn: null, statedOnText: null };
      }
    }
    if (!result && !a.hearsay && !a.unresolved && !a.anaphoric) {
      const prev = out[i - 1];
      if (prev && sentences[i - 1]!.paragraph === s.paragraph) result = { ...prev, via: 'earlier-sentence' };
    }
    if (!result && a.unresolved) unresolved.push({ sentence: i, words: a.unresolved });
    if (result) result = refine(result, i, direct, registry);
    out.push(result);
  });
  return { bySentence: out, unresolved };
}

function toAttribution(
  a: SentenceAttribution,
  s: SentenceRef,
  via: AttributionVia,
  publishedOn: string | null,
): Attribution {
  const best = a.best!;
  const anchor = a.cueAt ?? best.at;
  const date = findDates(s.text)
    .filter((d) => d.parts.day !== null || d.parts.weekday !== null)
    .map((d) => ({ d, distance: Math.min(Math.abs(d.index - anchor), Math.abs(d.index - best.at)) }))
    .filter((x) => x.distance < 60)
    .sort((x, y) => x.distance - y.distance)[0]?.d;
  return {
    reporterId: best.reporterId,
    speaker: best.person,
    via: best.role === 'citing' ? 'citing' : via,
    text: best.text,
    statedOn: date ? resolveDate(date, publishedOn) : null,
    statedOnText: date ? date.matched : null,
  };
}

/** "Ukraine has confirmed …" followed by "The announcement was made … by HUR": the agency is the reporter. */
function refine(
  result: Attribution,
  i: number,
  direct: readonly (Attribution | null)[],
  registry: Registry,
): Attribution {
  const reporter = result.reporterId ? registry.reporters.get(result.reporterId) : undefined;
  if (!reporter || !GENERAL_KINDS.has(reporter.kind)) return result;
  for (const j of [i + 1, i - 1]) {
    const near = direct[j];
    const nearReporter = near?.reporterId ? registry.reporters.get(near.reporterId) : undefined;
    if (near && nearReporter && nearReporter.country === reporter.country && !GENERAL_KINDS.has(nearReporter.kind)) {
      return {
        ...near,
        via: 'neighbouring-sentence',
        statedOn: result.statedOn ?? near.statedOn,
        statedOnText: result.statedOnText ?? near.statedOnText,
      };
    }
  }
  return result;
}

/** Sentences that belong to one quotation spanning several sentences of a paragraph. */
function quotationGroups(sentences: readonly SentenceRef[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  let open: number[] | null = null;
  sentences.forEach((s, i) => {
    if (open && sentences[open[0]!]!.paragraph !== s.paragraph) open = null;
    const spans = quoteSpans(s.text);
    const last = spans[spans.length - 1];
    const startsInside = open !== null;
    const closes = startsInside && /[”"]/.test(s.text);
    if (startsInside) open!.push(i);
    if (startsInside && closes) {
      for (const j of open!) groups.set(j, open!);
      open = null;
    } else if (!startsInside && last && last[1] === s.text.length && !/[”"]\s*$/.test(s.text)) {
      open = [i];
    }
  });
  return groups;
}
