import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, type ChartState } from '../../src/charts/chart-state.ts';
import { rangeChart } from '../../src/charts/range-chart.ts';
import { packLanes } from '../../src/charts/rows.ts';
import { selectView } from '../../src/charts/select-view.ts';
import { data } from './range-chart-fixture.ts';

const draw = (state: Partial<ChartState> = {}, interactive = false) =>
  rangeChart(selectView(data, { ...DEFAULT_STATE, ...state }), { prefix: 't', interactive });

/** Each mark's markup, by the claim id it links to. */
function marks(html: string): Map<string, string> {
  const found = html.matchAll(/<a class="mark[^"]*" href="\/claims\/([^/]+)\/"[^>]*>.*?<\/a>/g);
  return new Map([...found].map((m) => [m[1]!, m[0]]));
}
const markOf = (id: string, html = draw()) => marks(html).get(id) ?? '';
/** The x1 and x2 of a mark's line, in percent. */
const ends = (mark: string) => [...mark.matchAll(/ x[12]="([\d.]+)%"/g)].map((m) => Number(m[1]));
const labels = (html: string) => [...html.matchAll(/class="row-(?:heading|label)">([^<]+)</g)].map((m) => m[1]);

describe('rangeChart()', () => {
  test('draws one mark per troop estimate, each a link to its claim page', () => {
    const troops = ['c-test-1', 'c-test-2', 'c-test-3', 'c-test-4', 'c-test-5', 'c-test-6'];
    expect([...marks(draw()).keys()].sort()).toEqual(troops);
  });

  test('draws an arrow to the right for an at-least estimate', () => {
    const mark = markOf('c-test-3');
    expect(mark).toContain('marker-end="url(#t-a1)"');
    const [x1, x2] = ends(mark);
    expect(x2).toBeGreaterThan(x1!);
  });

  test('draws an arrow to the left for an at-most estimate', () => {
    const [x1, x2] = ends(markOf('c-test-1'));
    expect(x2).toBeLessThan(x1!);
  });

  test('draws a line with the measure symbol at both ends for a range', () => {
    expect(markOf('c-test-6')).toMatch(
      /class="mark s1 q-range"[^]*marker-start="url\(#t-s1\)" marker-end="url\(#t-s1\)"/,
    );
  });

  test('draws a vague range with hollow ends (and dashed, by its q-vague class)', () => {
    expect(markOf('c-test-4')).toMatch(
      /class="mark s3 q-vague"[^]*marker-start="url\(#t-h3\)" marker-end="url\(#t-h3\)"/,
    );
  });

  test('draws a single symbol for a value, hollow when approximate', () => {
    expect(markOf('c-test-2')).toMatch(/<line [^>]*marker-start="url\(#t-s2\)"\/><\/a>$/);
    expect(markOf('c-test-5')).toContain('marker-start="url(#t-h0)"');
  });

  test('gives every mark a touch target at least 24 px high', () => {
    for (const mark of marks(draw()).values()) expect(mark).toMatch(/<rect class="hit[^"]*" [^>]*height="24"/);
  });

  test('gives each mark an accessible name: who, what, how many, when', () => {
    expect(markOf('c-test-3')).toContain(
      'aria-label="Ukraine General Staff, troops at the front, more than 11,000, 4 Dec 2024"',
    );
  });

  test('groups reporter rows under their country, the unattributed row last', () => {
    expect(labels(draw())).toEqual([
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
    expect(labels(draw({ by: 'outlet' }))).toEqual(['The Korea Daily', 'Outlet not named']);
  });

  test('hides the marks a date filter leaves out, undated ones included, keeping rows and axis', () => {
    const html = draw({ to: '2024-12-03' });
    const visible = [...marks(html)].filter(([, m]) => !m.includes('display="none"')).map(([id]) => id);
    expect(visible.sort()).toEqual(['c-test-2', 'c-test-6']);
    expect(labels(html)).toEqual(labels(draw()));
  });

  test('switches to a log scale when values span two orders of magnitude', () => {
    const generals = data.claims.find((c) => c.measure === 'generals')!;
    const wide = {
      ...data,
      claims: [...data.claims, { ...generals, id: 'c-wide', measure: 'officers' as const, low: 500, high: 500 }],
    };
    expect(
      rangeChart(selectView(wide, { ...DEFAULT_STATE, group: 'command' }), { prefix: 't', interactive: false }),
    ).toContain('Number of people (log scale)');
    expect(draw({ group: 'command' })).not.toContain('log scale');
    expect(draw()).not.toContain('log scale');
  });

  test('escapes markup and quotes from the data', () => {
    const odd = { ...data, claims: data.claims.map((c) => ({ ...c, outlet: 'Kim & "Lee" <Weekly>' })) };
    const html = rangeChart(selectView(odd, { ...DEFAULT_STATE, by: 'outlet' }), { prefix: 't', interactive: false });
    expect(html).toContain('>Kim &amp; &quot;Lee&quot; &lt;Weekly&gt;<');
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
