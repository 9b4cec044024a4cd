/**
 * Nothing is lost: every line of every source is on its page (as a paragraph, headline or caption
 * carrying its line number) or in the page's list of dropped lines; scripts never touch content/;
 * and two builds from the same inputs give the same dist/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildTempSite } from '../support/temp-site.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const hashes = (dir: string) =>
  Object.fromEntries(
    walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
/** What a browser shows of a line: NUL cannot be written in Markdown and shows as U+FFFD. */
const shown = (s: string) => s.replaceAll('\u0000', '\uFFFD').trim().replace(/\s+/g, ' ');

describe('every line of every source', () => {
  const slugs = readdirSync(join(DIST, 'sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4));

  it('is on its source page or in its list of dropped lines, word for word', () => {
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const raw = readFileSync(join(DIST, 'sources', `${slug}.txt`), 'utf8').replace(/^\uFEFF/, '');
      const page = parse(readFileSync(join(DIST, 'sources', slug, 'index.html'), 'utf8'));
      const onPage = new Map(
        page.querySelectorAll('article [data-line]').map((el) => [el.getAttribute('data-line'), el]),
      );
      const dropped = new Map(
        page.querySelectorAll('[data-dropped-line]').map((el) => [el.getAttribute('data-dropped-line'), el]),
      );
      raw.split(/\r\n|\r|\n/).forEach((line, i) => {
        if (!line.trim()) return;
        const n = String(i + 1);
        const el = onPage.get(n) ?? dropped.get(n);
        expect(el, `${slug}.txt line ${n} is nowhere on the page`).toBeDefined();
        // Notes and marks are added beside a paragraph's text; the line's own words must all be there, in order.
        const text = shown(el!.querySelectorAll('q').at(0)?.text ?? el!.text);
        expect(text, `${slug}.txt line ${n}`).toContain(shown(line).slice(0, 60));
      });
    }
  });
});

describe('the build', () => {
  it('gives identical dist/ twice from the same inputs, and never writes into content/', async () => {
    const dir = join(ROOT, 'content', 'sources');
    const sources = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
    const [a, b] = [await buildTempSite(sources), await buildTempSite(sources)];
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(hashes(b.dist)).toEqual(hashes(a.dist));
    // After ingest and build, content/ holds exactly what was put there: the project's files and the sources.
    expect(hashes(join(a.root, 'content'))).toEqual(hashes(join(ROOT, 'content')));
  });
});
