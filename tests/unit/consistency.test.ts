import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schemas/claim.ts';
import { reports } from '../../src/utils/cluster.ts';
import { bounds, compare, comparer, overlaps, type Comparable } from '../../src/utils/consistency.ts';

let n = 0;
/** A comparable estimate: `measure`, figure, reporter id (or null), date and source. */
function est(
  fig: Pick<Claim, 'qualifier' | 'low' | 'high'>,
  reporter: string | null,
  date: string | null,
  extra: Partial<Claim> = {},
): Comparable {
  n++;
  return {
    claim: {
      id: `c-${n}`,
      kind: 'estimate',
      measure: 'deployed',
      reporter: reporter ? { id: reporter, name: reporter, country: 'XX' } : null,
      source: `s-${n}`,
      stance: null,
      about: null,
      ...fig,
      ...extra,
    },
    date,
  };
}
const exact = (v: number) => ({ qualifier: 'exact' as const, low: v, high: v });

describe('bounds()', () => {
  it('reads open, approximate and exact figures as intervals', () => {
    expect(bounds({ qualifier: 'at-least', low: 10000, high: null })).toEqual([10000, Infinity]);
    expect(bounds({ qualifier: 'at-most', low: null, high: 12000 })).toEqual([0, 12000]);
    expect(bounds({ qualifier: 'approx', low: 8000, high: 8000 })).toEqual([7200, 8800]);
    expect(bounds(exact(3))).toEqual([3, 3]);
  });
});

describe('overlaps()', () => {
  it('finds "up to 12,000" and "11,000" compatible, "more than 11,000" and "about 8,000" not', () => {
    expect(overlaps({ qualifier: 'at-most', low: null, high: 12000 }, exact(11000))).toBe(true);
    expect(
      overlaps({ qualifier: 'at-least', low: 11000, high: null }, { qualifier: 'approx', low: 8000, high: 8000 }),
    ).toBe(false);
  });
});

describe('compare()', () => {
  it('labels consistent when every dated estimate within 30 days overlaps', () => {
    const a = est(exact(10000), 'kr-nis', '2024-11-01');
    const b = est({ qualifier: 'at-least', low: 9000, high: null }, 'ua-hur', '2024-11-20');
    expect(compare(a, [a, b]).label).toBe('consistent');
  });

  it('labels conflicting when one estimate within 30 days does not overlap', () => {
    const a = est(exact(10000), 'kr-nis', '2024-11-01');
    const b = est(exact(10000), 'ua-hur', '2024-11-02');
    const c = est(exact(3000), 'us-dod', '2024-11-30');
    expect(compare(a, [a, b, c]).label).toBe('conflicting');
  });

  it('labels single source when others are further than 30 days, of another measure, or the same reporter', () => {
    const a = est(exact(10000), 'kr-nis', '2024-11-01');
    const far = est(exact(3000), 'ua-hur', '2024-12-02');
    const same = est(exact(3000), 'kr-nis', '2024-11-02');
    const other = est(exact(3000), 'us-dod', '2024-11-02', { measure: 'killed' });
    expect(compare(a, [a, far, same, other])).toEqual({
      label: 'single source',
      inWindow: [],
      undated: [],
      deniedBy: [],
    });
  });

  it('lists undated estimates apart without letting them decide the label', () => {
    const a = est(exact(10000), 'kr-nis', '2024-11-01');
    const undated = est(exact(3000), 'ua-hur', null);
    const result = compare(a, [a, undated]);
    expect(result.label).toBe('single source');
    expect(result.undated).toEqual([undated]);
  });

  it('looks 30 days either side whatever the order given, and says how many days apart each is', () => {
    const a = est(exact(10000), 'kr-nis', '2024-11-01');
    const after = est(exact(10000), 'ua-hur', '2024-12-01');
    const tooLate = est(exact(10000), 'us-dod', '2024-12-02');
    const before = est(exact(3000), 'us-dod', '2024-10-02');
    const tooEarly = est(exact(3000), 'ua-hur', '2024-10-01');
    const result = compare(a, [tooLate, after, a, tooEarly, before]);
    expect(result.inWindow).toEqual([
      { other: before, overlaps: false, days: 30 },
      { other: after, overlaps: true, days: 30 },
    ]);
    expect(result.label).toBe('conflicting');
  });

  it('comparer() compares each of many targets: an undated one with every other reporter, apart', () => {
    const nis = est(exact(10000), 'kr-nis', '2024-11-01');
    const hur = est(exact(12000), 'ua-hur', '2024-11-10');
    const undated = est(exact(3000), 'us-dod', null);
    const anonymous = est(exact(3000), null, '2024-11-02');
    const compareTo = comparer([nis, hur, undated, anonymous]);
    expect(compareTo(undated)).toEqual({ label: 'single source', inWindow: [], undated: [nis, hur], deniedBy: [] });
    expect(compareTo(nis)).toEqual({
      label: 'conflicting',
      inWindow: [{ other: hur, overlaps: false, days: 9 }],
      undated: [undated],
      deniedBy: [],
    });
  });

  it('never judges by an unattributed estimate, and does not compare statements or "other" counts', () => {
    const a = est(exact(10000), 'kr-nis', '2024-11-01');
    const anonymous = est(exact(3000), null, '2024-11-01');
    expect(compare(a, [a, anonymous]).label).toBe('single source');
    expect(compare(anonymous, [a, anonymous]).label).toBe('conflicting');
    const army = est(exact(1_200_000), 'kr-nis', '2024-11-01', { measure: 'other' });
    expect(compare(army, [a, army]).label).toBe('not compared');
    const statement = est({ qualifier: null, low: null, high: null }, 'ru-kremlin', '2024-11-01', {
      kind: 'statement',
      measure: null,
    });
    expect(compare(statement, [a, statement]).label).toBe('not compared');
  });
});

