import type { VFile } from 'vfile';
import type { Claim } from '../../src/schemas/claim.ts';
import { claimIdFor } from '../extract/claims/ids.ts';

/** Give every claim its stable id (lib/ids.ts); a second identical claim in one sentence gets "-2". */
export function assignIds() {
  return (_tree: unknown, file: VFile): void => {
    const seen = new Map<string, number>();
    file.data.claims = (file.data.drafts ?? []).map(({ sentence: _s, repeatSentences: _r, ...draft }): Claim => {
      const base = claimIdFor({ slug: file.data.slug!, ...draft });
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return { id: n === 1 ? base : `${base}-${n}`, ...draft };
    });
  };
}
