/**
 * Each of the five source documents yields the claims an editor finds in it: every estimate once,
 * correctly attributed, and no distractor numbers. Expectations were written by reading the texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSource } from '../support/pipeline.ts';

type Expected = [measure: string, low: number | null, high: number | null, qualifier: string, reporter: string | null];

/** A statement: who (a registry id, or the parties joined by "+"), its stance, and what it is about. */
type Statement = [reporter: string, stance: string, about: string];

const EXPECTED: Record<string, { estimates: Expected[]; statements: Statement[] }> = {
  'koreadaily-2024-12-04-ukraine-confirms-2000-fighting': {
    estimates: [
      ['combat', 2000, 2000, 'exact', 'ua-hur'],
      ['reserve', 9000, 9000, 'exact', 'ua-hur'],
      ['generals', 3, 3, 'exact', 'ua-hur'],
      ['front', 11000, null, 'at-least', 'ua-general-staff'],
    ],
    statements: [
      // The Journal "citing Western officials": a North Korean general injured.
      ['western-officials', 'confirms', 'casualties'],
      // "we have not seen North Korean soldiers actively engaging in offensive combat operations"
      ['us-dod', 'not-seen', 'combat'],
      // "integrated into Russian military units and sustained casualties": the stronger of the two.
      ['us-dod', 'confirms', 'casualties'],
      // "he declined to provide specific casualty figures"
      ['us-dod', 'declines', 'casualties'],
    ],
  },
  'joongang-budanov-8000-still-in-kursk': {
    estimates: [
      ['combat', 8000, 8000, 'approx', 'ua-hur'],
      ['deployed', 11000, 11000, 'approx', null],
      ['casualties', 3000, null, 'at-least', 'kr-nis'],
    ],
    statements: [
      // Budanov denied reports that the troops had retreated: a denial of the withdrawal, not of the deployment.
      ['ua-hur', 'denies', 'withdrawal'],
      ['ua-hur', 'confirms', 'withdrawal'],
      // "The War Zone added that it could not independently verify Budanov's claims": the outlet's, not Budanov's.
      ['the-war-zone', 'not-seen', 'withdrawal'],
      // The Times, citing anonymous U.S. and Ukrainian officials: losses, and a retreat.
      ['us-officials+ua-officials', 'confirms', 'withdrawal'],
      // The NIS confirmed the Times report (the Times is what it confirmed, not who).
      ['kr-nis', 'confirms', 'withdrawal'],
    ],
  },
  'hur-telegram-up-to-12000-troops': {
    estimates: [
      ['deployed', null, 12000, 'at-most', 'ua-hur'],
      ['officers', 500, 500, 'exact', 'ua-hur'],
      ['generals', 3, 3, 'exact', 'ua-hur'],
      // "U.S. and NATO officials have confirmed …": both parties, so no one reporter (see below).
      ['training', 10000, 10000, 'approx', null],
    ],
    // "Ukrainian intelligence has reported that North Korean soldiers are now entering the battlefield"
    statements: [['ua-hur', 'confirms', 'front']],
  },
  'south-korea-says-more-than-10000-in-russia': {
    estimates: [
      ['deployed', 12000, 12000, 'approx', 'ua-hur'],
      ['officers', 500, 500, 'exact', 'ua-hur'],
      ['generals', 3, 3, 'exact', 'ua-hur'],
      ['deployed', 10000, null, 'at-least', 'kr-mnd'],
      ['killed', null, 40, 'at-most', 'kr-officials'],
      ['front', 10000, 10000, 'approx', 'us-white-house'],
      ['front', null, 10000, 'at-most', 'us-state'],
    ],
    statements: [
      // "have moved to several frontlines", the ministry said
      ['kr-mnd', 'confirms', 'front'],
      // Asked if they are fighting, Miller "cannot speak definitively about it".
      ['us-state', 'not-seen', 'combat'],
      // "An official at Ukraine's National Security and Defense Council": an unnamed Ukrainian official.
      ['ua-officials', 'confirms', 'front'],
      // Kovalenko: "have already come under fire in the Kursk region"
      ['ua-ccd', 'confirms', 'front'],
    ],
  },
  'several-thousand-in-training-kremlin-hoax': {
    estimates: [
      ['training', 3000, 9000, 'vague', 'ua-hur'],
      ['laborers', 150, 150, 'approx', 'daily-nk'],
    ],
    statements: [
      // The official said officers are on the ground, "but Kyiv hasn't seen any North Korean units fighting yet".
      ['ua-hur', 'not-seen', 'combat'],
      // Peskov called claims of Pyongyang sending personnel a "hoax".
      ['ru-kremlin', 'denies', 'presence'],
      ['kr-mnd', 'confirms', 'presence'],
      ['kr-mnd', 'confirms', 'presence'],
      // Kovalenko: troops already sent, and "some have already died".
      ['ua-ccd', 'confirms', 'casualties'],
    ],
  },
};

