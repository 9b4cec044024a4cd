import { markLabel, measureSlot } from './labels.ts';
import { claimHref } from './links.ts';
import { esc } from './svg.ts';
import type { ChartClaim } from './types.ts';

/**
 * How a chart places values: the range plot along x (percentages), the timeline along y (pixels).
 * Each method returns SVG attributes.
 */
export interface MarkGeometry {
  /** `x`/`y` of a point at a value. */
  at(value: number): string;
  /** `x1 y1 x2 y2` of a segment between two values. */
  span(a: number, b: number): string;
  /** The segment from a bound outward, `dir` 1 towards larger values, -1 towards smaller, and the arrowhead's id suffix and position. */
  open(value: number, dir: 1 | -1): { span: string; head: string; at: string };
}

/** Options shared by every mark of one chart. */
export interface MarkOptions {
  /** Id prefix of the chart's `<defs>`. */
  prefix: string;
  /** Interactive charts take marks out of the tab order and move focus with arrow keys. */
  interactive: boolean;
}

function segment(span: string): string {
  return `<line class="hit" ${span}/><line class="bar" ${span}/>`;
}

/**
 * One estimate as a link to its claim page: a symbol for a value (hollow when approximate), a bar
 * with capped ends for a range (dashed when vague), a capped arrow for an open-ended value.
 *
 * @example markSvg(claim, geometry, { prefix: 'troops', interactive: false })
 * // '<a class="mark s1 q-at-least" href="/claims/c-…/" aria-label="Ukraine General Staff, troops at the front, more than 11,000, 4 Dec 2024" data-id="c-…">…</a>'
 */
export function markSvg(c: ChartClaim, g: MarkGeometry, o: MarkOptions): string {
  const sym = `href="#${o.prefix}-s${measureSlot(c.measure)}"`;
  let body: string;
  if (c.low !== null && c.high !== null && c.low !== c.high) {
    body = `${segment(g.span(c.low, c.high))}<use ${sym} ${g.at(c.low)}/><use ${sym} ${g.at(c.high)}/>`;
  } else if (c.low !== null && c.high !== null) {
    body = `<use ${sym} ${g.at(c.low)}/>`;
  } else {
    const value = (c.low ?? c.high)!;
    const open = g.open(value, c.low !== null ? 1 : -1);
    body = `${segment(open.span)}<use ${sym} ${g.at(value)}/><use href="#${o.prefix}-a${open.head}" ${open.at}/>`;
  }
  const tab = o.interactive ? ' tabindex="-1"' : '';
  return `<a class="mark s${measureSlot(c.measure)} q-${c.qualifier}" href="${claimHref(c.id)}" aria-label="${esc(markLabel(c))}" data-id="${c.id}"${tab}>${body}</a>`;
}
