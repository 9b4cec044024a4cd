/**
 * Statements on the timeline: each dated statement of the group is a marker in a strip above the
 * figures, a link to its claim that the keyboard reaches like any mark, hidden by a date filter
 * that leaves it out, listed in the table and counted in the summary; the range plot has none.
 */
import { describe, expect, test } from 'vitest';
import { prepareChartData } from '../../src/charts/chart-data.ts';
import { DEFAULT_STATE, type ChartState } from '../../src/charts/chart-state.ts';
import { chartLegend } from '../../src/charts/chart-legend.ts';
import { chartSummary } from '../../src/charts/chart-summary.ts';
import { chartTable } from '../../src/charts/chart-table.ts';
import { rangeChart } from '../../src/charts/range-chart.ts';
import { selectView } from '../../src/charts/select-view.ts';
import { stripLanes, timelineChart } from '../../src/charts/timeline-chart.ts';
import { claim, claims, registry, sources } from './range-chart-fixture.ts';

const statement = (fields: Parameters<typeof claim>[0]) =>
  claim({ kind: 'statement', measure: null, qualifier: null, low: null, high: null, ...fields });
const data = prepareChartData(
  [
    ...claims,
    statement({
      reporterId: 'kr-nis',
      stance: 'denies',
      about: 'front',
      statedOn: '2024-11-20',
      id: 'c-statement-denial',
    }),
    statement({
      reporterId: 'us-state',
      stance: 'confirms',
      about: 'casualties',
      statedOn: '2024-12-01',
      id: 'c-statement-losses',
    }),
    // Dated by its source's publication (4 Dec 2024).
    statement({ reporterId: 'ua-hur', stance: 'not-seen', about: 'combat', source: 'dated', id: 'c-statement-unseen' }),
  ],
  sources,
  registry,
);
const view = (state: Partial<ChartState>) => selectView(data, { ...DEFAULT_STATE, ...state });
const options = { prefix: 't', interactive: true };

describe('statements on the timeline', () => {
  test('keeps dated statements only, oldest first, with the group their about belongs to', () => {
    // The fixture's own statement has no date: it cannot be placed.
    expect(data.statements.map((s) => [s.id, s.group, s.date])).toEqual([
      ['c-statement-denial', 'troops', '2024-11-20'],
      ['c-statement-losses', 'losses', '2024-12-01'],
      ['c-statement-unseen', 'troops', '2024-12-04'],
    ]);
  });

  test('marks each of the group’s statements as a link the keyboard reaches, said in words', () => {
    const svg = timelineChart(view({ view: 'timeline' }), options);
    const marks = [
      ...svg.matchAll(/<a class="mark statement st-([a-z-]+)" href="([^"]+)" aria-label="([^"]+)"[^>]*tabindex="-1"/g),
    ];
    expect(marks.map((m) => [m[1], m[2], m[3]])).toEqual([
      [
        'denies',
        '/claims/c-statement-denial/',
        'South Korea NIS denies that North Korean troops are at the front, 20 Nov 2024',
      ],
      [
        'not-seen',
        '/claims/c-statement-unseen/',
        'Ukraine HUR says it cannot confirm that North Korean troops are fighting, 4 Dec 2024',
      ],
    ]);
    expect(timelineChart(view({ view: 'timeline', group: 'losses' }), options)).toContain('c-statement-losses');
    expect(rangeChart(view({}), options)).not.toContain('statement');
  });

  test('hides a statement the date filter leaves out, and lists the rest in the table and summary', () => {
    const filtered = view({ view: 'timeline', to: '2024-11-30' });
    const svg = timelineChart(filtered, options);
    expect(svg).toMatch(/st-denies[^>]*data-d="2024-11-20"(?! display)/);
    expect(svg).toMatch(/st-not-seen[^>]*data-d="2024-12-04" display="none"/);
    const table = chartTable(filtered);
    expect(table).toContain('1 statement without a figure, marked on the timeline');
    expect(table).toContain('South Korea NIS denies that North Korean troops are at the front');
    expect(table).not.toContain('c-statement-unseen');
    expect(chartSummary(view({ view: 'timeline' }))).toContain(
      '2 statements without a figure marked above the figures.',
    );
  });

  test('adds each stance’s symbol to the key when the timeline marks statements', () => {
    expect(chartLegend('troops', true)).toMatch(/statement st-denies.*denies<\/li>/);
    expect(chartLegend('troops', true)).toContain('cannot confirm');
    expect(chartLegend('troops')).not.toContain('statement');
  });
});

describe('stripLanes', () => {
  test('puts statements nearer than a touch target at the narrowest chart in separate lanes', () => {
    expect(stripLanes([10, 11, 30, 10.5])).toEqual([0, 2, 0, 1]);
    // 7.5 % of the chart is 24 px at 320 px: just that far apart shares a lane, nearer does not.
    expect(stripLanes([10, 17.5])).toEqual([0, 0]);
    expect(stripLanes([10, 17.4])).toEqual([0, 1]);
    expect(stripLanes([])).toEqual([]);
  });
});
