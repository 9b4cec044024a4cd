import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';

/** Side of a mark's touch target in CSS pixels (WCAG 2.2 target size, minimum). */
export const TARGET = 24;

/** One symbol per measure slot: measures of a group differ in shape as well as colour. */
const SYMBOLS = [symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolStar].map((type) =>
  symbol(type, 90)()!,
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

function marker(id: string, cls: string, d: string, orient = ''): string {
  return `<marker id="${id}" class="${cls}" viewBox="-10 -10 20 20" markerWidth="20" markerHeight="20" markerUnits="userSpaceOnUse" overflow="visible"${orient}><path d="${d}"/></marker>`;
}

/**
 * The markers every mark is drawn with, for one chart: per measure slot a solid symbol (`-s`), a
 * hollow one (`-h`, approximate and vague) and an arrowhead (`-a`) that turns with its line.
 * Markers, not `<use>`: a `<use>` clones a shadow tree per mark, which made 4,000 marks take
 * 150 ms to lay out instead of 40. `prefix` keeps ids unique when a page holds several charts.
 *
 * @example markerDefs('troops') // '<svg class="defs" …><defs><marker id="troops-s0" class="s0" …>…</defs></svg>'
 */
export function markerDefs(prefix: string): string {
  const markers = SYMBOLS.map(
    (d, i) =>
      marker(`${prefix}-s${i}`, `s${i}`, d) +
      marker(`${prefix}-h${i}`, `s${i} hollow`, d) +
      marker(`${prefix}-a${i}`, `s${i}`, 'M-10,-6L0,0L-10,6Z', ' orient="auto"'),
  );
  return `<svg class="defs" width="0" height="0" aria-hidden="true"><defs>${markers.join('')}</defs></svg>`;
}

/** A statement's symbol for each stance, centred on 0,0: a tick, a cross, a ring, a square. */
export const STANCE_SYMBOLS = {
  confirms: 'M-6,0L-2,5L6,-6',
  denies: 'M-5,-5L5,5M5,-5L-5,5',
  'not-seen': 'M0,-5A5,5 0 1 1 0,5A5,5 0 1 1 0,-5',
  declines: 'M-5,-5H5V5H-5Z',
} as const;
