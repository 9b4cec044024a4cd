import type { ChartState } from './chart-state.ts';
import { hiddenAttr } from './marks.ts';
import { esc, pct } from './svg.ts';
import type { ChartClaim } from './types.ts';

/** Labels are laid out for the narrowest screen (360 px), where they crowd most. */
const NARROW = 3.6;
const CHAR = 6.6;
const LINE = 14;

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

/** A date-axis label in British order. @example dateTick(new Date('2024-12-08')) // '8 Dec' */
export function dateTick(d: Date): string {
  if (d.getUTCDate() !== 1) return dayMonth.format(d);
  return d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : month.format(d);
}

/** A series' name: its reporter's short name, or its outlet. @example seriesName(claim, 'reporter') // 'Ukraine HUR' */
function seriesName(c: ChartClaim, by: ChartState['by']): string {
  return by === 'reporter' ? c.who : (c.outlet ?? 'Outlet not named');
}

/**
 * Names each timeline series beside its earliest point (which an "as of" date never hides before
 * the rest): above it, or a line higher, or below it, wherever it overlaps no other label at 360 px;
 * a series with no such place goes unnamed (its marks' tooltips still name it). `at` gives a
 * claim's position: x in percent, y in pixels.
 *
 * @example seriesLabels([[hur1, hur2]], (c) => [50, 120], 'reporter', () => true)
 * // '<text class="series-label" x="50%" y="106" text-anchor="start" data-d="2024-12-03">Ukraine HUR</text>'
 */
export function seriesLabels(
  series: ChartClaim[][],
  at: (c: ChartClaim) => [number, number],
  by: ChartState['by'],
  keeps: (c: ChartClaim) => boolean,
): string {
  const placed: { left: number; right: number; y: number }[] = [];
  const items = series.map((list) => ({ first: list[0]!, xy: at(list[0]!) })).sort((a, b) => b.xy[1] - a.xy[1]);
  return items
    .map(({ first, xy: [x, y] }) => {
      const name = seriesName(first, by);
      const end = x > 50;
      const width = name.length * CHAR;
      const left = end ? x * NARROW - width : x * NARROW;
      const right = left + width;
      const clashes = (yy: number) => placed.some((p) => p.left < right && left < p.right && Math.abs(p.y - yy) < LINE);
      const ly = [y - LINE, y - 2 * LINE, y + LINE + 6, y + 2 * LINE + 6].find((yy) => yy > LINE && !clashes(yy));
      if (ly === undefined) return '';
      placed.push({ left, right, y: ly });
      const attrs = `text-anchor="${end ? 'end' : 'start'}" data-d="${first.date}"${hiddenAttr(keeps(first))}`;
      return `<text class="series-label" x="${pct(x)}" y="${ly}" ${attrs}>${esc(name)}</text>`;
    })
    .join('');
}
