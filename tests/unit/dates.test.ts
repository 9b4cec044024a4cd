import { describe, expect, it } from 'vitest';
import {
  datelineWithoutYear,
  findDates,
  findFullDate,
  leadingDateline,
  shiftDays,
} from '../../scripts/extract/text/dates.ts';

const days = (text: string, reference: string | null, year?: string | null) =>
  findDates(text, reference, year === undefined ? reference : year).map((d) => [d.text, d.iso]);

describe('findFullDate()', () => {
  it('reads a date line', () => expect(findFullDate('Wednesday, December 4, 2024')?.iso).toBe('2024-12-04'));
  it('reads day-first and ISO dates', () => {
    expect(findFullDate('Published 3 March 2025')?.iso).toBe('2025-03-03');
    expect(findFullDate('Updated 2025-01-13 09:00')?.iso).toBe('2025-01-13');
  });
  it('refuses impossible dates', () => expect(findFullDate('February 30, 2025')).toBeNull());
  it('needs a year', () => expect(findFullDate('Tuesday 29 October')).toBeNull());
  it('takes no "tonight" or "today" for a date, whatever year stands beside it', () => {
    expect(findFullDate('Radio 4 | The World Tonight | 2025')).toBeNull();
    expect(findFullDate('The World Tonight | Broadcast Monday 13 January 2025')?.iso).toBe('2025-01-13');
  });
});

describe('leadingDateline()', () => {
  it('reads a wire dateline with its year at the head of a paragraph', () =>
    expect(leadingDateline(['Headline', 'WASHINGTON, Oct. 30, 2024 (Harbour Wire) - The Pentagon said …'])).toBe(
      '2024-10-30',
    ));
  it('takes no sentence that merely opens with a place for a dateline', () =>
    expect(leadingDateline(['SEOUL, the capital, said on Oct. 30, 2024 - it was calm'])).toBeNull());
});

describe('findDates() and names', () => {
  it('reads no weekday in a name ("Park Sun-won")', () =>
    expect(days('On Oct. 23 the director told lawmakers, according to Park Sun-won.', '2024-10-30')).toEqual([
      ['Oct. 23', '2024-10-23'],
    ]));
  it('reads "a few days later" as no day', () =>
    expect(days('On March 24 it said so. A few days later he spoke.', '2025-04-04')).toEqual([
      ['March 24', '2025-03-24'],
      ['A few days later', null],
    ]));
});

describe('datelineWithoutYear()', () => {
  it('reads a dateline of two places', () =>
    expect(datelineWithoutYear(['KYIV/SEOUL, Dec 23 (Wire) - … Zelensky said on Monday.'], [2024, 2025])).toBe(
      '2024-12-23',
    ));
  it('takes no year whose day falls before the period the sources come from', () =>
    // (Sept. 3 was a Tuesday in 2024, before any troops went; in 2025 it was the morning after a Tuesday.)
    expect(datelineWithoutYear(['SEOUL, Sept. 3 (Wire) - … the lawmaker said on Tuesday.'], [2024, 2025])).toBe(
      '2025-09-03',
    ));
});

describe('findDates()', () => {
  it('resolves a month-day against the reference, in the year before when it would be later', () => {
    expect(days('on December 3', '2024-12-04')).toEqual([['December 3', '2024-12-03']]);
    expect(days('on Dec. 30', '2025-01-13')).toEqual([['Dec. 30', '2024-12-30']]);
  });
  it('resolves a weekday to the last one on or before the reference', () => {
    expect(days('said on Tuesday', '2024-10-31')).toEqual([['on Tuesday', '2024-10-29']]);
    expect(days('said Thursday', '2024-10-31')).toEqual([['Thursday', '2024-10-31']]);
    expect(days('last Thursday', '2024-10-31')).toEqual([['last Thursday', '2024-10-24']]);
  });
  it('reads yesterday, today and days ago', () => {
    expect(days('told reporters yesterday', '2025-01-01')).toEqual([['yesterday', '2024-12-31']]);
    expect(days('said this morning', '2025-01-01')).toEqual([['this morning', '2025-01-01']]);
    expect(days('two days ago', '2025-01-01')).toEqual([['two days ago', '2024-12-30']]);
  });
  it('counts "a week later" from the date named before it, not from the reference', () => {
    const text =
      'Seoul gave 12,000 on Oct. 18; the Pentagon said 10,000 on Oct. 28, while Kyiv counted 11,000 a week later.';
    expect(days(text, '2024-12-01').map((d) => d[1])).toEqual(['2024-10-18', '2024-10-28', '2024-11-04']);
  });
  it('reads "last Thursday" after "the same day" as the Thursday before that day', () => {
    const text = 'Miller said the same day that 10,000 were there, up from the 8,000 Blinken cited last Thursday, and';
    expect(findDates(text, '2024-11-05', '2024-11-05', ['2024-11-04']).map((d) => d.iso)).toEqual([
      '2024-11-04',
      '2024-10-31',
    ]);
  });
  it('reads "the same day" as the first day its sentence named before it', () => {
    const text = 'On Dec. 16 HUR said 30 had fallen on Dec. 14 and 15, while Kirby said the same day that';
    expect(
      findDates(text, '2024-12-23', '2024-12-23', ['2024-12-20']).find((d) => d.text === 'the same day')?.iso,
    ).toBe('2024-12-16');
  });
  it('gives no day for a month, a week or a season', () => {
    expect(findDates('earlier this week', '2025-01-15').every((d) => d.iso === null)).toBe(true);
    expect(findDates('in November', '2025-01-15').every((d) => d.iso === null)).toBe(true);
  });
  it('gives no weekday without a reference, but a month-day its year from the text', () => {
    expect(days('on Tuesday', null)).toEqual([['on Tuesday', null]]);
    expect(days('on Jan. 13 the agency said', null, '2025-03-01')).toEqual([['Jan. 13', '2025-01-13']]);
    expect(days('on Nov. 4 last year', '2025-12-01')[0]).toEqual(['Nov. 4', '2024-11-04']);
  });
  it('reads no date in a larger number ("May 10,000")', () =>
    expect(days('May 10,000 troops', '2025-01-15')).toEqual([]));
});

describe('shiftDays()', () => {
  it('crosses months and years', () => expect(shiftDays('2025-01-01', -1)).toBe('2024-12-31'));
});
