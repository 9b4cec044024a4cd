import { readRegistry } from './lib/inputs.ts';
import { findMentions } from './extract/attribution/mentions.ts';
import { findPredicates } from './extract/attribution/predicates.ts';
import { tokenize } from './extract/text/tokens.ts';
const registry = readRegistry();
for (const s of process.argv.slice(2)) {
  const tokens = tokenize(s);
  const mentions = findMentions(s, tokens, registry, registry.match(s));
  console.log(
    'MENTIONS',
    mentions.map(
      (m) =>
        `${m.type}:${m.text}=>${m.reporterId ?? (m.parties.join('+') || '-')}${m.person ? ' (' + m.person + ')' : ''}${m.kind ? ' [' + m.kind + ']' : ''} @${m.from}-${m.to}`,
    ),
  );
  for (const p of findPredicates(tokens, mentions, s))
    console.log(
      'PRED',
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
}
