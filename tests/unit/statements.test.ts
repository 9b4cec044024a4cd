/**
 * Statements without a figure, read from sentences written for the test (tests/fixtures/statements):
 * who confirms or denies, the stance, and what it is about; and the sentences that are no statement
 * about the troops (praise, a denial of something else, a forecast, a question, "did not deny").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ABOUTS, STANCES } from '../../src/schemas/vocabulary.ts';
import { statementOf } from '../../scripts/extract/figures/statements.ts';
import { runSource } from '../support/pipeline.ts';

interface Case {
  previous?: string;
  sentence: string;
  expect: { reporter: string; stance: string; about: string } | null;
}

const cases = parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'statements', 'cases.yaml'), 'utf8'),
) as Case[];

describe('statements in sentences of our own', () => {
  it('cover every stance and every about, and sentences that are none', () => {
    const given = cases.flatMap((c) => (c.expect ? [c.expect] : []));
    expect(new Set(given.map((e) => e.stance))).toEqual(new Set(STANCES));
    expect(new Set(given.map((e) => e.about))).toEqual(new Set(ABOUTS));
    expect(cases.some((c) => c.expect === null)).toBe(true);
  });

  for (const c of cases) {
    it(c.sentence, async () => {
      const text = [c.previous, c.sentence].filter(Boolean).join(' ');
      const { claims } = await runSource(text, 'statement-case');
      const found = claims
        .filter((claim) => claim.kind === 'statement' && claim.quote === c.sentence)
        .map((claim) => ({ reporter: claim.reporter?.id, stance: claim.stance, about: claim.about }));
      expect(found).toEqual(c.expect ? [c.expect] : []);
    });
  }
});

describe('statements in a transcript of our own', () => {
  it('takes an answer as the speaker’s, a question as no one’s, and "them" for the troops asked about', async () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'statements', 'transcript.txt'), 'utf8');
    const { claims } = await runSource(text, 'statement-transcript');
    expect(
      claims.filter((c) => c.kind === 'statement').map((c) => [c.quote, c.reporter?.id, c.stance, c.about]),
    ).toEqual([
      [
        'GEN. RYDER: We have indications that some North Korean soldiers were wounded near Sudzha last week.',
        'us-dod',
        'confirms',
        'casualties',
      ],
      ['GEN. RYDER: We watched them move up to the front line over the weekend.', 'us-dod', 'confirms', 'front'],
    ]);
  });
});

describe('statementOf', () => {
  it('puts the cue on the reporter’s act, so the act’s subject is the reporter', () => {
    const sentence = 'Moscow dismissed as fiction the claim that North Korean soldiers had arrived.';
    const reading = statementOf(sentence);
    expect(reading && sentence.slice(reading.cue.start, reading.cue.end)).toBe('dismissed');
  });
  it('reads what a pointing-back sentence is about from the one before', () => {
    expect(statementOf('Moscow denied it.', ['Kyiv says North Korean troops are fighting in Kursk.'])).toMatchObject({
      stance: 'denies',
      about: 'combat',
    });
    expect(statementOf('Moscow denied it.', ['Kyiv says the bridge was hit.'])).toBeNull();
  });
  it('skips a relative clause about a place, and an infinitive of purpose', () => {
    // "fight" is why they were sent; "where … fighting" describes the region.
    expect(
      statementOf('Seoul said Pyongyang had sent soldiers to fight in Kursk, where fighting has raged since August.'),
    ).toMatchObject({ stance: 'confirms', about: 'presence' });
  });
});
