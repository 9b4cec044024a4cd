import type { VFile } from 'vfile';
import { statementStance } from '../extract/figures/statements.ts';

/**
 * Confirmations and denials without a number ("the Kremlin called the reports a hoax"), so the site
 * can show disputes. Only sentences without an estimate; attribute-claims drops any it cannot attribute.
 */
export function findStatements() {
  return (_tree: unknown, file: VFile): void => {
    if (file.data.meta?.language.split('-')[0] !== 'en') return;
    const withEstimates = new Set((file.data.mentions ?? []).map((m) => m.sentence));
    (file.data.sentences ?? []).forEach((s, i) => {
      if (withEstimates.has(i)) return;
      const stance = statementStance(s.text, file.data.sentences?.[i - 1]?.text);
      if (stance) file.data.mentions!.push({ sentence: i, kind: 'statement', estimate: null, stance });
    });
    file.data.mentions!.sort((a, b) => a.sentence - b.sentence);
  };
}
