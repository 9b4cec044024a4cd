// scratch: run attribution on a file and print each figure's attribution with predicate info
import { readFileSync } from 'node:fs';
import { readRegistry, readCorrections } from './lib/inputs.ts';
import { processFile } from './pipeline.ts';
const registry = readRegistry();
const [file, snip] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const { file: vf } = await processFile({
  slug: 'x',
  text,
  digest: { sha256: '', bytes: 0 },
  sidecar: null,
  registry,
  corrections: readCorrections(),
});
for (const c of vf.data.claims!)
  if (!snip || c.quote.includes(snip))
    console.log(
      c.numberText,
      c.measure,
      c.reporter?.id ?? null,
      c.parties,
      c.speaker,
      c.statedOn,
      c.statedOnText,
      c.attribution?.via,
      '|',
      c.quote.slice(0, 80),
    );
