/**
 * A social card's SVG: 1200 × 630, the size Open Graph and X (Twitter) `summary_large_image` show
 * whole. A navy band with the site's tick and name, the headline (a claim's figure, marked as claim
 * pages mark the claim's sentence), the line under it, and labelled facts at the foot. Every text is
 * fitted to its space by its measured width (fit-text.ts), so nothing runs off the card.
 */
import { fitLines, type Measure } from './fit-text.ts';
import { CARD_FONT, textWidth, type Weight } from './font.ts';
import type { CardText } from './card-text.ts';
import { el, toXml, type SvgElement } from './svg-tree.ts';
import { HIDDEN_CHARS } from '../utils/hidden-chars.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The site's light theme (src/styles/global.css) and its theme colour (Base.astro, favicon.svg). */
const COLOURS = {
  bg: '#fdfcf9',
  fg: '#1b1b1b',
  muted: '#565656',
  border: '#cfcabe',
  mark: '#fff0b3',
  markLine: '#7a5c00',
  band: '#1d3a5f',
  bandText: '#ffffff',
  tick: '#ffd166',
} as const;

const MARGIN = 64;
const BAND = 96;
/** Space either side of a headline line inside its mark. */
const PAD = 14;
/** The headline's sizes, largest first, each with the lines it may take: the first that fits is used. */
const HEADLINE = [
  { size: 112, lines: 1 },
  { size: 84, lines: 2 },
  { size: 64, lines: 2 },
] as const;
const SUBHEAD = { size: 38, lineHeight: 48, maxLines: 2 };
const FACT = { size: 30, lineHeight: 40, maxLines: 2, labelSize: 24, valueX: MARGIN + 200 };

/** Text measured in the card's font at one size and weight. */
const measure =
  (size: number, weight: Weight): Measure =>
  (text) =>
    textWidth(text, size, weight);

function textAt(x: number, y: number, size: number, weight: Weight, fill: string, content: string): SvgElement {
  return el('text', { x, y, 'font-size': size, 'font-weight': weight, fill }, content);
}

/** The band: the site's tick (as in its icon) and the band's text. */
function band(label: string): SvgElement[] {
  const x = MARGIN + 64;
  const [line = ''] = fitLines(label, CARD_WIDTH - x - MARGIN, 1, measure(28, 700)).lines;
  return [
    el('rect', { width: CARD_WIDTH, height: BAND, fill: COLOURS.band }),
    el('path', {
      d: 'M8 17l5 5 11-12',
      transform: `translate(${MARGIN - 6} 22) scale(1.6)`,
      fill: 'none',
      stroke: COLOURS.tick,
      'stroke-width': 4,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    }),
    textAt(x, 58, 28, 700, COLOURS.bandText, line),
  ];
}

/** The headline at the largest size it fits, each line on its mark when `marked`. */
function headline(content: string, marked: boolean, top: number): { nodes: SvgElement[]; bottom: number } {
  const width = CARD_WIDTH - 2 * MARGIN - 2 * PAD;
  const fitted = HEADLINE.map((h) => ({ ...h, ...fitLines(content, width, h.lines, measure(h.size, 700)) }));
  const { size, lines } = fitted.find((f) => f.fits) ?? fitted.at(-1)!;
  // Noto Sans: capitals stand 0.71 em above the baseline, descenders reach 0.24 em below it.
  const lineHeight = Math.round(size * 1.3);
  const nodes = lines.flatMap((line, i) => {
    const y = top + i * lineHeight;
    const baseline = y + Math.round(size * 0.92);
    const words = textAt(marked ? MARGIN + PAD : MARGIN, baseline, size, 700, COLOURS.fg, line);
    if (!marked) return [words];
    const w = Math.ceil(textWidth(line, size, 700)) + 2 * PAD;
    const underline = baseline + Math.round(size * 0.27);
    return [
      el('rect', { x: MARGIN, y, width: w, height: underline - y, fill: COLOURS.mark }),
      el('rect', { x: MARGIN, y: underline, width: w, height: 3, fill: COLOURS.markLine }),
      words,
    ];
  });
  return { nodes, bottom: top + lines.length * lineHeight };
}

/** The labelled facts, set from the card's foot upwards: label on the left, value in up to two lines. */
function facts(list: CardText['facts']): { nodes: SvgElement[]; top: number } {
  const width = CARD_WIDTH - FACT.valueX - MARGIN;
  const fitted = list.map((f) => ({
    ...f,
    lines: fitLines(f.value, width, FACT.maxLines, measure(FACT.size, 400)).lines,
  }));
  const height = fitted.reduce((sum, f) => sum + f.lines.length * FACT.lineHeight, 0) + 12 * (fitted.length - 1);
  const top = CARD_HEIGHT - 44 - height;
  let y = top;
  const nodes = fitted.flatMap((f) => {
    const baseline = y + 30;
    y += f.lines.length * FACT.lineHeight + 12;
    return [
      textAt(MARGIN, baseline, FACT.labelSize, 700, COLOURS.muted, f.label),
      ...f.lines.map((line, i) =>
        textAt(FACT.valueX, baseline + i * FACT.lineHeight, FACT.size, 400, COLOURS.fg, line),
      ),
    ];
  });
  return { nodes, top };
}

/** Hidden characters of a source (bidirectional overrides, zero-width ones) left out of what a card shows. */
const HIDDEN = new RegExp(HIDDEN_CHARS.source, 'g');
function visible(card: CardText): CardText {
  const shown = (t: string) => t.replace(HIDDEN, '');
  return {
    ...card,
    band: shown(card.band),
    headline: shown(card.headline),
    subhead: shown(card.subhead),
    facts: card.facts.map((f) => ({ label: shown(f.label), value: shown(f.value) })),
  };
}

/**
 * A card's SVG, as text for resvg. The subhead takes the lines left between headline and facts
 * (at most two).
 *
 * @example cardSvg(siteCardText({ claims: 52, sources: 5 })).startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"') // true
 */
export function cardSvg(given: CardText): string {
  const card = visible(given);
  const head = headline(card.headline, card.marked, BAND + 44);
  const foot = facts(card.facts);
  const subTop = head.bottom + 6;
  const room = Math.floor((foot.top - 28 - subTop) / SUBHEAD.lineHeight);
  const sub = fitLines(
    card.subhead,
    CARD_WIDTH - 2 * MARGIN,
    Math.max(1, Math.min(SUBHEAD.maxLines, room)),
    measure(SUBHEAD.size, 400),
  );
  const rule = foot.top - 16;
  return toXml(
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        viewBox: `0 0 ${CARD_WIDTH} ${CARD_HEIGHT}`,
        'font-family': CARD_FONT,
      },
      el('rect', { width: CARD_WIDTH, height: CARD_HEIGHT, fill: COLOURS.bg }),
      ...band(card.band),
      ...head.nodes,
      ...sub.lines.map((line, i) =>
        textAt(MARGIN, subTop + 38 + i * SUBHEAD.lineHeight, SUBHEAD.size, 400, COLOURS.fg, line),
      ),
      el('rect', { x: MARGIN, y: rule, width: CARD_WIDTH - 2 * MARGIN, height: 2, fill: COLOURS.border }),
      ...foot.nodes,
    ),
  );
}
