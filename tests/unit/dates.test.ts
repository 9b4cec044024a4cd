import { describe, expect, it } from 'vitest';
import { findDates, findFullDate, resolveDate } from '../../scripts/extract/text/dates.ts';

describe('dates', () => {
  it('findFullDate() reads a date line', () =>
    expect(findFullDate('Wednesday, December 4, 2024')?.iso).toBe('2024-12-04'));
  it('findFullDate() reads day-first and ISO dates', () => {
    expect(findFullDate('Published 3 March 2025')?.iso).toBe('2025-03-03');
    expect(findFullDate('Updated 2025-01-13 09:00')?.iso).toBe('2025-01-13');
  });
  it('findFullDate() refuses impossible dates', () => expect(findFullDate('February 30, 2025')).toBeNull());
  it('resolveDate() resolves "on December 3" against the publication date', () => {
    expect(resolveDate(findDates('on December 3')[0]!, '2024-12-04')).toBe('2024-12-03');
  });
  it('resolveDate() puts a later month-day in the previous year', () => {
    expect(resolveDate(findDates('on Dec. 30')[0]!, '2025-01-13')).toBe('2024-12-30');
  });
  it('resolveDate() resolves a weekday to the last one on or before the publication date', () => {
    expect(resolveDate(findDates('said on Tuesday')[0]!, '2024-10-31')).toBe('2024-10-29');
    expect(resolveDate(findDates('said Thursday')[0]!, '2024-10-31')).toBe('2024-10-31');
  });
  it('resolveDate() gives null without a publication date', () => {
    expect(resolveDate(findDates('on Tuesday')[0]!, null)).toBeNull();
  });
});
