import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { noCorrections, parseCorrections, type Corrections } from '../../scripts/lib/corrections.ts';
import { processSource } from '../../scripts/pipeline.ts';
import { projectRegistry } from '../support/pipeline.ts';

const TEXT = 'Headline\n\nThe NIS said about 11,000 North Korean troops are in Russia.\n';
const run = (corrections: Corrections) =>
  processSource({
    slug: 'a',
    text: TEXT,
    digest: { sha256: createHash('sha256').update(TEXT).digest('hex'), bytes: TEXT.length },
    sidecar: null,
    registry: projectRegistry(),
    corrections,
  });

describe('applyCorrections()', () => {
  it('applies a valid correction and marks the claim corrected', async () => {
    const [claim] = (await run(noCorrections())).claims;
    const out = await run(parseCorrections(`${claim!.id}:\n  low: 10000\n  high: 12000\n  qualifier: range\n`));
    expect(out.claims[0]).toMatchObject({ id: claim!.id, low: 10000, high: 12000, status: 'corrected' });
    expect(out.errors).toEqual([]);
  });

  it('skips a correction with low above high, with an error naming the file and line; the claim stays', async () => {
    const [claim] = (await run(noCorrections())).claims;
    const yaml = `c-other-0000000000:\n  note: another entry\n\n${claim!.id}:\n  low: 900\n  high: 100\n`;
    const out = await run(parseCorrections(yaml));
    expect(out.errors).toEqual([
      `content/corrections.yaml:4: ${claim!.id}: low must not exceed high (low 900, high 100); correction not applied, the claim stays as extracted`,
    ]);
    expect(out.claims).toEqual([claim]);
    expect(out.source.claimIds).toEqual([claim!.id]);
  });
});
