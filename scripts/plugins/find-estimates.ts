import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { Measure } from '../../src/schemas/vocabulary.ts';
import { mentionsPeople } from '../extract/figures/counts.ts';
import { findEstimates, findRowEstimates } from '../extract/figures/estimates.ts';
import { namesFront } from '../extract/figures/measures.ts';
import { findTableRows } from '../extract/text/tables.ts';
import { MAX_CLAIMS_PER_SOURCE } from './attribute-claims.ts';

/**
 * Every numeric estimate about people, per sentence (extract/figures/estimates.ts); a table row's
 * figure cells as counts of what the row says it counts. Only English text is read: the word lists
 * are English, and a wrong claim is worse than none.
 */
export function findEstimatesInSentences() {
  return (tree: Root, file: VFile): void => {
    const sentences = file.data.sentences ?? [];
    file.data.mentions = [];
    if (file.data.meta?.language.split('-')[0] !== 'en') {
      if (sentences.length) file.message(`not extracted: language "${file.data.meta?.language}" is not English`);
      return;
    }
    const rows = findTableRows(tree.children.map((node) => toString(node)));
    let previousMeasure: Measure | undefined;
    let peopleSoFar = false;
    // Whether the sentence before named the front ("there", "the region" may then be it).
    let frontBefore = false;
    sentences.forEach((s, i) => {
      // (Past the cap on claims per source, nothing more is read: attribute-claims says where it stopped.)
      if (file.data.mentions!.length > MAX_CLAIMS_PER_SOURCE) return;
      const row = rows[s.paragraph];
      const frontHere = namesFront(s.text);
      // A bare figure counts people when the text before it is about them.
      peopleSoFar ||= i > 0 && mentionsPeople(sentences[i - 1]!.text);
      const previousMentionsPeople = peopleSoFar;
      const shift = s.start - (tree.children[s.paragraph]?.position?.start.offset ?? s.start);
      const found = row
        ? findRowEstimates(row)
            .map((e) => ({ ...e, start: e.start - shift, end: e.end - shift }))
            .filter((e) => e.start >= 0 && e.end <= s.text.length)
        : findEstimates(s.text, {
            previousMentionsPeople,
            frontNamed: frontHere || frontBefore,
            ...(previousMeasure ? { previousMeasure } : {}),
          });
      // "Analysts at 38 North": a number inside a name the registry knows counts no one.
      const names = found.length
        ? file.data.registry!.match(s.text).filter((a) => /\d/.test(s.text.slice(a.start, a.end)))
        : [];
      const counts = found.filter((e) => !names.some((a) => e.start < a.end && e.end > a.start));
      for (const estimate of counts)
        file.data.mentions!.push({ sentence: i, kind: 'estimate', estimate, statement: null });
      frontBefore = frontHere;
      previousMeasure =
        counts.at(-1)?.measure ?? (sentences[i + 1]?.paragraph === s.paragraph ? previousMeasure : undefined);
    });
  };
}