for (const [slug, expected] of Object.entries(EXPECTED)) {
  describe(slug, async () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'sources', `${slug}.txt`), 'utf8');
    const { claims } = await runSource(text, slug);
    const estimates = claims.filter((c) => c.kind === 'estimate');

    it('finds every estimate once, attributed, and nothing else', () => {
      expect(estimates.map((c) => [c.measure, c.low, c.high, c.qualifier, c.reporter?.id ?? null])).toEqual(
        expected.estimates,
      );
    });
    it('finds the statements: who, their stance and what they are about', () => {
      const statements = claims
        .filter((c) => c.kind === 'statement')
        .map((c) => [c.reporter?.id ?? c.parties.join('+'), c.stance, c.about]);
      expect(statements).toEqual(expected.statements);
    });
    it('quotes each claim verbatim at its offsets', () => {
      for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
    });
  });
}

describe('attribution details in the five sources', async () => {
  const read = async (slug: string) =>
    (
      await runSource(
        readFileSync(join(import.meta.dirname, '..', '..', 'content', 'sources', `${slug}.txt`), 'utf8'),
        slug,
      )
    ).claims;

  it('refines "Ukraine has confirmed" to HUR from the next sentence, with its speaker and date', async () => {
    const [first] = await read('koreadaily-2024-12-04-ukraine-confirms-2000-fighting');
    expect(first).toMatchObject({ speaker: 'Andriy Chernyak', statedOn: '2024-12-03', low: 2000 });
    expect(first?.attribution?.via).toBe('neighbouring-sentence');
  });
  it('attributes a quote tail ("…,” Mathew Miller told a press briefing") to the State Department', async () => {
    const claims = await read('south-korea-says-more-than-10000-in-russia');
    const miller = claims.find((c) => c.reporter?.id === 'us-state');
    expect(miller?.speaker).toBe('Matthew Miller');
    expect(miller?.repeats).toHaveLength(1);
  });
  it('leaves a "reportedly" figure unattributed', async () => {
    const claims = await read('joongang-budanov-8000-still-in-kursk');
    expect(claims.find((c) => c.low === 11000)?.reporter).toBeNull();
  });
  it('gives "U.S. and NATO officials" to both parties', async () => {
    const claims = await read('hur-telegram-up-to-12000-troops');
    expect(claims.find((c) => c.low === 10000)?.parties).toEqual(['us-officials', 'nato']);
  });
  it('reads the size of the whole army as no estimate', async () => {
    const claims = await read('south-korea-says-more-than-10000-in-russia');
    expect(claims.some((c) => c.low === 1_200_000)).toBe(false);
  });
  it('reports the duplicated block of a source once', async () => {
    const claims = await read('several-thousand-in-training-kremlin-hoax');
    expect(claims.filter((c) => c.measure === 'training')).toHaveLength(1);
  });
});
