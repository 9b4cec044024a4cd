/**
 * One folder per phenomenon the extractor must handle (tests/fixtures/phenomena/<case>/), each an
 * article of our own sentences (kept apart from the dev set) with `expected.yaml` written by hand:
 * every estimate the article holds, with the fields that case is about. A figure the file does not
 * list must not be extracted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schemas/claim.ts';
import { runSource } from '../support/pipeline.ts';

interface Expected {
  /** The figure's words, as a snippet of its sentence. */
  number: string;
  /** Its `numberText`, when the snippet says more than the figure ("12,000 North Korean troops"). */
  numberText?: string;
  measure?: string;
  low?: number | null;
  high?: number | null;
  qualifier?: string;
  reporter?: string | null;
  parties?: string[];
  speaker?: string | null;
  statedOn?: string | Date | null;
  inferred?: boolean;
}

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'phenomena');
const day = (d: string | Date | null) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

for (const name of readdirSync(ROOT).sort()) {
  describe(name.replace(/-/g, ' '), async () => {
    const text = readFileSync(join(ROOT, name, 'input.txt'), 'utf8');
    const expected = parse(readFileSync(join(ROOT, name, 'expected.yaml'), 'utf8')) as Expected[];
    const estimates = (await runSource(text, name)).claims.filter((c) => c.kind === 'estimate');
    const find = (e: Expected): Claim | undefined =>
      estimates.find((c) => c.numberText === (e.numberText ?? e.number) && c.quote.includes(e.number)) ??
      estimates.find((c) => c.numberText === (e.numberText ?? e.number));

    for (const e of expected) {
      it(`reads "${e.number}"`, () => {
        const c = find(e);
        expect(c, `no estimate "${e.number}"; found ${estimates.map((x) => x.numberText).join(', ')}`).toBeDefined();
        const got: Record<string, unknown> = {};
        const want: Record<string, unknown> = {};
        const pairs: [keyof Expected, unknown][] = [
          ['measure', c!.measure],
          ['low', c!.low],
          ['high', c!.high],
          ['qualifier', c!.qualifier],
          ['reporter', c!.reporter?.id ?? null],
          ['parties', c!.parties],
          ['speaker', c!.speaker],
          ['statedOn', c!.statedOn],
          ['inferred', c!.reporterInferred],
        ];
        for (const [key, value] of pairs) {
          if (e[key] === undefined) continue;
          want[key] = key === 'statedOn' ? day(e.statedOn!) : e[key];
          got[key] = value;
        }
        expect(got).toEqual(want);
      });
    }
    it('reads no other figure', () => {
      expect(estimates.map((c) => c.numberText).sort()).toEqual(expected.map((e) => e.numberText ?? e.number).sort());
    });
  });
}