describe('disputed', () => {
  /** A dated statement by `reporter`: `stance` about `about`. */
  const said = (reporter: string | null, stance: Claim['stance'], about: Claim['about'], date: string | null) =>
    est({ qualifier: null, low: null, high: null }, reporter, date, {
      kind: 'statement',
      measure: null,
      stance,
      about,
    });

  it('labels an estimate disputed when another named reporter denies what it takes to be so, within 30 days', () => {
    const sent = est(exact(10000), 'kr-nis', '2024-11-01');
    const hoax = said('ru-kremlin', 'denies', 'presence', '2024-11-20');
    const other = est(exact(10000), 'us-dod', '2024-11-02');
    const result = compare(sent, [sent, hoax, other]);
    expect(result.label).toBe('disputed');
    expect(result.deniedBy).toEqual([{ other: hoax, days: 19 }]);
    // The estimates compared are still listed.
    expect(result.inWindow.map((c) => c.other)).toEqual([other]);
  });

  it('takes a denial of being at the front to dispute front and combat figures, not the number sent', () => {
    const noFront = said('ru-mod', 'denies', 'front', '2024-11-05');
    const front = est(exact(3000), 'ua-hur', '2024-11-01', { measure: 'front' });
    const combat = est(exact(3000), 'ua-hur', '2024-11-01', { measure: 'combat' });
    const sent = est(exact(10000), 'ua-hur', '2024-11-01');
    const all = [noFront, front, combat, sent];
    expect([front, combat, sent].map((c) => compare(c, all).label)).toEqual(['disputed', 'disputed', 'single source']);
  });

  it('is not disputed by a denial of a retreat, a confirmation, a "cannot confirm", or civilians’ count', () => {
    const front = est(exact(3000), 'ua-hur', '2024-11-01', { measure: 'front' });
    const laborers = est(exact(150), 'daily-nk', '2024-11-01', { measure: 'laborers' });
    const all = [
      front,
      laborers,
      said('ua-hur', 'denies', 'withdrawal', '2024-11-02'),
      said('us-dod', 'confirms', 'front', '2024-11-02'),
      said('us-dod', 'not-seen', 'front', '2024-11-02'),
      said('kp-gov', 'denies', 'presence', '2024-11-02'),
    ];
    expect(compare(front, all).label).toBe('disputed');
    expect(compare(front, all).deniedBy.map((d) => d.other.claim.reporter?.id)).toEqual(['kp-gov']);
    expect(compare(laborers, all).label).toBe('single source');
    expect(compare(front, all.slice(0, 5)).label).toBe('single source');
  });

  it('needs both dates within 30 days, a named reporter, and a reporter other than the estimate’s', () => {
    const sent = est(exact(10000), 'kr-nis', '2024-11-01');
    const late = said('ru-kremlin', 'denies', 'presence', '2024-12-05');
    const undated = said('ru-kremlin', 'denies', 'presence', null);
    const nobody = said(null, 'denies', 'presence', '2024-11-01');
    const itself = said('kr-nis', 'denies', 'presence', '2024-11-01');
    expect(compare(sent, [sent, late, undated, nobody, itself]).label).toBe('single source');
    expect(compare(est(exact(10000), 'kr-nis', null), [late, undated]).label).toBe('single source');
  });
});

describe('reports()', () => {
  it('groups the same reporter’s same figure across sources, each within 14 days of the one before', () => {
    const a = est(exact(12000), 'ua-hur', '2024-11-10');
    const b = est(exact(12000), 'ua-hur', '2024-11-01');
    const chained = est(exact(12000), 'ua-hur', '2024-11-20');
    const late = est(exact(12000), 'ua-hur', '2024-12-20');
    const otherFigure = est(exact(11000), 'ua-hur', '2024-11-05');
    const undated = est(exact(12000), 'ua-hur', null);
    const byId = reports([a, b, chained, late, otherFigure, undated]);
    expect(byId.get(a.claim.id)?.members).toEqual([b, a, chained, undated]);
    expect(byId.get(undated.claim.id)).toBe(byId.get(a.claim.id));
    expect(byId.get(a.claim.id)?.first).toBe(b);
    expect(byId.get(late.claim.id)?.members).toEqual([late]);
    expect(byId.get(otherFigure.claim.id)?.members).toEqual([otherFigure]);
  });

  it('has no first appearance when no member is dated; never groups unattributed figures or statements', () => {
    const a = est(exact(500), 'ua-hur', null);
    const b = est(exact(500), 'ua-hur', null);
    expect(reports([a, b]).get(a.claim.id)?.first).toBeNull();
    const x = est(exact(500), null, '2024-11-01');
    const y = est(exact(500), null, '2024-11-01');
    expect(reports([x, y]).get(x.claim.id)?.members).toEqual([x]);
    const s = est({ qualifier: null, low: null, high: null }, 'ua-hur', '2024-11-01', { kind: 'statement' });
    const t = est({ qualifier: null, low: null, high: null }, 'ua-hur', '2024-11-01', { kind: 'statement' });
    expect(reports([s, t]).get(s.claim.id)?.members).toEqual([s]);
  });
});
