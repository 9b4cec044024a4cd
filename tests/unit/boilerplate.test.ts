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
  it('reads a date line below many rows of links, a standfirst and a byline with its role', () => {
    const raw = [
      'Skip to content',
      'THE ESTUARY HERALD',
      'World | Politics | Asia | Europe | Climate | Sport | Culture',
      'Log in | Search',
      'Try a month for $1 | Sign in | Register',
      'ASIA > KOREAS',
      'Seoul revises its count of North Korean engineers in Kursk',
      'Officials say the unit has been rebuilding roads near the border',
      'By Lena Okafor, Asia correspondent',
      'Published 9 March 2025, 08:10 GMT | Updated 12:45 GMT',
      'Share | Facebook | X | Email | 41 comments',
      'South Korea’s spy agency told lawmakers on Friday that about 1,000 engineers had been sent.',
    ].join('\n');
    const { datelineDate, byline, lines } = cleanLines(raw);
    expect(datelineDate).toBe('2025-03-09');
    expect(byline).toBe('Lena Okafor, Asia correspondent');
    const reason = (text: string) => lines.find((l) => l.text.startsWith(text))?.reason;
    expect(reason('Log in | Search')).toBe('navigation row');
    expect(reason('Try a month')).toBe('navigation row');
    expect(reason('Share | Facebook')).toBe('navigation row');
    expect(reason('ASIA > KOREAS')).toBe('breadcrumb');
  });
  it('reads a masthead line whose place ends in an abbreviation', () => {
    const raw = [
      'Transcript: the spokesman on the week in Kursk',
      'Harbourline Dispatch | Briefing Room Transcripts',
      'Friday, Jan. 10, 2025 | Briefing Room, Washington, D.C.',
      'MR. SMITH: Good afternoon. We think about 11,000 are in Kursk.',
    ].join('\n');
    expect(cleanLines(raw).datelineDate).toBe('2025-01-10');
    // (A line that ends a sentence is no masthead, however short.)
    expect(cleanLines(raw.replace('Washington, D.C.', 'and so it was said.')).datelineDate).toBeNull();
  });
  it('keeps a table’s header and rows, which are no navigation', () => {
    const raw = [
      'Who counted what over the winter in Kursk',
      'Reporter | Figure | Date',
      'NIS | about 11,000 | 2025-01-13',
      'HUR | some 300 | 2025-01-20',
    ].join('\n');
    expect(cleanLines(raw).lines.map((l) => l.role)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
  });
});
