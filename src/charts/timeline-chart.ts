import { group } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { GROUP_NAMES, measureSlot } from './labels.ts';
import { claimHref } from './links.ts';
import { hiddenAttr, joinParts, markSvg, type ChartParts, type MarkGeometry, type MarkOptions } from './marks.ts';
import { packLanes } from './rows.ts';
import type { ChartView } from './select-view.ts';
import { esc, markerDefs, pct, STANCE_SYMBOLS, TARGET } from './svg.ts';
import { dateTick, seriesLabels } from './timeline-labels.ts';
import type { ChartClaim, ChartStatement } from './types.ts';
import { formatTick } from './value-scale.ts';

/** Layout: pixels down, percentages across. */
const PLOT_HEIGHT = 400;
const TOP_MARGIN = 28;
const BOTTOM = 56;
const LEFT = 4;
const WIDTH = 80;
const DAY = 86_400_000;
/** Estimates of one date that would overlap step aside by a touch target's width, at most this many times. */
const MAX_DODGE = 3;
/** The strip above the plot where statements are marked, when there are any: its first lane. */
const STRIP = 32;
/**
 * The narrowest width the chart is drawn at (a 320 px phone). Statements nearer each other than a
 * touch target at that width take separate lanes of the strip, so no statement covers another.
 */
const NARROWEST = 320;

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The value a series line passes through: the figure, a range's middle, an open value's bound. */
function lineValue(c: ChartClaim, log: boolean): number {
  if (c.low === null || c.high === null) return (c.low ?? c.high)!;
  return log ? Math.sqrt(c.low * c.high) : (c.low + c.high) / 2;
}

/**
 * The timeline: x = date, y = number of people, one series per reporter (or outlet) and measure;
 * ranges are whiskers, open-ended values arrows. Undated estimates cannot be placed and are left
 * off (the summary counts them). Dated statements of the group are marked in a strip above, each
 * with a rule down through the plot at its date. The date axis spans every dated estimate and
 * statement of the group, so a date filter shows and hides marks on still axes. Pure: returns SVG markup.
 *
 * @example timelineChart(selectView(data, { ...DEFAULT_STATE, view: 'timeline' }), { prefix: 'live', interactive: true })
 * // '<svg class="chart timeline-chart" width="100%" height="400" role="group" aria-label="Troops: timeline by reporter">…</svg>'
 */
export function timelineChart(view: ChartView, options: MarkOptions): string {
  return joinParts(timelineChartParts(view, options));
}

/** The timeline in pieces: series lines, then marks (`timelineChart` joins them). @example timelineChartParts(view, options).pieces.length // 4 */
export function timelineChartParts(view: ChartView, options: MarkOptions): ChartParts {
  const { state, scale, drawn, statements } = view;
  const name = `${GROUP_NAMES[state.group]}: timeline by ${state.by}`;
  const open = `<svg class="chart timeline-chart" width="100%" role="group" aria-label="${esc(name)}"`;
  if (!drawn.length && !statements.length) {
    const none = `<text x="50%" y="40" text-anchor="middle">No dated estimates in this view</text>`;
    return { head: `${open} height="64">${none}<g class="chart-marks">`, pieces: [], tail: '</g></svg>' };
  }
  // Statements sit in a strip above the figures, each with a rule down through the plot at its date.
  const dates = [...drawn.map((c) => time(c.date!)), ...statements.map((s) => time(s.date))];
  const [lo, hi] = [Math.min(...dates), Math.max(...dates)];
  const pad = Math.max((hi - lo) * 0.04, 15 * DAY);
  const xs = scaleUtc()
    .domain([lo - pad, hi + pad])
    .range([LEFT, LEFT + WIDTH]);
  const statementLanes = stripLanes(statements.map((st) => xs(time(st.date))));
  const strip = statements.length ? STRIP + Math.max(...statementLanes) * TARGET : 0;
  const TOP = TOP_MARGIN + strip;
  const HEIGHT = PLOT_HEIGHT + strip;
  const bottom = HEIGHT - BOTTOM;
  const y = (v: number) => Math.round(bottom - scale.at(v) * (bottom - TOP));
  const grid = scale.ticks.map(
    (t) => `<line x1="0" x2="100%" y1="${y(t)}" y2="${y(t)}"/><text x="0" y="${y(t) - 4}">${formatTick(t)}</text>`,
  );
  const xTicks = xs.ticks(4).map((d) => {
    const x = pct(xs(d));
    return `<line x1="${x}" x2="${x}" y1="${bottom}" y2="${bottom + 6}"/><text x="${x}" y="${bottom + 20}" text-anchor="middle">${dateTick(d)}</text>`;
  });
  const at = (c: ChartClaim): [number, number] => [xs(time(c.date!)), y(lineValue(c, scale.log))];
  const by = (c: ChartClaim) => (state.by === 'reporter' ? c.reporter : c.outlet) ?? '';
  const series = [...group(drawn, (c) => `${by(c)}|${c.measure}`).values()];
  const lines = series.flatMap((list) =>
    list.slice(1).map((c, i) => {
      const [a, [x1, y1], [x2, y2]] = [list[i]!, at(list[i]!), at(c)];
      const shown = hiddenAttr(view.keeps(a) && view.keeps(c));
      const html = () =>
        `<line class="series s${measureSlot(c.measure)}" x1="${pct(x1)}" y1="${y1}" x2="${pct(x2)}" y2="${y2}" data-d="${a.date} ${c.date}"${shown}/>`;
      return { html, size: 0.25 };
    }),
  );
  const marks = [...group(drawn, (c) => c.date!)].flatMap(([date, list]) => {
    const lanes = packLanes(list.map((c) => extent(c, y)));
    return list.map((c, i) => {
      const shift = (lanes[i]! % 2 ? -1 : 1) * Math.min(Math.ceil(lanes[i]! / 2), MAX_DODGE) * TARGET;
      const html = () => {
        const mark = markSvg(c, vertical(pct(xs(time(date))), y, TOP, bottom), view.keeps(c), options);
        return shift ? mark.replace('<a ', `<a transform="translate(${shift} 0)" `) : mark;
      };
      return { html, size: 1 };
    });
  });
  const laneY = (lane: number) => TOP - strip + STRIP / 2 + lane * TARGET;
  const said = statements.map((s, i) => ({
    html: () =>
      statementSvg(s, pct(xs(time(s.date))), laneY(statementLanes[i]!), [TOP, bottom], view.keeps(s), options),
    size: 1,
  }));
  const stripTitle = strip
    ? `<text class="strip-title" x="0" y="${TOP - strip + 2}">Statements (see the key)</text>`
    : '';
  const labels = seriesLabels(series, at, state.by, view.keeps);
  const title = `Number of people${scale.log ? ' (log scale)' : ''}, by date`;
  const axis = `<g class="axis" aria-hidden="true">${grid.join('')}${xTicks.join('')}<text class="axis-title" x="50%" y="${HEIGHT - 8}" text-anchor="middle">${title}</text></g>`;
  return {
    head: `${open} height="${HEIGHT}">${markerDefs(options.prefix)}${axis}${stripTitle}<g class="chart-marks">`,
    pieces: [...lines, ...marks, ...said],
    tail: `</g><g aria-hidden="true">${labels}</g></svg>`,
  };
}

