import type { VFile } from 'vfile';
import { mentionsPeople } from '../extract/figures/counts.ts';
import { findEstimates } from '../extract/figures/estimates.ts';

/**
 * Every numeric estimate about people, per sentence (see lib/estimates.ts). Only English text is
 * read: the word lists are English, and a wrong claim is worse than none.
 */
export function findEstimatesInSentences() {
  return (_tree: unknown, file: VFile): void => {
    const sentences = file.data.sentences ?? [];
    file.data.mentions = [];
    if (file.data.meta?.language.split('-')[0] !== 'en') {
      if (sentences.length) file.message(`not extracted: language "${file.data.meta?.language}" is not English`);
      return;
    }
    sentences.forEach((s, i) => {
      const previous = sentences[i - 1];
      const previousMentionsPeople = previous ? mentionsPeople(previous.text) : false;
      for (const estimate of findEstimates(s.text, { previousMentionsPeople })) {
        file.data.mentions!.push({ sentence: i, kind: 'estimate', estimate, stance: null });
      }
    });
  };
}
