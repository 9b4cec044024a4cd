import { describe, expect, it } from 'vitest';
import { citationText, cslJson, type CitationInput } from '../../src/utils/citation.ts';
import { quoteContext, textPositionSelector, textQuoteSelector } from '../../src/utils/context.ts';
import { correctionsLog } from '../../src/utils/corrections-log.ts';
import { csvField, toCsv } from '../../src/utils/csv.ts';
import { claimDate, newestFirst } from '../../src/utils/dates.ts';
import { findings, rangeText } from '../../src/utils/findings.ts';
import { groupBy, memo } from '../../src/utils/group-by.ts';
import { claimGist, statementSentence, valueInWords } from '../../src/utils/labels.ts';

describe('quoteContext()', () => {
  const text = 'Headline\n\n53 F\n\nFirst one. The quote here. Last one.\n\nNext paragraph. More.';
  const start = text.indexOf('The quote');
  const end = start + 'The quote here.'.length;
  it('gives the sentences either side in the same paragraph', () => {
    expect(quoteContext(text, start, end, new Set())).toEqual({
      before: 'First one.',
      after: 'Last one.',
      beforeOwnLine: false,
      afterOwnLine: false,
    });
  });
  it('reaches into the neighbouring kept paragraph, skipping dropped lines', () => {
    const first = text.indexOf('First one.');
    const ctx = quoteContext(text, first, first + 10, new Set([3]));
    expect(ctx).toMatchObject({ before: 'Headline', beforeOwnLine: true });
    const last = text.indexOf('Last one.');
    expect(quoteContext(text, last, last + 9, new Set())).toMatchObject({
      after: 'Next paragraph.',
      afterOwnLine: true,
    });
  });
});

describe('selectors', () => {
  it('TextQuoteSelector keeps 32 characters either side', () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    expect(textQuoteSelector(text, 40, 45)).toEqual({
      type: 'TextQuoteSelector',
      exact: 'QUOTE',
      prefix: 'a'.repeat(32),
      suffix: 'b'.repeat(32),
    });
  });
  it('TextPositionSelector counts code points, not UTF-16 units', () => {
    expect(textPositionSelector('😀 ab', 3, 5)).toEqual({ type: 'TextPositionSelector', start: 2, end: 4 });
  });
});

describe('labels', () => {
  it('say the figure with its hedge, in the source’s words for vague ones', () => {
    const base = { kind: 'estimate' as const, numberText: null };
    expect(valueInWords({ ...base, qualifier: 'at-least', low: 10000, high: null })).toBe('more than 10,000');
    expect(valueInWords({ ...base, qualifier: 'at-most', low: null, high: 12000 })).toBe('up to 12,000');
    expect(valueInWords({ ...base, qualifier: 'vague', low: 3000, high: 9000, numberText: 'several thousand' })).toBe(
      '“several thousand” (read as 3,000 to 9,000)',
    );
    expect(
      claimGist({
        kind: 'statement',
        measure: null,
        qualifier: null,
        low: null,
        high: null,
        numberText: null,
        stance: 'denies',
        about: 'withdrawal',
      }),
    ).toBe('denies: a pull-back from the front (no figure)');
  });
});

describe('statementSentence()', () => {
  it('puts the verb in agreement with the reporter’s name', () => {
    expect(statementSentence('Ukraine HUR', 'denies', 'withdrawal')).toBe(
      'Ukraine HUR denies that North Korean troops retreated from the front',
    );
    expect(statementSentence('Ukrainian officials', 'confirms', 'front')).toBe(
      'Ukrainian officials confirm that North Korean troops are at the front',
    );
    expect(statementSentence('Several parties', 'not-seen', 'combat')).toBe(
      'Several parties say they cannot confirm that North Korean troops are fighting',
    );
    expect(statementSentence('Western officials (unnamed)', 'declines', 'casualties')).toBe(
      'Western officials (unnamed) decline to give details on casualties',
    );
    expect(statementSentence('United States Department of State', 'not-seen', 'combat')).toBe(
      'United States Department of State says it cannot confirm that North Korean troops are fighting',
    );
  });
});

describe('dates', () => {
  it('place a claim by its statement, else its publication, else nowhere', () => {
    expect(claimDate('2024-12-03', '2024-12-04')).toEqual({ date: '2024-12-03', from: 'statement' });
    expect(claimDate(null, '2024-12-04')).toEqual({ date: '2024-12-04', from: 'publication' });
    expect(claimDate(null, null)).toEqual({ date: null, from: null });
    expect(['2024-11-01', null, '2024-12-01'].sort(newestFirst)).toEqual(['2024-12-01', '2024-11-01', null]);
  });
});

