import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, type ChartState } from '../../src/charts/chart-state.ts';
import { packLanes } from '../../src/charts/rows.ts';
import { rangeChart } from '../../src/charts/range-chart.ts';
import { selectView } from '../../src/charts/select-view.ts';
import { data } from './range-chart-fixture.ts';

const draw = (state: Partial<ChartState> = {}, interactive = false) =>
  rangeChart(selectView(data, { ...DEFAULT_STATE, ...state }), { prefix: 't', interactive });

/** Each mark's opening tag and contents, by the claim id it links to. */
function marks(svg: string): Map<string, string> {
  const found = svg.matchAll(/<a class="mark[^"]*"[^>]*href="\/claims\/([^/]+)\/"[^>]*>.*?<\/a>/g);
  return new Map([...found].map((m) => [m[1]!, m[0]]));
}
const markOf = (svg: string, id: string) => marks(svg).get(id) ?? '';

describe('rangeChart()', () => {
  test('draws one mark per troop estimate, each a link to its claim page', () => {
    const troops = ['c-test-1', 'c-test-2', 'c-test-3', 'c-test-4', 'c-test-5', 'c-test-6'];
    expect([...marks(draw()).keys()].sort()).toEqual(troops);
  });

  test('draws an arrow to the right for an at-least estimate and to the left for an at-most one', () => {
    expect(markOf(draw(), 'c-test-3')).toContain('href="#t-ar"');
    expect(markOf(draw(), 'c-test-1')).toContain('href="#t-al"');
  });

  test('draws a capped bar for a range, dashed (q-vague) for a vague one', () => {
    const range = markOf(draw(), 'c-test-6');
    expect(range).toMatch(/q-range/);
    expect(range.match(/<use /g)).toHaveLength(2);
    expect(markOf(draw(), 'c-test-4')).toMatch(/class="mark s3 q-vague"[^]*class="bar"/);
  });

  test('draws a single symbol for a value, marked q-approx when approximate', () => {
    expect(markOf(draw(), 'c-test-2')).toMatch(/^<a class="mark s2 q-exact"[^]*<use href="#t-s2"[^>]*\/><\/a>$/);
    expect(markOf(draw(), 'c-test-5')).toMatch(/q-approx/);
  });

  test('gives each mark an accessible name: who, what, how many, when', () => {
    expect(markOf(draw(), 'c-test-3')).toContain(
      'aria-label="Ukraine General Staff, troops at the front, more than 11,000, 4 Dec 2024"',
    );
  });

  test('groups reporter rows under their country, the unattributed row last', () => {
    const labels = [...draw().matchAll(/class="(?:heading|row-label)"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(labels).toEqual([
      'Ukraine',
      'Ukraine HUR',
      'Ukraine General Staff',
      'United States',
      'State Department',
      'No reporter named',
      'Unattributed',
    ]);
  });

  test('rows by outlet put the unnamed outlet last and have no country headings', () => {
    const labels = [...draw({ by: 'outlet' }).matchAll(/class="(?:heading|row-label)"[^>]*>([^<]+)</g)].map(
      (m) => m[1],
    );
    expect(labels).toEqual(['The Korea Daily', 'Outlet not named']);
  });

  test('leaves undated estimates off while a date is set, and says so in rows left empty', () => {
    const svg = draw({ to: '2024-12-03' });
    expect([...marks(svg).keys()].sort()).toEqual(['c-test-2', 'c-test-6']);
    expect(svg).toContain('No estimate in these dates');
  });

  test('switches to a log scale when values span two orders of magnitude', () => {
    expect(draw({ group: 'personnel' })).toContain('Number of people (log scale)');
    expect(draw()).not.toContain('log scale');
  });

  test('escapes markup and quotes from the data', () => {
    const odd = { ...data, claims: data.claims.map((c) => ({ ...c, outlet: 'Kim & "Lee" <Weekly>' })) };
    const svg = rangeChart(selectView(odd, { ...DEFAULT_STATE, by: 'outlet' }), { prefix: 't', interactive: false });
    expect(svg).toContain('>Kim &amp; &quot;Lee&quot; &lt;Weekly&gt;<');
  });

  test('takes marks out of the tab order only when interactive', () => {
    expect(draw({}, true).match(/tabindex="-1"/g)).toHaveLength(6);
    expect(draw()).not.toContain('tabindex');
  });

  test('packLanes() stacks overlapping marks into separate lanes, first fit', () => {
    expect(
      packLanes([
        [0, 0.2],
        [0.1, 0.3],
        [0.25, 0.4],
      ]),
    ).toEqual([0, 1, 0]);
  });
});
