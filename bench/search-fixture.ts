/**
 * Synthetic claims for the search benchmark and the large-result browser test: any number,
 * deterministic, with real quotes (the corpus's own, figures varied) so the index has the real
 * data's text length and vocabulary.
 */
import type { Claim } from '../src/schemas/claim.ts';
import type { Reporter } from '../src/schemas/reporter.ts';
import type { IndexInput } from '../src/search/build-index.ts';
import { MEASURES } from '../src/schemas/vocabulary.ts';
import { fakeEstimate, fakeSource } from './chart-fixture.ts';

const OUTLETS = ['Yonhap', 'Reuters', 'BBC', 'Kyiv Independent', 'Korea JoongAng Daily', 'The Korea Daily', 'CNN'];

/**
 * `n` claims over `n / 5` sources and the given registry, quotes taken in turn from `quotes` with
 * their first figure replaced, so the same sentence recurs with other numbers.
 *
 * @example syntheticSearchInput(10000, registry, ['About 10,000 troops.']).claims.length // 10000
 */
export function syntheticSearchInput(n: number, registry: Reporter[], quotes: readonly string[]): IndexInput {
  const sources = Array.from({ length: Math.max(1, Math.ceil(n / 5)) }, (_, i) =>
    fakeSource({
      slug: `synthetic-${i}`,
      title: `Synthetic article ${i} about North Korean troops`,
      outlet: OUTLETS[i % OUTLETS.length]!,
      publishedOn: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    }),
  );
  const claims: Claim[] = Array.from({ length: n }, (_, i) => {
    const value = 1000 + ((i * 7919) % 14000);
    const reporter = i % 10 === 9 ? null : registry[i % registry.length]!;
    return fakeEstimate({
      id: `c-synthetic-${i}`,
      quote: quotes[i % quotes.length]!.replace(/\d[\d,]*/, value.toLocaleString('en-GB')),
      measure: MEASURES[i % MEASURES.length]!,
      low: value,
      high: value,
      reporter: reporter && { id: reporter.id, name: reporter.name, country: reporter.country },
      speaker: i % 3 === 0 ? 'Kyrylo Budanov' : null,
      statedOn: i % 2 ? `2025-01-${String((i % 28) + 1).padStart(2, '0')}` : null,
      source: `synthetic-${Math.floor(i / 5)}`,
    });
  });
  return {
    claims,
    sources: new Map(sources.map((s) => [s.slug, s])),
    reporters: new Map(registry.map((r) => [r.id, r])),
  };
}
