/** Hidden characters: extraction reads past them, offsets stay true to the raw text, pages can show them. */
import { describe, expect, it } from 'vitest';
import { normaliseForExtraction } from '../../scripts/extract/text/normalise.ts';
import { revealHidden, splitHidden } from '../../src/utils/hidden-chars.ts';
import { runSource } from '../support/pipeline.ts';

describe('normaliseForExtraction', () => {
  it('is null for text without hidden characters', () => {
    expect(normaliseForExtraction('About 12,000 troops.\nNo more.')).toBeNull();
  });
  it('drops zero-width and bidirectional controls, turns control characters into spaces, keeps line ends', () => {
    const n = normaliseForExtraction('1\u200B2,000\r\n\u202EAB\u202C\u0000x')!;
    expect(n.text).toBe('12,000\r\nAB x');
    // "2" of "12,000" is raw offset 2; the end of "AB" (raw 10–11) is 12, before the closing control.
    expect(n.toRaw(1)).toBe(2);
    expect(n.endToRaw(10)).toBe(12);
    expect(n.toRaw(n.text.length)).toBe(15);
    expect(n.endToRaw(0)).toBe(0);
  });
});

describe('the pipeline over hidden characters', () => {
  const text = [
    'Hidden characters in the copy today',
    '',
    'The NIS said about 1\u200B2,000 North Korean troops are in Russia.',
    'After a NUL \u0000 the NIS said 300 North Korean soldiers were killed.',
    'Officials at \u202ERUH\u202C said 500 North Korean soldiers were wounded.',
  ].join('\n');

  it('reads a number a zero-width space splits as the number a reader sees', async () => {
    const { claims } = await runSource(text);
    expect(claims.map((c) => [c.low, c.measure])).toEqual([
      [12000, 'deployed'],
      [300, 'killed'],
      [500, 'wounded'],
    ]);
  });
  it('keeps every quote the raw slice at raw offsets, hidden characters included', async () => {
    const { claims } = await runSource(text);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(claims[0]!.quote).toContain('1\u200B2,000');
    expect(claims[1]!.quote).toContain('\u0000');
  });
  it('never reads a bidirectional override as the name it displays', async () => {
    // Shown as "HUR", the letters are RUH: no reporter is made from what only the display shows.
    const { claims } = await runSource(text);
    expect(claims[2]!.reporter).toBeNull();
  });
  it('writes the raw text into the MDX, each line whole', async () => {
    const { mdx } = await runSource(text);
    expect(mdx).toContain('1\u200B2,000');
    expect(mdx).toContain('\u202ERUH\u202C');
  });
});

describe('showing hidden characters', () => {
  it('cuts text into plain runs and named hidden characters', () => {
    expect(splitHidden('a\u202Eb')).toEqual([
      { text: 'a' },
      { hidden: '\u202E', code: 'U+202E', name: 'right-to-left override' },
      { text: 'b' },
    ]);
    expect(splitHidden('')).toEqual([{ text: '' }]);
  });
  it('writes hidden characters out where markup cannot go', () => {
    expect(revealHidden('1\u200B2 \u0000')).toBe('1⟨U+200B⟩2 ⟨U+0000⟩');
    expect(revealHidden('plain')).toBe('plain');
  });
});
