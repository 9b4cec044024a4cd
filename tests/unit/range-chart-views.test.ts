import { describe, expect, test } from 'vitest';
import { chartLegend } from '../../src/charts/chart-legend.ts';
import { DEFAULT_STATE, type ChartState } from '../../src/charts/chart-state.ts';
import { chartSummary } from '../../src/charts/chart-summary.ts';
import { chartTable } from '../../src/charts/chart-table.ts';
import { selectView } from '../../src/charts/select-view.ts';
import { timelineChart } from '../../src/charts/timeline-chart.ts';
import { valueScale } from '../../src/charts/value-scale.ts';
import { data } from './range-chart-fixture.ts';

const view = (state: Partial<ChartState> = {}) => selectView(data, { ...DEFAULT_STATE, ...state });
const ids = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);

describe('timelineChart()', () => {
  test('draws one mark per dated estimate, in date order', () => {
    const svg = timelineChart(view({ view: 'timeline' }), { prefix: 't', interactive: true });
    expect(ids(svg, /<a class="mark[^>]*href="\/claims\/([^/]+)\/"/g)).toEqual(['c-test-6', 'c-test-2', 'c-test-3']);
  });

  test('draws open-ended values as vertical arrows: up for at-least', () => {
    const svg = timelineChart(view({ view: 'timeline' }), { prefix: 't', interactive: true });
    const line = svg.match(/claims\/c-test-3\/.*?<line ([^>]*)\/>/)![1]!;
    expect(line).toContain('marker-end="url(#t-a1)"');
    const [y1, y2] = [/y1="(\d+)"/, /y2="(\d+)"/].map((r) => Number(line.match(r)![1]));
    expect(y2).toBeLessThan(y1!);
  });

  test('names each series after its reporter', () => {
    const svg = timelineChart(view({ view: 'timeline' }), { prefix: 't', interactive: true });
    expect(ids(svg, /class="series-label"[^>]*>([^<]+)</g).sort()).toEqual([
      'State Department',
      'Ukraine General Staff',
      'Ukraine HUR',
    ]);
  });

  test('says so when no estimate in the view has a date', () => {
    const svg = timelineChart(view({ view: 'timeline', group: 'losses' }), { prefix: 't', interactive: true });
    expect(svg).toContain('No dated estimates in this view');
  });
});

describe('chartSummary()', () => {
  test('counts the estimates and reporters and names the lowest and highest', () => {
    expect(chartSummary(view())).toBe(
      '6 troop estimates from 4 reporters. Lowest: 2,000 troops in combat (Ukraine HUR, 3 Dec 2024). ' +
        'Highest: up to 12,000 troops in Russia (Ukraine HUR, undated). 3 of them undated.',
    );
  });

  test('counts the undated estimates the timeline leaves off', () => {
    expect(chartSummary(view({ view: 'timeline' }))).toMatch(/ 3 undated estimates not on the timeline\.$/);
  });

  test('counts the undated estimates a date filter hides', () => {
    expect(chartSummary(view({ from: '2024-12-01' }))).toMatch(/^2 troop estimates .* 3 undated estimates hidden/);
  });
});

describe('chartTable()', () => {
  test('holds one row per mark, in mark order, each linking to its claim', () => {
    const v = view();
    const html = chartTable(v);
    expect(ids(html, /<tr data-id="([^"]+)"/g)).toEqual(v.shown.map((c) => c.id));
    expect(html).toContain('<a href="/claims/c-test-3/">more than 11,000</a>');
  });
});

describe('chartLegend()', () => {
  test('keys every measure of the group and every form of estimate', () => {
    const html = chartLegend('losses');
    for (const text of ['casualties', 'killed', 'wounded', 'captured', 'more than', 'up to', 'vague range']) {
      expect(html).toContain(text);
    }
  });
});

describe('valueScale()', () => {
  test('is linear from zero for values of one order of magnitude', () => {
    const scale = valueScale([
      { low: 2000, high: 2000 },
      { low: null, high: 12000 },
    ]);
    expect([scale.log, scale.at(0), scale.ticks[0]]).toEqual([false, 0, 0]);
  });

  test('is logarithmic, ticked at powers of ten, when values span two orders of magnitude', () => {
    const scale = valueScale([
      { low: 3, high: 3 },
      { low: 1200000, high: 1200000 },
    ]);
    expect(scale.log).toBe(true);
    expect(scale.ticks).toEqual([1, 10, 100, 1000, 10000, 100000, 1000000, 10000000]);
  });
});
