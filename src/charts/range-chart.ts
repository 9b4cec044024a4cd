import { GROUP_NAMES } from './labels.ts';
import { markSvg, type MarkGeometry, type MarkOptions } from './marks.ts';
import { ARROW, type ChartView } from './select-view.ts';
import { esc, pct, symbolDefs } from './svg.ts';
import { formatTick } from './value-scale.ts';

/** Vertical layout in pixels; horizontal positions are percentages, so the SVG fits any width. */
const TOP = 26;
const HEADING = 30;
const LABEL = 20;
const LANE = 28;
const GAP = 8;
const BOTTOM = 46;
/** The plot spans 2%–91% of the width; the rest leaves room for arrows and tick labels. */
const LEFT = 2;
const WIDTH = 89;

function anchor(x: number): string {
  return x < 6 ? 'start' : x > 94 ? 'end' : 'middle';
}

function axis(view: ChartView, x: (v: number) => number, height: number): string {
  const parts = view.scale.ticks.map((t) => {
    const at = pct(x(t));
    const label = `text-anchor="${anchor(x(t))}" x="${at}"`;
    return `<line x1="${at}" x2="${at}" y1="${TOP - 4}" y2="${height - BOTTOM + 4}"/><text ${label} y="16">${formatTick(t)}</text><text ${label} y="${height - BOTTOM + 20}">${formatTick(t)}</text>`;
  });
  const title = `Number of people${view.scale.log ? ' (log scale)' : ''}`;
  return `<g class="axis" aria-hidden="true">${parts.join('')}<text class="axis-title" x="50%" y="${height - 8}" text-anchor="middle">${title}</text></g>`;
}

/**
 * The range plot: one row per reporter (grouped by country) or outlet, x = number of people, one
 * mark per estimate linking to its claim page. A pure function of the view: it returns SVG markup,
 * the same at build time (the static chart) and in the browser (the interactive one).
 *
 * @example rangeChart(selectView(data, DEFAULT_STATE), { prefix: 'troops', interactive: false })
 * // '<svg class="chart range-chart" width="100%" height="512" role="group" aria-label="Troops: range plot by reporter">…</svg>'
 */
export function rangeChart(view: ChartView, options: MarkOptions): string {
  const x = (v: number) => LEFT + view.scale.at(v) * WIDTH;
  const shown = new Set(view.shown);
  const labels: string[] = [];
  const marks: string[] = [];
  let y = TOP;
  for (const row of view.rows) {
    if (row.heading !== null) {
      labels.push(`<text class="heading" x="0" y="${y + 20}">${esc(row.heading)}</text>`);
      y += HEADING;
    }
    labels.push(`<text class="row-label" x="0" y="${y + 14}">${esc(row.label)}</text>`);
    y += LABEL;
    const rowMarks = row.claims.flatMap((c, i) =>
      shown.has(c) ? [markSvg(c, horizontal(x, y + LANE / 2 + row.lanes[i]! * LANE), options)] : [],
    );
    if (rowMarks.length) marks.push(`<g class="row">${rowMarks.join('')}</g>`);
    else labels.push(`<text class="none" x="${pct(LEFT)}" y="${y + LANE / 2 + 4}">No estimate in these dates</text>`);
    y += row.laneCount * LANE + GAP;
  }
  const height = y + BOTTOM;
  const name = `${GROUP_NAMES[view.state.group]}: range plot by ${view.state.by}`;
  return `<svg class="chart range-chart" width="100%" height="${height}" role="group" aria-label="${esc(name)}">${symbolDefs(options.prefix)}${axis(view, x, height)}<g aria-hidden="true">${labels.join('')}</g><g class="marks">${marks.join('')}</g></svg>`;
}

function horizontal(x: (v: number) => number, y: number): MarkGeometry {
  const at = (v: number) => `x="${pct(x(v))}" y="${y}"`;
  const span = (a: number, b: number) => `x1="${pct(a)}" x2="${pct(b)}" y1="${y}" y2="${y}"`;
  return {
    at,
    span: (a, b) => span(x(a), x(b)),
    open(v, dir) {
      const end = Math.min(99, Math.max(1, x(v) + dir * ARROW * WIDTH));
      return { span: span(x(v), end), head: dir > 0 ? 'r' : 'l', at: `x="${pct(end)}" y="${y}"` };
    },
  };
}
