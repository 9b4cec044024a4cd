import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { lineOfOffset, lineRefs } from '../lib/boilerplate.ts';
import { attributeDocument } from '../extract/attribution/attribute.ts';
import type { DraftClaim } from '../lib/vfile-data.ts';

/**
 * The most claims one source may give: a news article gives a few dozen, so more is a pasted corpus
 * or an attack. Past it the rest of the source is not read for claims (a warning names the line),
 * which keeps the work, the pages and the home page bounded.
 */
export const MAX_CLAIMS_PER_SOURCE = 500;

/**
 * Give every mention its reporter (or parties), speaker and statement date, figure by figure
 * (extract/attribution/attribute.ts). A statement that nobody can be found to have made is not a
 * claim and is dropped, and so is a figure in a journalist's question; an estimate without a
 * reporter stays, with reporter null. Speakers the registry does not know are kept in
 * `file.data.unresolved` for the ingest report.
 */
export function attributeClaims() {
  return (tree: Root, file: VFile): void => {
    const { registry, slug } = file.data;
    const sentences = file.data.sentences ?? [];
    let mentions = file.data.mentions ?? [];
    if (mentions.length > MAX_CLAIMS_PER_SOURCE) {
      const first = sentences[mentions[MAX_CLAIMS_PER_SOURCE]!.sentence]!;
      const line = lineOfOffset(String(file.value), first.start);
      file.message(
        `line ${line}: more than the ${MAX_CLAIMS_PER_SOURCE} figures and statements a source ` +
          `may give; the first ${MAX_CLAIMS_PER_SOURCE} are kept and the rest, from this line on, are not read as claims`,
      );
      mentions = mentions.slice(0, MAX_CLAIMS_PER_SOURCE);
    }
    const paragraphs = tree.children.map((node) => ({ start: node.position?.start.offset ?? 0, text: toString(node) }));
    const lines = lineRefs(file.data.clean);
    const placements = mentions.map((m) =>
      m.estimate
        ? { sentence: m.sentence, start: m.estimate.start, end: m.estimate.end }
        : // A statement stands on the words that govern it (extract/figures/statements.ts).
          { sentence: m.sentence, ...m.statement!.at, statement: true },
    );
    const { figures, unresolved } = attributeDocument(
      { sentences, paragraphs, lines, publishedOn: file.data.meta?.publishedOn ?? null },
      placements,
      registry!,
    );
    file.data.unresolved = unresolved;
    file.data.drafts = mentions.flatMap((m, k): DraftClaim[] => {
      const a = figures[k]!;
      const s = sentences[m.sentence]!;
      const reporter = a.reporterId ? registry!.reporters.get(a.reporterId) : undefined;
      if (a.drop || (m.kind === 'statement' && !reporter && !a.parties.length)) return [];
      const e = m.estimate;
      const named = Boolean(reporter || a.parties.length);
      return [
        {
          kind: m.kind,
          quote: s.text,
          start: s.start,
          end: s.end,
          measure: e?.measure ?? null,
          low: e?.low ?? null,
          high: e?.high ?? null,
          qualifier: e?.qualifier ?? null,
          reporter: reporter ? { id: reporter.id, name: reporter.name, country: reporter.country } : null,
          speaker: a.speaker,
          statedOn: a.statedOn,
          source: slug!,
          numberText: e?.numberText ?? null,
          statedOnText: a.statedOnText,
          stance: m.statement?.stance ?? null,
          about: m.statement?.about ?? null,
          attribution: named ? { via: a.via, text: a.text } : null,
          repeats: [],
          status: 'machine',
          note: null,
          parties: a.parties,
          reporterInferred: a.inferred && Boolean(reporter),
          sentence: m.sentence,
          repeatSentences: [],
        },
      ];
    });
  };
}
