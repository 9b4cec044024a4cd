import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { findTurns } from '../extract/attribution/structure.ts';
import { statementOf } from '../extract/figures/statements.ts';

/**
 * Confirmations and denials without a number ("the Kremlin called the reports a hoax"), with what
 * each confirms or denies (extract/figures/statements.ts), so the site can show disputes. Only
 * sentences without an estimate; attribute-claims drops any it cannot attribute. In a transcript,
 * a speaker's answer asserts what it says; a question asserts nothing.
 */
export function findStatements() {
  return (tree: Root, file: VFile): void => {
    if (file.data.meta?.language.split('-')[0] !== 'en') return;
    const sentences = file.data.sentences ?? [];
    const withEstimates = new Set((file.data.mentions ?? []).map((m) => m.sentence));
    const paragraphs = tree.children.map((node) => ({ start: node.position?.start.offset ?? 0, text: toString(node) }));
    const turns = findTurns(paragraphs);
    // (Sentences come in text order: the paragraph of each is found by walking on, not by searching.)
    let k = 0;
    // (A sentence may begin with the label, "MS. SINGH: As far as we can tell, …": it is spoken when
    // it reaches past the label.)
    const spoken = (s: { start: number; end: number }): boolean => {
      while (k + 1 < paragraphs.length && paragraphs[k + 1]!.start <= s.start) k++;
      const turn = turns[k];
      return Boolean(turn && !turn.question && s.end > paragraphs[k]!.start + turn.bodyAt);
    };
    sentences.forEach((s, i) => {
      if (withEstimates.has(i)) return;
      const previous = [1, 2, 3].flatMap((back) => sentences[i - back]?.text ?? []);
      const reading = statementOf(s.text, previous, spoken(s));
      if (reading) file.data.mentions!.push({ sentence: i, kind: 'statement', estimate: null, statement: reading });
    });
    file.data.mentions!.sort((a, b) => a.sentence - b.sentence);
  };
}
