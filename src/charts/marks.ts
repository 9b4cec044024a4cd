import { markLabel, measureSlot } from './labels.ts';
import { claimHref } from './links.ts';
import { esc } from './svg.ts';
import type { ChartClaim } from './types.ts';

/**
 * How a chart places values: the range plot along x (percentages), the timeline along y (pixels).
 * Each method returns SVG attributes.
 */
export interface MarkGeometry {
  /** `x1 y1 x2 y2` of the line from value `a` to value `b`. */
  line(a: number, b: number): string;
  /** The same line from bound `value` outward: `dir` 1 towards larger values, -1 towards smaller. */
  open(value: number, dir: 1 | -1): string;
  /**
   * The touch target's attributes (class included): a `rect` around the line from `a` to `b`, or
   * around the bound `a` of an open-ended value (`b` null), outward in `dir`.
   */
  hit(a: number, b: number | null, dir?: 1 | -1): string;
}

/**
 * A chart's markup in pieces, so the browser can draw a large chart a few rows at a time; each
 * piece is written only when drawn.
 */
export interface ChartParts {
  /** Markup up to and including the opening tag of the `.chart-marks` container. */
  head: string;
  /** The container's content, piece by piece (a row, a mark, a line), each with its weight in marks. */
  pieces: { html: () => string; size: number }[];
  /** Closes the container, and the chart. */
  tail: string;
}

/** A chart's whole markup. @example joinParts({ head: '<g class="chart-marks">', pieces: [], tail: '</g>' }) // '<g class="chart-marks"></g>' */
export function joinParts(parts: ChartParts): string {
  return parts.head + parts.pieces.map((p) => p.html()).join('') + parts.tail;
}

/** Options shared by every mark of one chart. */
export interface MarkOptions {
  /** Id prefix of the chart's markers. */
  prefix: string;
  /** Interactive charts take marks out of the tab order and move focus with arrow keys. */
  interactive: boolean;
  /** The way back to the site root that links start from (see links.ts); root-absolute when left out. */
  root?: string;
}

/**
 * Hides what a date filter leaves out. Elements carry their dates in `data-d` so the browser can
 * apply a new filter without drawing the chart again, with the same result.
 *
 * @example hiddenAttr(false) // ' display="none"'
 */
export function hiddenAttr(visible: boolean): string {
  return visible ? '' : ' display="none"';
}

/**
 * One estimate as a link to its claim page: a symbol for a value (hollow when approximate), a line
 * with symbols at both ends for a range (dashed and hollow when vague), a symbol and an arrow for
 * an open-ended value; under it an invisible touch target of at least 24 px.
 *
 * @example markSvg(claim, geometry, true, { prefix: 'live', interactive: true })
 * // '<a class="mark s1 q-at-least" href="/claims/c-…/" aria-label="Ukraine General Staff, troops at the front, more than 11,000, 4 Dec 2024" data-d="2024-12-04" tabindex="-1"><rect class="hit" …/><line … marker-start="url(#live-s1)" marker-end="url(#live-a1)"/></a>'
 */
export function markSvg(c: ChartClaim, g: MarkGeometry, visible: boolean, o: MarkOptions): string {
  const slot = measureSlot(c.measure);
  const sym = `url(#${o.prefix}-${c.qualifier === 'approx' || c.qualifier === 'vague' ? 'h' : 's'}${slot})`;
  let body: string;
  if (c.low !== null && c.high !== null) {
    const ends = c.low === c.high ? '' : ` marker-end="${sym}"`;
    body = `<rect ${g.hit(c.low, c.high)}/><line ${g.line(c.low, c.high)} marker-start="${sym}"${ends}/>`;
  } else {
    const value = (c.low ?? c.high)!;
    const dir = c.low !== null ? 1 : -1;
    const arrow = `marker-end="url(#${o.prefix}-a${slot})"`;
    body = `<rect ${g.hit(value, null, dir)}/><line ${g.open(value, dir)} marker-start="${sym}" ${arrow}/>`;
  }
  const attrs = `data-d="${c.date ?? ''}"${hiddenAttr(visible)}${o.interactive ? ' tabindex="-1"' : ''}`;
  return `<a class="mark s${slot} q-${c.qualifier}" href="${claimHref(c.id, o.root)}" aria-label="${esc(markLabel(c))}" ${attrs}>${body}</a>`;
}
