import type { ChartState } from './chart-state.ts';
import { esc, pct } from './svg.ts';
import type { ChartClaim } from './types.ts';

/** Labels are laid out for the narrowest screen (360 px), where they crowd most. */
const NARROW = 3.6;
const CHAR = 6.6;
const LINE = 14;

/** A series' name: its reporter's short name, or its outlet. @example seriesName(claim, 'reporter') // 'Ukraine HUR' */
export function seriesName(c: ChartClaim, by: ChartState['by']): string {
  return by === 'reporter' ? c.who : (c.outlet ?? 'Outlet not named');
}

/**
 * Names each timeline series beside its latest point, nudging labels up until none overlaps
 * another at 360 px. `at` gives a claim's position: x in percent, y in pixels.
 *
 * @example seriesLabels([[hur1, hur2]], (c) => [50, 120], 'reporter')
 * // '<text class="series-label" x="50%" y="106" text-anchor="end">Ukraine HUR</text>'
 */
export function seriesLabels(
  series: ChartClaim[][],
  at: (c: ChartClaim) => [number, number],
  by: ChartState['by'],
): string {
  const placed: { left: number; right: number; y: number }[] = [];
  const items = series
    .map((list) => {
      const last = list[list.length - 1]!;
      const [x, y] = at(last);
      return { name: seriesName(last, by), x, y: y - LINE };
    })
    .sort((a, b) => b.y - a.y);
  return items
    .map(({ name, x, y }) => {
      const end = x > 50;
      const width = name.length * CHAR;
      const left = end ? x * NARROW - width : x * NARROW;
      const right = left + width;
      const clashes = (yy: number) => placed.some((p) => p.left < right && left < p.right && Math.abs(p.y - yy) < LINE);
      let ly = y;
      while (clashes(ly) && ly > LINE) ly -= LINE;
      placed.push({ left, right, y: ly });
      return `<text class="series-label" x="${pct(x)}" y="${ly}" text-anchor="${end ? 'end' : 'start'}">${esc(name)}</text>`;
    })
    .join('');
}
