import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { searchIndexScript } from '../../src/search/build-index.ts';
import { claimDateOf, dateWords } from '../../src/search/records.ts';
import { summary } from '../../src/search/client/summary.ts';
import { claims, index, reporters, sources } from './search-fixture.ts';

describe('buildSearchIndex()', () => {
  it('holds every claim, source and reporter, claims newest first and undated last', () => {
    expect(index.r.map((r) => r.i)).toEqual(reporters.map((r) => r.id));
    expect(index.s.map((s) => s.i)).toEqual(sources.map((s) => s.slug));
    expect(index.c.map((c) => c.i)).toEqual(['c-upto-12000', 'c-10000-plus', 'c-3000-killed', 'c-denial']);
    expect(index.c).toHaveLength(claims.length);
  });

  it('refers to sources, reporters and measures by position, and stores each text once', () => {
    const [first] = index.c;
    expect(index.s[first!.s]!.i).toBe('yonhap-kursk');
    expect(index.r[first!.r!]!.i).toBe('ua-hur');
    expect(index.m[first!.m!]).toEqual(['troops sent to Russia', 'in Russia']);
    // "Ukraine HUR" is the short name: not stored again as an alias.
    expect(index.r[0]!.a).toEqual(['HUR', 'GUR']);
  });

  it('gives the figure in words, and a statement its stance', () => {
    expect(index.c.map((c) => c.v)).toEqual([
      'up to 12,000',
      'more than 10,000',
      '3,000',
      'denies: troops in Russia (no figure)',
    ]);
  });

  it('leaves out empty fields', () => {
    const unattributed = index.c.find((c) => c.i === 'c-3000-killed')!;
    expect(Object.keys(unattributed).sort()).toEqual(['i', 'm', 'q', 's', 'v']);
    expect(index.s.find((s) => s.i === 'undated')).toEqual({ i: 'undated', t: 'Untitled source (undated)' });
  });
});

describe('searchIndexScript()', () => {
  it('is a classic script that sets one global to the index', () => {
    const context: { self: Record<string, unknown> } = { self: {} };
    runInNewContext(searchIndexScript(index), context);
    expect(Object.keys(context.self)).toEqual(['NK_SEARCH_INDEX']);
    expect(context.self['NK_SEARCH_INDEX']).toEqual(index);
  });
});

describe('claim dates', () => {
  it('are the stated date, else the source’s, in the words readers search with', () => {
    expect(index.c.map((c) => claimDateOf(c, index))).toEqual(['2024-12-04', '2024-10-30', null, null]);
    expect(dateWords('2024-12-03')).toBe('2024-12-03 3 Dec 2024 3 December 2024');
    expect(dateWords(null)).toBe('');
  });
});

describe('summary()', () => {
  it('counts results by type, in words', () => {
    const hits = [{ type: 'claim' }, { type: 'claim' }, { type: 'reporter' }] as const;
    expect(summary(' kursk ', hits)).toBe('3 results for “kursk”: 2 claims, 1 reporter.');
    expect(summary('x', [{ type: 'source' }])).toBe('1 result for “x”: 1 source.');
  });

  it('says so when nothing matches, and nothing for an empty query', () => {
    expect(summary('zzz', [])).toBe('No results for “zzz”. Try fewer or shorter words.');
    expect(summary('  ', [])).toBe('');
  });
});