/**
 * The strip lane of each statement, from its position across the chart (percent): left to right,
 * each in the first lane where it keeps a touch target's width (at the narrowest chart) from the
 * one before it.
 *
 * @example stripLanes([10, 11, 30, 10.5]) // [0, 2, 0, 1]
 */
export function stripLanes(spots: number[]): number[] {
  const gap = (TARGET / NARROWEST) * 100;
  const order = spots.map((_, i) => i).sort((a, b) => spots[a]! - spots[b]! || a - b);
  const lanes = packLanes(order.map((i) => [spots[i]!, spots[i]! + gap]));
  const out = new Array<number>(spots.length);
  order.forEach((i, k) => (out[i] = lanes[k]!));
  return out;
}

/**
 * One statement as a link to its claim page: its stance's symbol in the strip at `y`, a dashed rule
 * down through the plot (`rule`, pixels) at its date `x`, and a touch target of 24 px.
 *
 * @example statementSvg(statement, '40%', 44, [60, 372], true, { prefix: 'live', interactive: true })
 * // '<a class="mark statement st-denies" href="/claims/c-statement-…/" aria-label="Kremlin denies that …, 10 Oct 2024" …>…</a>'
 */
export function statementSvg(
  s: ChartStatement,
  x: string,
  y: number,
  rule: [number, number],
  visible: boolean,
  o: MarkOptions,
): string {
  const attrs = `data-d="${s.date}"${hiddenAttr(visible)}${o.interactive ? ' tabindex="-1"' : ''}`;
  const label = `${s.text}, ${s.when}`;
  return (
    `<a class="mark statement st-${s.stance}" href="${claimHref(s.id, o.root)}" aria-label="${esc(label)}" ${attrs}>` +
    `<title>${esc(label)}</title>` +
    `<line class="rule" x1="${x}" x2="${x}" y1="${rule[0]}" y2="${rule[1]}"/>` +
    `<rect class="hit pt" x="${x}" width="${TARGET}" y="${y - TARGET / 2}" height="${TARGET}"/>` +
    `<svg x="${x}" y="${y}" overflow="visible"><path d="${STANCE_SYMBOLS[s.stance]}"/></svg></a>`
  );
}

function extent(c: ChartClaim, y: (v: number) => number): [number, number] {
  const ys = [c.low, c.high].filter((v): v is number => v !== null).map(y);
  return [Math.min(...ys) - 14 - (c.high === null ? 28 : 0), Math.max(...ys) + 14 + (c.low === null ? 28 : 0)];
}

function vertical(x: string, y: (v: number) => number, top: number, bottom: number): MarkGeometry {
  const line = (a: number, b: number) => `x1="${x}" x2="${x}" y1="${a}" y2="${b}"`;
  const end = (v: number, dir: number) => Math.min(bottom + 8, Math.max(top - 8, y(v) - dir * 28));
  return {
    line: (a, b) => line(y(a), y(b)),
    open: (v, dir) => line(y(v), end(v, dir)),
    hit(a, b, dir = 1) {
      const [y1, y2] = [y(a), b === null ? end(a, dir) : y(b)].sort((p, q) => p - q) as [number, number];
      return `class="hit pt" x="${x}" width="${TARGET}" y="${y1 - TARGET / 2}" height="${y2 - y1 + TARGET}"`;
    },
  };
}
