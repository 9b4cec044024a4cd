/**
 * A journalist's link never breaks: every claim address ever published (tests/published-claims.txt,
 * committed) still opens a page — the claim, its withdrawal notice, or a forward to its new id.
 * New claims are added to the list with `UPDATE=1`; the list never loses an entry.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LIST = join(ROOT, 'tests', 'published-claims.txt');
const DIST = join(ROOT, 'dist');
const current = (
  JSON.parse(readFileSync(join(DIST, 'data', 'claims.json'), 'utf8')) as { claims: { id: string }[] }
).claims.map((c) => c.id);
const published = existsSync(LIST) ? readFileSync(LIST, 'utf8').split('\n').filter(Boolean) : [];

describe('published claim addresses', () => {
  it('all still open a page: the claim, a withdrawal notice, or a forward to a claim that exists', () => {
    const live = new Set(current);
    const broken = published.filter((id) => {
      const page = join(DIST, 'claims', id, 'index.html');
      if (!existsSync(page)) return true;
      if (live.has(id)) return false;
      const doc = parse(readFileSync(page, 'utf8'));
      const to = doc.querySelector('[data-moved-to]')?.getAttribute('data-moved-to');
      return !doc.querySelector(`[data-withdrawn="${id}"]`) && !(to && live.has(to));
    });
    expect(
      broken,
      'a published claim disappeared: add `movedTo` (or `notAClaim`) for it in content/corrections.yaml',
    ).toEqual([]);
  });

  it('include every current claim (new ones are recorded with UPDATE=1)', () => {
    const missing = current.filter((id) => !published.includes(id));
    if (missing.length && process.env.UPDATE === '1' && process.env.CI !== 'true') {
      writeFileSync(LIST, `${[...new Set([...published, ...missing])].sort().join('\n')}\n`);
      return;
    }
    expect(
      missing,
      'new claim ids: record them with `UPDATE=1 npx vitest run tests/build/stable-links.test.ts`',
    ).toEqual([]);
  });
});
