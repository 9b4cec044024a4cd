import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlight, snippet, type Segment } from '../../src/search/highlight.ts';
import { termMatch } from '../../src/search/match.ts';
import { parseQuery, words } from '../../src/search/normalize.ts';

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe('highlight()', () => {
  it('marks the matching words as written, separators and accents kept', () => {
    expect(highlight('Up to 12,000 troops near Sudža', parseQuery('12000 sudza'))).toEqual([
      { text: 'Up to ', mark: false },
      { text: '12,000', mark: true },
      { text: ' troops near ', mark: false },
      { text: 'Sudža', mark: true },
    ]);
  });

  it('marks the whole word a typed prefix starts, and plurals of whole words', () => {
    expect(marked(highlight('Budanov said troops moved', parseQuery('troop budan')))).toEqual(['Budanov', 'troops']);
  });

  it('marks nothing inside a longer word for a whole-word term', () => {
    expect(marked(highlight('Kursk and Kurskaya', parseQuery('kursk ')))).toEqual(['Kursk']);
  });

  it('keeps markup-like text as plain text', () => {
    expect(highlight('<b>HUR</b> said', parseQuery('hur '))).toEqual([
      { text: '<b>', mark: false },
      { text: 'HUR', mark: true },
      { text: '</b> said', mark: false },
    ]);
  });

  it('keeps every character, and marks exactly the words that match (any text, any query)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aZé 1,0\u202f.’-İß'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(text, text, (t, q) => {
        const terms = parseQuery(q);
        const segments = highlight(t, terms);
        expect(segments.map((s) => s.text).join('')).toBe(t);
        const hits = words(t).filter((w) => terms.some((term) => termMatch(` ${w} `, term)));
        expect(marked(segments).flatMap(words)).toEqual(hits);
      }),
    );
  });
});

describe('snippet()', () => {
  const long = `${'Before the mark. '.repeat(20)}Kursk ${'after the mark. '.repeat(20)}`;

  it('keeps a short text whole', () => {
    const segments = highlight('Short text about Kursk.', parseQuery('kursk'));
    expect(snippet(segments)).toEqual(segments);
  });

  it('cuts a long text around its first mark, at spaces, with ellipses', () => {
    const cut = snippet(highlight(long, parseQuery('kursk')), 120);
    const text = cut.map((s) => s.text).join('');
    expect(text.length).toBeLessThanOrEqual(122);
    expect(text).toMatch(/^…\S/);
    expect(text).toMatch(/\S…$/);
    expect(marked(cut)).toEqual(['Kursk']);
  });

  it('starts at the beginning when nothing is marked', () => {
    const text = snippet([{ text: long, mark: false }], 100)
      .map((s) => s.text)
      .join('');
    expect(text.startsWith('Before')).toBe(true);
  });
});
