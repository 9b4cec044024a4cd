import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';

/** Side of a mark's touch target in CSS pixels (WCAG 2.2 target size, minimum). */
export const TARGET = 24;

/** One symbol per measure slot: measures of a group differ in shape as well as colour. */
const SYMBOLS = [symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolStar].map((type) =>
  symbol(type, 90)(),
);

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML or SVG markup, inside elements and attributes. @example esc('a<b') // 'a&lt;b' */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** A percentage coordinate: the charts scale with their container without script. @example pct(12.345) // '12.35%' */
export function pct(n: number): string {
  return `${Math.round(n * 100) / 100}%`;
}

/** The path of a measure slot's symbol, centred on 0,0. @example symbolPath(0).startsWith('M') // true */
export function symbolPath(slot: number): string {
  return SYMBOLS[slot % SYMBOLS.length]!;
}

const HALF = TARGET / 2;
const ARROWS = { r: 'M0,-6L9,0L0,6Z', l: 'M0,-6L-9,0L0,6Z', u: 'M-6,0L0,-9L6,0Z', d: 'M-6,0L0,9L6,0Z' };

/**
 * Shared shapes for one chart, referenced by `<use>`: a symbol per measure slot (with its invisible
 * 24 px touch target) and four arrowheads. `prefix` keeps ids unique when a page holds several charts.
 *
 * @example symbolDefs('troops') // '<defs><g id="troops-s0">…</g>…<path id="troops-ar" …/></defs>'
 */
export function symbolDefs(prefix: string): string {
  const hit = `<rect x="${-HALF}" y="${-HALF}" width="${TARGET}" height="${TARGET}" fill="transparent" stroke="none"/>`;
  const symbols = SYMBOLS.map((d, i) => `<g id="${prefix}-s${i}">${hit}<path d="${d}"/></g>`);
  const arrows = Object.entries(ARROWS).map(([k, d]) => `<path id="${prefix}-a${k}" d="${d}"/>`);
  return `<defs>${symbols.join('')}${arrows.join('')}</defs>`;
}
