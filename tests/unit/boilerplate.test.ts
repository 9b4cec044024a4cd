/** The publication date a pasted page's date line gives, whatever furniture stands above it. */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../scripts/lib/boilerplate.ts';

const page = (dateLine: string, before: string[] = []) =>
  [
    'Kim welcomes engineers home from Kursk | The Harbour Ledger',
    'Skip to main content',
    'The Harbour Ledger',
    'Home | World | Asia | Korean Peninsula | Business | Opinion | Video',
    'Subscribe for $1 a week | Sign in',
    'KOREAN PENINSULA',
    'Kim welcomes engineers home from Kursk',
    'Leader praises the unit in a rare public nod to losses abroad',
    ...before,
    'By Ana Ribeiro, Seoul',
    dateLine,
    'Share on Facebook | Share on X | Share on WhatsApp | Email | Copy link | 214 comments',
    'South Korea’s spy agency told lawmakers on Thursday that about 1,000 engineers had been sent.',
  ].join('\n');

describe('cleanLines()', () => {
  it('reads the date line below the navigation, the headline’s repeat and a standfirst', () => {
    const { datelineDate, lines } = cleanLines(page('Published December 13, 2025, 11:05 a.m. KST'));
    expect(datelineDate).toBe('2025-12-13');
    const role = (text: string) => lines.find((l) => l.text.startsWith(text))?.role;
    expect(role('Skip to main content')).toBe('dropped');
    expect(role('Share on Facebook')).toBe('dropped');
  });
  it('takes no date line from below the start of the body', () => {
    const body = ['The ministry said the unit had cleared mines for months.', 'Its losses were not given.'];
    expect(cleanLines(page('Published December 13, 2025, 11:05 a.m. KST', body)).datelineDate).toBeNull();
  });
});
