import type { VFile } from 'vfile';
import { statementOf } from '../extract/figures/statements.ts';

/**
 * Confirmations and denials without a number ("the Kremlin called the reports a hoax"), with what
 * each confirms or denies (extract/figures/statements.ts), so the site can show disputes. Only sentences without an estimate; attribute-claims drops any it cannot attribute.
 */
export function findStatements() {
  return (_tree: unknown, file: VFile): void => {
    if (file.data.meta?.language.split('-')[0] !== 'en') return;
    const withEstimates = new Set((file.data.mentions ?? []).map((m) => m.sentence));
    (file.data.sentences ?? []).forEach((s, i) => {
      if (withEstimates.has(i)) return;
      const reading = statementOf(s.text, file.data.sentences?.[i - 1]?.text);
      if (reading) file.data.mentions!.push({ sentence: i, kind: 'statement', estimate: null, statement: reading });
    });
    file.data.mentions!.sort((a, b) => a.sentence - b.sentence);
  };
}
