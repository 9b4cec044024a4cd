import { Resvg } from '@resvg/resvg-js';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fakeEstimate } from '../../bench/chart-fixture.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg } from '../../src/cards/card-svg.ts';
import { claimCardText, siteCardText, type CardText } from '../../src/cards/card-text.ts';
import { FONT_FILES, textWidth, type Weight } from '../../src/cards/font.ts';
import { el, toXml } from '../../src/cards/svg-tree.ts';

const HOSTILE = '</text><script>alert(1)</script> & <b>bold</b> "quoted"';
const STATED = { date: '2024-12-03', from: 'statement' } as const;

/** The card's SVG parsed as XML: its elements and its text lines with their size, weight and place. */
function parsed(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const all = [...doc.querySelectorAll('*')];
  const texts = [...doc.querySelectorAll('text')].map((t) => ({
    text: t.textContent ?? '',
    x: Number(t.getAttribute('x')),
    y: Number(t.getAttribute('y')),
    size: Number(t.getAttribute('font-size')),
    weight: Number(t.getAttribute('font-weight')) as Weight,
  }));
  return { names: new Set(all.map((e) => e.tagName.toLowerCase())), texts };
}

/** resvg's XML parser is strict: it throws on anything that is not well-formed. */
const readable = (svg: string) =>
  new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: Object.values(FONT_FILES) } }).width;

const card = (fields: Partial<CardText>): CardText => ({
  ...claimCardText(fakeEstimate({ id: 'c-x' }), 'Ukraine HUR', STATED),
  ...fields,
});

describe('toXml()', () => {
  it('escapes text and attribute values, so text never opens an element', () => {
    expect(toXml(el('text', { 'data-x': '"><script>' }, HOSTILE))).toBe(
      '<text data-x="&quot;&gt;&lt;script&gt;">&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot;</text>',
    );
  });

  it('drops what XML cannot hold: control characters, lone surrogates, U+FFFF', () => {
    expect(toXml(el('text', {}, 'a\u0000b\u0007c\uD800d\uFFFFe\u{1F600}'))).toBe('<text>abc\uFFFDde\u{1F600}</text>');
  });
});

describe('cardSvg()', () => {
  it('keeps hostile text from a source as text: no element but the card’s own, and resvg reads it', () => {
    const svg = cardSvg(
      card({ headline: HOSTILE, subhead: HOSTILE, facts: [{ label: 'Reported by', value: `${HOSTILE}\u0000\u202E` }] }),
    );
    const { names, texts } = parsed(svg);
    expect([...names].sort()).toEqual(['path', 'rect', 'svg', 'text']);
    expect(svg).not.toMatch(/<script|<b>/);
    expect(texts.map((t) => t.text).join(' ')).toContain('</text><script>alert(1)</script> &');
    expect(readable(svg)).toBe(CARD_WIDTH);
  });

  it('leaves hidden characters out of what it shows (a right-to-left override, a zero-width space)', () => {
    const { texts } = parsed(cardSvg(card({ facts: [{ label: 'Reported by', value: '\u202ERUH\u202C 1\u200B2' }] })));
    expect(texts.map((t) => t.text)).toContain('RUH 12');
  });

  it('fits long text into its lines, each within the card, the last cut with an ellipsis', () => {
    const long = 'Main Intelligence Directorate of the Ministry of Defence '.repeat(6).trim();
    const svg = cardSvg(card({ headline: `about 11,000 ${long}`, facts: [{ label: 'Reported by', value: long }] }));
    const { texts } = parsed(svg);
    const reporter = texts.filter((t) => t.x > 64 && t.size === 30);
    expect(reporter).toHaveLength(2);
    expect(reporter[1]!.text).toMatch(/…$/);
    const headline = texts.filter((t) => t.size >= 64);
    expect(headline).toHaveLength(2);
    expect(headline[1]!.text).toMatch(/…$/);
    for (const t of texts) {
      expect(t.x + textWidth(t.text, t.size, t.weight), t.text).toBeLessThanOrEqual(CARD_WIDTH - 64);
      expect(t.y, t.text).toBeLessThanOrEqual(CARD_HEIGHT - 40);
    }
    expect(readable(svg)).toBe(CARD_WIDTH);
  });

  it('sets a short figure on one line at the largest size', () => {
    const { texts } = parsed(cardSvg(card({ headline: 'up to 12,000' })));
    expect(texts.filter((t) => t.text === 'up to 12,000').map((t) => t.size)).toEqual([112]);
  });
});

