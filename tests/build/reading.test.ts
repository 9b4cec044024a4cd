/**
 * The built site (`npm run build` first) tells the story right: the front page's current figures,
 * one chart mark per report, each measure group on its own chart, contexts without photo captions,
 * an icon on the embed page. Read from dist/ and checked against the published data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_GLOBAL, DATA_SCRIPT, type ChartData } from '../../src/charts/types.ts';
import { HEADLINE_MEASURES } from '../../src/utils/findings.ts';
import { MEASURE_GROUPS, type MeasureGroup } from '../../src/schemas/vocabulary.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { PublicClaim } from '../../src/utils/records.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const read = (path: string) => parse(readFileSync(join(DIST, path), 'utf8'));
let claims: PublicClaim[];

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  claims = JSON.parse(readFileSync(join(DIST, 'data', 'claims.json'), 'utf8')).claims;
});

const idOf = (href: string) => /claims\/(c-[a-z0-9-]+)\//.exec(href)?.[1];

describe('the front page', () => {
  it('gives each headline measure’s range over every named reporter’s newest figure, naming each', () => {
    const rows = read('index.html').querySelectorAll('.now-figures > div');
    const measures = HEADLINE_MEASURES.filter((m) => claims.some((c) => c.measure === m && c.reporter));
    expect(rows).toHaveLength(measures.length);
    rows.forEach((row, k) => {
      const these = claims.filter((c) => c.kind === 'estimate' && c.measure === measures[k] && c.reporter);
      const linked = row.querySelectorAll('a').map((a) => idOf(a.getAttribute('href')!)!);
      // One link per reporter, to that reporter's newest figure (undated only when it has no dated one).
      const reporters = [...new Set(these.map((c) => c.reporter!.id))];
      expect(linked.map((id) => claims.find((c) => c.id === id)!.reporter!.id).sort()).toEqual(reporters.sort());
      for (const id of linked) {
        const c = claims.find((x) => x.id === id)!;
        const newer = these.filter(
          (o) => o.reporter!.id === c.reporter!.id && o.comparedOn && (!c.comparedOn || o.comparedOn > c.comparedOn),
        );
        expect(newer, id).toEqual([]);
      }
      const figures = linked.flatMap((id) => {
        const c = claims.find((x) => x.id === id)!;
        return [c.low ?? c.high!, c.high ?? c.low!];
      });
      const [low, high] = [Math.min(...figures), Math.max(...figures)].map((n) => n.toLocaleString('en-GB'));
      expect(row.querySelector('strong')!.textContent).toBe(low === high ? low : `${low}–${high}`);
    });
  });

  it('puts no space inside the brackets around a date or at the end of a link', () => {
    const now = read('index.html').querySelector('.now')!;
    expect(now.textContent.replace(/\s+/g, ' ')).not.toMatch(/\( | \)/);
    for (const a of now.querySelectorAll('a')) expect(a.textContent, a.textContent).toBe(a.textContent.trim());
    // The same on the disputes page's notes ("… and 1 more of troops sent to Russia: see all claims").
    for (const note of read('disputes/index.html').querySelectorAll('li.meta'))
      expect(note.textContent.replace(/\s+/g, ' ')).not.toMatch(/\( | \)| [.,;:]/);
  });

  it('names the latest denials and the latest source', () => {
    const now = read('index.html').querySelector('.now')!;
    const denials = claims.filter((c) => c.stance === 'denies' && c.reporter);
    const text = now.textContent.replace(/\s+/g, ' ');
    if (denials.length) expect(text).toContain('Denials:');
    expect(text).toMatch(/Latest source: /);
  });
});

describe('the chart', () => {
  // The chart's data file: `self.NK_CHART_DATA={…};` (src/charts/chart-data.ts chartDataScript).
  const data = (): ChartData =>
    JSON.parse(readFileSync(join(DIST, DATA_SCRIPT), 'utf8').replace(`self.${DATA_GLOBAL}=`, '').replace(/;\n$/, ''));

  it('draws a report repeated by several sources once', () => {
    const seen = new Map<string, string[]>();
    for (const c of data().claims) {
      if (!c.reporter) continue;
      const key = `${c.reporter}|${c.measure}|${c.low}|${c.high}`;
      for (const date of seen.get(key) ?? []) {
        const apart = c.date && date ? Math.abs(Date.parse(c.date) - Date.parse(date)) / 86_400_000 : 0;
        expect(apart, `${c.id} repeats ${key}`).toBeGreaterThan(14);
      }
      seen.set(key, [...(seen.get(key) ?? []), c.date ?? '']);
    }
    // The repeats that were left out are each another source's copy of a drawn report.
    const drawn = new Set(data().claims.map((c) => c.id));
    const left = claims.filter((c) => c.kind === 'estimate' && c.low !== null && !drawn.has(c.id));
    for (const c of left)
      expect(
        claims.some(
          (o) =>
            drawn.has(o.id) &&
            o.reporter?.id === c.reporter?.id &&
            o.low === c.low &&
            o.high === c.high &&
            o.source !== c.source,
        ),
        c.id,
      ).toBe(true);
  });

  it('puts each measure group on its own chart: no other count or laborers on the troops’ scale', () => {
    const measureOf = new Map(claims.map((c) => [c.id, c.measure]));
    for (const figure of read('index.html').querySelectorAll('.chart-static figure[data-group]')) {
      const group = figure.getAttribute('data-group') as MeasureGroup;
      for (const mark of figure.querySelectorAll('a.mark')) {
        const measure = measureOf.get(idOf(mark.getAttribute('href')!)!)!;
        expect(MEASURE_GROUPS[group] as readonly string[]).toContain(measure);
      }
    }
  });
});

describe('claim pages', () => {
  it('never give a photo caption as the sentence before or after the quote', () => {
    for (const file of readdirSync('src/content/sources')) {
      const source = parseYaml(readFileSync(join('src/content/sources', file), 'utf8').split(/^---$/m)[1]!) as Source;
      const raw = readFileSync(join('content/sources', source.file), 'utf8').split(/\r\n|\r|\n/);
      const captions = source.captions.map((n) => raw[n - 1]!.trim());
      for (const id of source.claimIds) {
        const context = read(`claims/${id}/index.html`).querySelector('blockquote.in-context')!.textContent;
        for (const caption of captions) expect(context, id).not.toContain(caption.slice(0, 40));
      }
    }
  });
});

it('the embed page names its icon, so no browser asks for /favicon.ico', () => {
  expect(read('embed/chart/index.html').querySelector('link[rel="icon"]')?.getAttribute('href')).toMatch(
    /favicon\.svg$/,
  );
});

describe('source pages', () => {
  const sidecars = readdirSync('content/sources')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      slug: f.replace(/\.yaml$/, ''),
      sidecar: parseYaml(readFileSync(join('content/sources', f), 'utf8')),
    }));

  it('cite what each sidecar records: outlet, original address, date (marked when inferred) and how it was established', () => {
    expect(sidecars.length).toBeGreaterThan(0);
    for (const { slug, sidecar } of sidecars) {
      const facts = read(`sources/${slug}/index.html`).querySelector('dl.facts')!;
      const text = facts.textContent.replace(/\s+/g, ' ');
      if (sidecar.outlet) expect(text, slug).toContain(sidecar.outlet);
      if (sidecar.url) expect(facts.querySelector(`a[href="${sidecar.url}"]`), slug).not.toBeNull();
      if (sidecar.publishedOn) {
        const iso =
          sidecar.publishedOn instanceof Date ? sidecar.publishedOn.toISOString().slice(0, 10) : sidecar.publishedOn;
        expect(facts.querySelector(`time[datetime="${iso}"]`), slug).not.toBeNull();
        expect(text.includes('inferred (see how it was established)'), slug).toBe(sidecar.publishedOnInferred === true);
      }
      if (sidecar.basis) {
        const basis = facts.querySelector('.basis')!;
        expect(basis.textContent.replace(/\s+/g, ' ').trim(), slug).toBe(sidecar.basis.replace(/\s+/g, ' ').trim());
        // Every address the basis gives is a link, cut before the full stop that ends its sentence.
        const addresses = sidecar.basis.match(/https?:\/\/\S+/g)?.map((u: string) => u.replace(/[.,;:)]+$/, '')) ?? [];
        expect(
          basis.querySelectorAll('a').map((a) => a.getAttribute('href')),
          slug,
        ).toEqual(addresses);
      }
    }
  });

  it('never say outlet unknown or date unknown in a citation the sidecar completes', () => {
    for (const { slug, sidecar } of sidecars) {
      const text = read(`sources/${slug}/index.html`).querySelector('dl.facts')!.textContent;
      if (sidecar.outlet) expect(text, slug).not.toContain('not known (the text does not name it)');
      if (sidecar.publishedOn) expect(text, slug).not.toContain('date unknown');
    }
  });
});
