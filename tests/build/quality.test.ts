/**
 * Quality gates over every built page: valid HTML, and no broken internal link or anchor —
 * checked on the relative links the file:// rewrite produces, exactly as a browser on disk follows them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const pages = walk(DIST).filter((f) => f.endsWith('.html'));
/** The address a `<meta http-equiv="refresh">` forwards to. */
const refresh = (el: HTMLElement) => /url=(.*)$/i.exec(el.getAttribute('content') ?? '')?.[1] ?? '';
const docs = new Map<string, HTMLElement>(pages.map((f) => [f, parse(readFileSync(f, 'utf8'))]));

describe('every built page', () => {
  it('is valid HTML (html-validate, standard rules, plus empty headings and duplicate ids)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard'],
      rules: { 'empty-heading': 'error', 'no-dup-id': 'error' },
    });
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page);
      for (const m of report.results.flatMap((r) => r.messages)) {
        errors.push(`${relative(DIST, page)}:${m.line}: ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
    expect(pages.length).toBeGreaterThan(50);
  });

  it('links only to files that exist, and to anchors that exist on their page', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const [page, doc] of docs) {
      // The 404 page is served at any address, so its links are root-absolute.
      const base = page.endsWith(`${DIST}/404.html`) ? DIST : dirname(page);
      const linking =
        'a[href], link[href], script[src], img[src], iframe[src], form[action], meta[http-equiv="refresh"]';
      for (const el of doc.querySelectorAll(linking)) {
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? refresh(el);
        if (
          /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url) ||
          (el.tagName === 'LINK' && el.getAttribute('rel') === 'canonical')
        )
          continue;
        const [path = '', fragment] = url.split('#') as [string, string | undefined];
        const file =
          path === ''
            ? page
            : resolve(path.startsWith('/') ? DIST : base, `.${path.startsWith('/') ? '' : '/'}${path.split('?')[0]}`);
        const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
        checked += 1;
        if (!existsSync(target)) broken.push(`${relative(DIST, page)} → ${url} (no file)`);
        else if (fragment && target.endsWith('.html')) {
          const targetDoc = docs.get(target);
          if (!targetDoc?.getElementById(decodeURIComponent(fragment)))
            broken.push(`${relative(DIST, page)} → ${url} (no #${fragment})`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('carries the Content-Security-Policy that allows only the site itself', () => {
    for (const [page, doc] of docs) {
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
      expect(csp, relative(DIST, page)).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self'/);
      expect(csp).not.toMatch(/unsafe|\*|https?:/);
    }
  });
});
