/**
 * One loop over tests/fixtures/<step>/<case-name>/: `input.txt` → the step's output, compared with
 * the golden `output.*` file (see tests/support/golden.ts; `UPDATE=1` rewrites goldens locally).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { cleanLines } from '../../scripts/lib/boilerplate.ts';
import { findEstimates } from '../../scripts/extract/figures/estimates.ts';
import { expectGolden } from '../support/golden.ts';
import { runFile, runSource } from '../support/pipeline.ts';

const ROOT = join(import.meta.dirname, '..', 'fixtures');
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** What each step's golden file records. */
const STEPS: Record<string, { output: string; run: (input: string) => Promise<string> | string }> = {
  'clean-boilerplate': {
    output: 'output.json',
    run: (input) =>
      json(
        cleanLines(input)
          .lines.filter((l) => l.role !== 'blank')
          .map((l) => [l.line, l.role, l.reason ?? null]),
      ),
  },
  'segment-sentences': {
    output: 'output.json',
    run: async (input) => json((await runFile(input)).file.data.sentences?.map((s) => s.text)),
  },
  'find-estimates': {
    output: 'output.json',
    run: (input) =>
      json(
        input
          .split('\n')
          .filter(Boolean)
          .map((s) => [s, findEstimates(s).map((e) => [e.numberText, e.measure, e.low, e.high, e.qualifier])]),
      ),
  },
  claims: {
    output: 'output.json',
    run: async (input) =>
      json(
        (await runSource(input)).claims.map((c) => ({
          kind: c.kind,
          measure: c.measure,
          low: c.low,
          high: c.high,
          qualifier: c.qualifier,
          reporter: c.reporter?.id ?? null,
          parties: c.parties,
          speaker: c.speaker,
          statedOnText: c.statedOnText,
          statedOn: c.statedOn,
          stance: c.stance,
          about: c.about,
          quote: c.quote,
        })),
      ),
  },
  'claims-to-mdx': { output: 'output.mdx', run: async (input) => (await runSource(input)).mdx },
};

for (const [step, { output, run }] of Object.entries(STEPS)) {
  describe(step, () => {
    for (const name of readdirSync(join(ROOT, step)).sort()) {
      it(name.replaceAll('-', ' '), async () => {
        const dir = join(ROOT, step, name);
        expectGolden(join(dir, output), await run(readFileSync(join(dir, 'input.txt'), 'utf8')));
      });
    }
  });
}
