/** A hostile source page in a real browser: nothing runs, nothing loads, every line reads as text. */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HIDDEN, HOSTILE_NOTES, reviewFile } from '../support/hostile-corpus.ts';
import { runSource } from '../support/pipeline.ts';
import { serve } from '../support/serve.ts';
import { buildTempSite } from '../support/temp-site.ts';

const HOSTILE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'hostile', 'mdx-jsx-js.txt'), 'utf8');
/** A source whose file name is not a slug (issue 12, item 3). */
const MY_ARTICLE = 'My article test\n\nThe NIS said about 11,000 North Korean troops are in Russia.\n';
const port = Number(process.env.E2E_PORT ?? 4329) + 50;
let server: Server;
// One worker for this file's tests, so the site is built once and served by one server.
test.describe.configure({ mode: 'default' });
/** The hostile source's claim, given a review whose notes are hostile too. */
let reviewed: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  reviewed = (await runSource(HOSTILE, 'hostile')).claims[0]!.id;
  const review = reviewFile(['verdict: disputed', 'reviewer: Test desk', 'reviewedOn: 2025-01-31'], HOSTILE_NOTES);
  // No corrections: the project's forward to a claim of its own sources, not in this corpus, would be an input error.
  const site = await buildTempSite(
    { 'hostile.txt': HOSTILE, 'My Article.txt': MY_ARTICLE, 'hidden-chars.txt': HIDDEN },
    { 'content/corrections.yaml': '', [`content/reviews/${reviewed}.md`]: review },
  );
  expect(site.code, site.stderr).toBe(0);
  server = serve(site.dist, port);
});
test.afterAll(() => void server?.close());

test('hidden characters show as marks a reader can see, in the order the file has them', async ({ page }) => {
  await page.goto(`http://localhost:${port}/sources/hidden-chars/`);
  const marks = page.locator('main .hidden-char');
  await expect(marks).toHaveText(['U+200B', 'U+202E', 'U+202C']);
  for (const mark of await marks.all()) {
    await expect(mark).toBeVisible();
    expect((await mark.boundingBox())!.width).toBeGreaterThan(10);
  }
  // The right-to-left override is not passed on, so it reorders nothing: the letters read as the file has them.
  await expect(page.locator('main')).toContainText('Officials of U+202ERUHU+202C said 500 North Korean soldiers');
  const [r, h] = await page.evaluate(() => {
    const p = [...document.querySelectorAll('main p')].find((e) => e.textContent!.includes('RUH'))!;
    const letters = p.querySelector('.hidden-char')!.nextSibling!;
    const left = (i: number) => {
      const range = document.createRange();
      range.setStart(letters, i);
      range.setEnd(letters, i + 1);
      return range.getBoundingClientRect().left;
    };
    return [left(0), left(2)];
  });
  // Passed on, the override would draw the letters right to left ("HUR"); here R stands left of H.
  expect(r).toBeLessThan(h);
});

test('hostile review notes run nothing, load nothing, and do not send the reader away', async ({ page }) => {
  const problems: string[] = [];
  page.on('dialog', (d) => void problems.push(`dialog: ${d.message()}`));
  page.on('pageerror', (e) => void problems.push(`error: ${e.message}`));
  page.on(
    'request',
    (r) => void (r.url().startsWith(`http://localhost:${port}/`) || problems.push(`request: ${r.url()}`)),
  );
  const url = `http://localhost:${port}/claims/${reviewed}/`;
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const notes = page.locator('#review');
  await expect(notes).toContainText('Last line of the notes.');
  await expect(notes.locator('script, img, iframe, style, object, base, meta, a[href^="javascript"]')).toHaveCount(0);
  await expect(page.locator('meta[http-equiv="refresh"], base')).toHaveCount(0);
  await expect(page.locator('body')).toBeVisible();
  // A meta refresh of 0 s would have left by now: the page's own script and requests are done.
  expect(page.url()).toBe(url);
  expect(problems).toEqual([]);
});

test('the hostile page runs nothing, requests nothing elsewhere, and shows every line as text', async ({ page }) => {
  const problems: string[] = [];
  page.on('dialog', (d) => void problems.push(`dialog: ${d.message()}`));
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
  page.on('pageerror', (e) => void problems.push(`error: ${e.message}`));
  page.on(
    'request',
    (r) => void (r.url().startsWith(`http://localhost:${port}/`) || problems.push(`request: ${r.url()}`)),
  );
  await page.goto(`http://localhost:${port}/sources/hostile/`);
  await page.waitForLoadState('networkidle');
  const article = page.locator('article').first();
  for (const line of HOSTILE.trim().split('\n')) {
    await expect(article).toContainText(line);
  }
  await expect(article.locator('script, img, a[href^="javascript"]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a source whose file name is not a slug has its page, and its raw-text link opens that file', async ({ page }) => {
  await page.goto(`http://localhost:${port}/sources/my-article/`);
  await page.getByRole('link', { name: 'my-article.txt' }).click();
  await expect(page).toHaveURL(/\/sources\/my-article\.txt$/);
  expect((await page.locator('body').innerText()).trim()).toBe(MY_ARTICLE.trim());
});
