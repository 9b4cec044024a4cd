import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ellipsize, fitLines } from '../../src/cards/fit-text.ts';
import { CARD_FONT, FONT_FILES, textWidth, type Weight } from '../../src/cards/font.ts';
import { xmlText } from '../../src/cards/svg-tree.ts';

/** One character, one unit: widths the tests can count. */
const chars = (t: string) => [...t].length;

describe('fitLines()', () => {
  it('breaks text at spaces into lines no wider than the width', () => {
    expect(fitLines('one two three', 7, 2, chars)).toEqual({ lines: ['one two', 'three'], fits: true });
    expect(fitLines('  one \n two  ', 20, 1, chars)).toEqual({ lines: ['one two'], fits: true });
    expect(fitLines('', 20, 1, chars)).toEqual({ lines: [], fits: true });
  });

  it('cuts what does not fit in the lines allowed at a word, with an ellipsis', () => {
    expect(fitLines('one two three four', 7, 1, chars)).toEqual({ lines: ['one…'], fits: false });
    expect(fitLines('one two three four five', 9, 2, chars)).toEqual({ lines: ['one two', 'three…'], fits: false });
  });

  it('cuts a word wider than a line between characters, on a line of its own', () => {
    expect(fitLines('at https://example.org/a/very/long/path', 10, 2, chars)).toEqual({
      lines: ['at', 'https://e…'],
      fits: false,
    });
  });
});

describe('ellipsize()', () => {
  it('never cuts inside a character: an accent stays with its letter, a flag stays whole', () => {
    // Cut between code points, these would be 'cafe…' (the accent lost) and 'ab🇰…' (half a flag).
    expect(ellipsize('cafe\u0301s', 5, chars)).toBe('caf…');
    expect(ellipsize('cafe\u0301s', 6, chars)).toBe('cafe\u0301…');
    expect(ellipsize('ab🇰🇷🇰🇷', 4, chars)).toBe('ab…');
  });

  it('gives the ellipsis alone when nothing else fits', () => {
    expect(ellipsize('abc', 1, chars)).toBe('…');
  });
});

describe('textWidth()', () => {
  /** The width resvg draws a text at, in the same font: its bounding box, less the side bearings. */
  const drawn = (text: string, size: number, weight: Weight) =>
    new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="200"><text x="0" y="150" font-family="${CARD_FONT}" font-size="${size}" font-weight="${weight}">${xmlText(text)}</text></svg>`,
      { font: { loadSystemFonts: false, fontFiles: Object.values(FONT_FILES) } },
    ).getBBox()!.width;

  it('measures text as resvg draws it, to within 3 %', () => {
    for (const [text, size, weight] of [
      ['up to 12,000', 112, 700],
      ['“several thousand”', 84, 700],
      ['Main Intelligence Directorate of Ukraine’s Ministry of Defence (HUR)', 30, 400],
      ['troops at the front (Kursk or another combat area)', 38, 400],
      ['WAVE AVAILABLE Tokyo', 64, 700],
    ] as const) {
      const estimate = textWidth(text, size, weight);
      expect(Math.abs(estimate - drawn(text, size, weight)) / estimate, text).toBeLessThan(0.03);
    }
  });
});
