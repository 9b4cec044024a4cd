// scratch: node x-art.ts FILE SNIPPET — show the sentence containing SNIPPET, its mentions, predicates and the claims
import { readFileSync } from 'node:fs';
import { readRegistry, readCorrections } from './lib/inputs.ts';
import { findMentions } from './extract/attribution/mentions.ts';
import { findPredicates } from './extract/attribution/predicates.ts';
import { tokenize } from './extract/text/tokens.ts';
import { processFile } from './pipeline.ts';
const registry = readRegistry();
const [file, ...snips] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const { file: vf } = await processFile({
  slug: 'x',
  text,
  digest: { sha256: '', bytes: 0 },
  sidecar: null,
  registry,
  corrections: readCorrections(),
});
console.log('publishedOn', vf.data.meta?.publishedOn);
for (const snip of snips) {
  const s = vf.data.sentences!.find((x) => x.text.includes(snip));
  if (!s) {
    console.log('NO SENTENCE', snip);
    continue;
  }
  console.log('\n==', s.text);
  const tokens = tokenize(s.text);
  const mentions = findMentions(s.text, tokens, registry, registry.match(s.text));
  console.log(
    ' M',
    mentions
      .map(
        (m) =>
          `${m.type}:${m.text}=>${m.reporterId ?? (m.parties.join('+') || '-')}${m.kind ? '[' + m.kind + ']' : ''}@${m.from}`,
      )
      .join(' | '),
  );
  for (const p of findPredicates(tokens, mentions, s.text))
    console.log(
      ' P',
      p.kind,
      p.cue,
      '@' + p.from,
      'src=' + (p.source?.text ?? null),
      p.inverted ? 'inv' : '',
      'cited=' + (p.cited?.text ?? null),
      'seg',
      p.segmentFrom,
      p.segmentTo,
    );
  for (const c of vf.data.claims!.filter((c) => c.start === s.start))
    console.log(
      ' C',
      c.kind,
      c.numberText,
      c.measure,
      c.reporter?.id ?? null,
      c.parties,
      c.speaker,
      c.statedOn,
      c.attribution?.via,
    );
}
