import type { VFile } from 'vfile';
import { attributeDocument } from '../extract/attribution/discourse.ts';
import type { DraftClaim } from '../lib/vfile-data.ts';

/**
 * Give every mention its reporter, speaker and statement date (lib/discourse.ts). A statement that
 * nobody can be found to have made is not a claim and is dropped; an estimate without a reporter
 * stays, with reporter null. Speakers the registry does not know are kept in `file.data.unresolved`.
 */
export function attributeClaims() {
  return (_tree: unknown, file: VFile): void => {
    const { registry, slug } = file.data;
    const sentences = file.data.sentences ?? [];
    const { bySentence, unresolved } = attributeDocument(sentences, registry!, file.data.meta?.publishedOn ?? null);
    file.data.unresolved = unresolved;
    file.data.drafts = (file.data.mentions ?? []).flatMap((m): DraftClaim[] => {
      const s = sentences[m.sentence]!;
      const a = bySentence[m.sentence] ?? null;
      const reporter = a?.reporterId ? registry!.reporters.get(a.reporterId) : undefined;
      if (m.kind === 'statement' && !reporter) return [];
      const e = m.estimate;
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
          speaker: a?.speaker ?? null,
          statedOn: a?.statedOn ?? null,
          source: slug!,
          numberText: e?.numberText ?? null,
          statedOnText: a?.statedOnText ?? null,
          stance: m.stance,
          attribution: a && reporter ? { via: a.via, text: a.text } : null,
          repeats: [],
          status: 'machine',
          note: null,
          sentence: m.sentence,
          repeatSentences: [],
        },
      ];
    });
  };
}
