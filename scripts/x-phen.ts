import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processSource } from './pipeline.ts';
import { readRegistry, readCorrections } from './lib/inputs.ts';
const registry = readRegistry();
const ROOT = 'tests/fixtures/phenomena';
for (const name of readdirSync(ROOT).sort()) {
  if (process.argv[2] && !name.includes(process.argv[2])) continue;
  const text = readFileSync(join(ROOT, name, 'input.txt'), 'utf8');
  const out = await processSource({
    slug: name,
    text,
    digest: { sha256: '', bytes: 0 },
    sidecar: null,
    registry,
    corrections: readCorrections(),
  });
  console.log('==', name, out.source.publishedOn);
  for (const c of out.claims.filter((c) => c.kind === 'estimate'))
    console.log(
      '  ',
      c.numberText,
      c.measure,
      c.low,
      c.high,
      c.qualifier,
      c.reporter?.id ?? null,
      c.parties.join('+'),
      c.speaker,
      c.statedOn,
      c.reporterInferred ? 'inf' : '',
    );
}