describe('citations', () => {
  const input: CitationInput = {
    id: 'c-1',
    quote: 'About 8,000 remain.',
    speaker: 'Kyrylo Budanov',
    reporter: 'HUR',
    outlet: null,
    sourceTitle: 'Troops still in Kursk',
    publishedOn: null,
    publishedInferred: false,
    sourceUrl: null,
    statedOn: '2025-03-04',
    permalink: 'https://x.org/claims/c-1/',
    accessed: '2025-05-06',
    siteName: 'Site',
  };
  it('give quote, speaker, reporter, outlet, dates, permalink and access date in plain text', () => {
    expect(citationText(input)).toBe(
      '“About 8,000 remain.” Kyrylo Budanov, HUR, stated 4 Mar 2025. Reported in outlet unknown, “Troops still in Kursk”, ' +
        'publication date unknown. Claim c-1, Site. https://x.org/claims/c-1/ (accessed 6 May 2025).',
    );
  });
  it('say when the publication date is inferred, and give the original address', () => {
    const dated = { ...input, publishedOn: '2024-12-04', publishedInferred: true, sourceUrl: 'https://news.example/a' };
    expect(citationText(dated)).toContain(
      '“Troops still in Kursk”, published 4 Dec 2024 (date inferred), https://news.example/a. Claim c-1',
    );
    expect(citationText({ ...dated, publishedInferred: false })).toContain(
      'published 4 Dec 2024, https://news.example/a.',
    );
    const [item] = cslJson(dated);
    expect(item!['original-date']).toEqual({ 'date-parts': [[2024, 12, 4]], circa: true });
    expect(item!.note).toContain('Original: https://news.example/a');
    expect(cslJson({ ...dated, publishedInferred: false })[0]!['original-date']).toEqual({
      'date-parts': [[2024, 12, 4]],
    });
  });
  it('give CSL-JSON with the access date as date-parts and no invented fields', () => {
    const [item] = cslJson(input);
    expect(item).toMatchObject({
      id: 'c-1',
      type: 'webpage',
      URL: input.permalink,
      accessed: { 'date-parts': [[2025, 5, 6]] },
    });
    expect(item).not.toHaveProperty('original-publisher');
    expect(item).not.toHaveProperty('original-date');
  });
});

describe('toCsv()', () => {
  it('quotes commas, quotes and line breaks, and writes null as empty', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['say "hi", then', null],
          [1, 'x\ny'],
        ],
      ),
    ).toBe('a,b\r\n"say ""hi"", then",\r\n1,"x\ny"\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula (OWASP): a leading apostrophe, quoted', () => {
    const formulas = ['=1+2', '+SUM(A1)', '-2+3', '@SUM(A1)', '\tx', '\rx', '＝1+2', '＋1', '－1', '＠x'];
    for (const f of formulas) expect(csvField(f), JSON.stringify(f)).toBe(`"'${f}"`);
    expect(csvField('=HYPERLINK("https://evil.example/","click")')).toBe(
      `"'=HYPERLINK(""https://evil.example/"",""click"")"`,
    );
  });

  it('leaves numbers, and text that only holds such characters later, as they are', () => {
    expect([-5, 0, 'a=b', 'x - y', 'mail@example.org', ' =1'].map(csvField)).toEqual([
      '-5',
      '0',
      'a=b',
      'x - y',
      'mail@example.org',
      ' =1',
    ]);
  });
});

describe('findings()', () => {
  const c = (
    measure: 'deployed' | 'other',
    low: number | null,
    high: number | null,
    reporter: string | null,
    date: string | null,
  ) => ({
    claim: {
      id: `c-${reporter}-${low}-${high}-${date}`,
      kind: 'estimate' as const,
      measure,
      low,
      high,
      reporter: reporter ? { id: reporter, name: reporter, country: 'XX' } : null,
    },
    date,
  });

  it('spans each named reporter’s newest figure, lowest first, and counts every report', () => {
    const kr = c('deployed', 10000, null, 'kr', '2024-11-13');
    const ua = c('deployed', null, 12000, 'ua', '2024-11-04');
    const found = findings([
      c('deployed', 3000, 3000, 'kr', '2024-10-18'),
      kr,
      ua,
      c('deployed', 11000, 11000, null, null),
    ]);
    expect(found).toEqual([
      { measure: 'deployed', low: 10000, high: 12000, latest: [kr, ua], asOf: '2024-11-13', reports: 4 },
    ]);
  });

  it('takes an undated figure only from a reporter with no dated one, and leaves "other" out', () => {
    const undated = c('deployed', 8000, 8000, 'ua', null);
    expect(findings([undated, c('other', 1, 1, 'kr', null)])).toEqual([
      { measure: 'deployed', low: 8000, high: 8000, latest: [undated], asOf: null, reports: 1 },
    ]);
    expect(findings([undated, c('deployed', 9000, 9000, 'ua', '2024-12-01')])[0]!.low).toBe(9000);
  });

  it('has no finding for a measure with unattributed figures only', () => {
    expect(findings([c('deployed', 11000, 11000, null, '2024-11-01')])).toEqual([]);
  });
});

describe('rangeText()', () => {
  it('gives a spread as low–high and a single figure alone', () => {
    expect(rangeText({ low: 11000, high: 15000 })).toBe('11,000–15,000');
    expect(rangeText({ low: 8000, high: 8000 })).toBe('8,000');
  });
});

describe('correctionsLog()', () => {
  it('lists corrections, withdrawals and reviews newest first, undated last', () => {
    const log = correctionsLog(
      new Map([
        ['c-a', { on: '2025-01-02', measure: 'combat' as const, note: 'Counts fighters.' }],
        ['c-b', { notAClaim: true as const }],
      ]),
      [{ id: 'c-c', data: { verdict: 'outlier', reviewer: 'Desk', reviewedOn: '2025-02-01' } }],
    );
    expect(log.map((e) => [e.claimId, e.what])).toEqual([
      ['c-c', 'reviewed by Desk: outlier'],
      ['c-a', 'corrected: measure'],
      ['c-b', 'withdrawn: not a claim'],
    ]);
  });
});

describe('groupBy() and memo()', () => {
  it('group in order and compute once per key', () => {
    expect([...groupBy(['apple', 'beet', 'avocado'], (s) => s[0])]).toEqual([
      ['a', ['apple', 'avocado']],
      ['b', ['beet']],
    ]);
    let calls = 0;
    const double = memo((n: number) => (calls++, n * 2));
    expect([double(2), double(2), double(3)]).toEqual([4, 4, 6]);
    expect(calls).toBe(2);
  });
});
