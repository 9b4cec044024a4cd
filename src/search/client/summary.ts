import type { SearchRecord } from '../records.ts';

const NAMES = { claim: ['claim', 'claims'], source: ['source', 'sources'], reporter: ['reporter', 'reporters'] };

/**
 * The result count as the page announces it (politely, to screen readers too).
 *
 * @example summary('kursk', [{ type: 'claim' }, { type: 'source' }]) // '2 results for “kursk”: 1 claim, 1 source.'
 * @example summary(' ', []) // ''
 */
export function summary(query: string, hits: readonly Pick<SearchRecord, 'type'>[]): string {
  const q = query.trim();
  if (!q) return '';
  if (!hits.length) return `No results for “${q}”. Try fewer or shorter words.`;
  const parts = (['claim', 'source', 'reporter'] as const).flatMap((type) => {
    const n = hits.filter((hit) => hit.type === type).length;
    return n ? [`${n} ${NAMES[type][n === 1 ? 0 : 1]}`] : [];
  });
  return `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${q}”: ${parts.join(', ')}.`;
}