describe('claimCardText()', () => {
  const estimate = (fields: Parameters<typeof fakeEstimate>[0]) => claimCardText(fakeEstimate(fields), 'NIS', STATED);

  it('says the figure with its hedge in words', () => {
    const headlines = [
      estimate({ id: 'c-r', qualifier: 'range', low: 11000, high: 12000 }),
      estimate({ id: 'c-m', qualifier: 'at-most', low: null, high: 12000 }),
      estimate({ id: 'c-l', qualifier: 'at-least', low: 10000, high: null }),
      estimate({ id: 'c-a', qualifier: 'approx', low: 11000, high: 11000 }),
      estimate({ id: 'c-e', qualifier: 'exact', low: 40, high: 40, measure: 'killed' }),
    ].map((c) => c.headline);
    expect(headlines).toEqual(['11,000 to 12,000', 'up to 12,000', 'more than 10,000', 'about 11,000', '40']);
  });

  it('gives a vague quantity in the source’s words, and the range it is read as under it', () => {
    const c = estimate({ id: 'c-v', qualifier: 'vague', low: 3000, high: 9000, numberText: 'several thousand' });
    expect([c.headline, c.subhead]).toEqual(['“several thousand”', 'troops sent to Russia, read as 3,000 to 9,000']);
  });

  it('says what is counted with the site’s measure labels, and who reported it', () => {
    const c = estimate({ id: 'c-f', measure: 'front', qualifier: 'at-most', low: null, high: 12000 });
    expect(c.subhead).toBe('troops at the front (Kursk or another combat area)');
    expect(c.facts[0]).toEqual({ label: 'Reported by', value: 'NIS' });
    expect(c.alt).toBe(
      'Up to 12,000 troops at the front (Kursk or another combat area), reported by NIS, stated on 3 Dec 2024.',
    );
  });

  it('says which date it shows: the statement’s, the source’s publication, or none', () => {
    const claim = fakeEstimate({ id: 'c-d' });
    const published = claimCardText(claim, 'NIS', { date: '2024-12-04', from: 'publication' });
    expect(published.facts[1]!.value).toBe('4 Dec 2024 (source’s publication date)');
    expect(published.alt).toMatch(/in a source published on 4 Dec 2024\.$/);
    expect(claimCardText(claim, 'NIS', STATED).facts[1]!.value).toBe('3 Dec 2024 (statement date)');
    expect(claimCardText(claim, null, { date: null, from: null }).facts).toEqual([
      { label: 'Reported by', value: 'unattributed: the text names no one' },
      { label: 'Date', value: 'unknown' },
    ]);
  });

  it('gives a statement its stance as the headline, and names the reporter in the alt text', () => {
    const statement = fakeEstimate({
      id: 'c-s',
      kind: 'statement',
      measure: null,
      qualifier: null,
      low: null,
      high: null,
    });
    const c = claimCardText({ ...statement, stance: 'denies', about: 'presence' }, 'The Kremlin', STATED);
    expect([c.headline, c.subhead]).toEqual([
      'Denies that North Korean troops are in Russia',
      'A statement without a figure',
    ]);
    expect(c.alt).toBe(
      'A statement without a figure: The Kremlin denies that North Korean troops are in Russia, stated on 3 Dec 2024.',
    );
  });
});

describe('siteCardText()', () => {
  it('names the site and counts what it checked', () => {
    const c = siteCardText({ claims: 1, sources: 5 });
    expect(c.headline).toBe('North Korean troops in Russia: the estimates, checked');
    expect(c.facts).toEqual([{ label: 'Checked', value: '1 claim from 5 news sources' }]);
    expect(c.marked).toBe(false);
  });
});
