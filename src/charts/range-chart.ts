import { GROUP_NAMES } from './labels.ts';
import { joinParts, markSvg, type ChartParts, type MarkGeometry, type MarkOptions } from './marks.ts';
import { ARROW, type ChartView } from './select-view.ts';
import { esc, markerDefs, pct, TARGET } from './svg.ts';
import { formatTick } from './value-scale.ts';

/** Height of one lane of marks, in pixels; positions across are percentages, so each SVG fits any width. */
const LANE = 28;
/** The plot spans 2%–91% of a row; the rest leaves room for arrows and tick labels. */
const LEFT = 2;
const WIDTH = 89;
/** Above this many marks, rows off screen skip layout (`content-visibility`): 10,000 estimates stay quick. */
const MANY = 500;

function anchor(x: number): string {
  return x < 6 ? 'start' : x > 94 ? 'end' : 'middle';
}

function axis(view: ChartView, x: (v: number) => number, where: 'top' | 'bottom'): string {
  const y = where === 'top' ? 16 : 14;
  const ticks = view.scale.ticks.map(
    (t) => `<text x="${pct(x(t))}" y="${y}" text-anchor="${anchor(x(t))}">${formatTick(t)}</text>`,
  );
  const title = `Number of people${view.scale.log ? ' (log scale)' : ''}`;
  const caption =
    where === 'bottom' ? `<text class="axis-title" x="50%" y="34" text-anchor="middle">${title}</text>` : '';
  return `<div class="axis ${where}" aria-hidden="true"><span></span><svg class="chart" width="100%" height="${where === 'top' ? 22 : 42}">${ticks.join('')}${caption}</svg></div>`;
}

/**
 * The range plot: one row per reporter (grouped by country) or outlet, x = number of people, one
 * mark per estimate linking to its claim page. A pure function of the view returning markup: HTML
 * rows (their labels wrap, and sit beside the marks on wide screens, above them on narrow ones),
 * each with an SVG of its marks. It draws the static chart at build time and the interactive one
 * in the browser.
 *
 * @example rangeChart(selectView(data, DEFAULT_STATE), { prefix: 'troops', interactive: false })
 * // '<div class="range-chart" role="group" aria-label="Troops: range plot by reporter">…</div>'
 */
export function rangeChart(view: ChartView, options: MarkOptions): string {
  return joinParts(rangeChartParts(view, options));
}

/**
 * The range plot in pieces, one per row (`rangeChart` joins them).
 *
 * @example rangeChartParts(view, options).pieces[0].html() // '<p class="row-heading">Ukraine</p><div class="row">…</div>'
 */
export function rangeChartParts(view: ChartView, options: MarkOptions): ChartParts {
  const x = (v: number) => LEFT + view.scale.at(v) * WIDTH;
  const pieces = view.rows.map((row) => ({
    size: row.claims.length,
    html() {
      const heading = row.heading === null ? '' : `<p class="row-heading">${esc(row.heading)}</p>`;
      const height = row.laneCount * LANE;
      const grid = view.scale.ticks.map(
        (t) => `<line class="grid" x1="${pct(x(t))}" x2="${pct(x(t))}" y2="${height}"/>`,
      );
      const marks = row.claims.map((c, i) =>
        markSvg(c, horizontal(x, LANE / 2 + row.lanes[i]! * LANE), view.keeps(c), options),
      );
      const svg = `<svg class="chart" width="100%" height="${height}">${grid.join('')}${marks.join('')}</svg>`;
      return `${heading}<div class="row"><span class="row-label">${esc(row.label)}</span>${svg}</div>`;
    },
  }));
  const name = `${GROUP_NAMES[view.state.group]}: range plot by ${view.state.by}`;
  const many = view.drawn.length > MANY ? ' many' : '';
  return {
    head: `<div class="range-chart${many}" role="group" aria-label="${esc(name)}">${markerDefs(options.prefix)}${axis(view, x, 'top')}<div class="chart-marks">`,
    pieces,
    tail: `</div>${axis(view, x, 'bottom')}</div>`,
  };
}

function horizontal(x: (v: number) => number, y: number): MarkGeometry {
  const line = (a: number, b: number) => `x1="${pct(a)}" x2="${pct(b)}" y1="${y}" y2="${y}"`;
  const end = (v: number, dir: number) => Math.min(99, Math.max(LEFT, x(v) + dir * ARROW * WIDTH));
  const band = `y="${y - TARGET / 2}" height="${TARGET}"`;
  return {
    line: (a, b) => line(x(a), x(b)),
    open: (v, dir) => line(x(v), end(v, dir)),
    hit(a, b) {
      if (b === null || a === b) return `class="hit pt" x="${pct(x(a))}" width="${TARGET}" ${band}`;
      return `class="hit" x="${pct(x(a))}" width="${pct(x(b) - x(a))}" ${band}`;
    },
  };
}
