/** A saved web page's archived copy in a real browser: nothing runs, nothing loads, nothing leaves. */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { serve } from '../support/serve.ts';
import { buildTempSite, type TempSite } from '../support/temp-site.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'saved-pages');
const fixture = (name: string) => readFileSync(join(FIXTURES, name, 'input.html'));
const port = Number(process.env.E2E_PORT ?? 4329) + 60;
let server: Server;
let site: TempSite;
// One worker for this file's tests, so the site is built once and served by one server.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // No corrections: the project's forward to a claim of its own sources, not in this corpus, would be an input error.
  site = await buildTempSite(
    { 'hostile-markup.html': fixture('hostile-markup'), 'wire-json-ld.html': fixture('wire-json-ld') },
    { 'content/corrections.yaml': '' },
  );
  expect(site.code, site.stderr).toBe(0);
  server = serve(site.dist, port);
});
test.afterAll(() => void server?.close());

for (const name of ['hostile-markup', 'wire-json-ld']) {
  test(`the archived ${name} page requests nothing but itself, runs no script and stays put`, async ({ page }) => {
    const url = `http://localhost:${port}/sources/${name}.archive.html`;
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => void requests.push(r.url()));
    page.on('dialog', (d) => void problems.push(`dialog: ${d.message()}`));
    page.on('pageerror', (e) => void problems.push(`error: ${e.message}`));
    // A policy violation (something the sanitiser let through and the policy stopped) is a console error.
    page.on('console', (m) => void problems.push(`console ${m.type()}: ${m.text()}`));
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await page.getByRole('link').last().hover();
    await page.getByRole('heading', { level: 1 }).click();
    // A refresh of 0 s, or a script's redirect, would have left by now.
    expect(page.url()).toBe(url);
    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    await expect(page.locator('body')).toContainText('Archived copy of the saved page');
  });
}

test('the hostile page’s archive shows its words as text and its images as their descriptions', async ({ page }) => {
  await page.goto(`http://localhost:${port}/sources/hostile-markup.archive.html`);
  const body = page.locator('body');
  await expect(body).toContainText('These lines look like code but are text: {process.exit(1)}');
  await expect(body).toContainText('<Component /> stands in the article as plain words.');
  await expect(body).toContainText('[image: Soldiers on a train platform]');
  await expect(page.locator('img, iframe, object, embed, svg, video, audio, form')).toHaveCount(0);
});

test('from disk: the source page opens the archive and the extracted text, and the archive leads back', async ({
  page,
}) => {
  const remote: string[] = [];
  page.on('request', (r) => void (r.url().startsWith('file:') || remote.push(r.url())));
  await page.goto(pathToFileURL(join(site.dist, 'sources', 'wire-json-ld', 'index.html')).href);
  await page.getByRole('link', { name: 'archived copy' }).click();
  await expect(page).toHaveURL(/\/sources\/wire-json-ld\.archive\.html$/);
  await expect(page.locator('body')).toContainText('About 11,000 North Korean soldiers are in Russia');
  await page.getByRole('link', { name: 'Back to the source page' }).click();
  await expect(page).toHaveURL(/\/sources\/wire-json-ld\/index\.html$/);
  await page.getByRole('link', { name: 'wire-json-ld.txt' }).click();
  const text = readFileSync(join(FIXTURES, 'wire-json-ld', 'output.txt'), 'utf8');
  expect((await page.locator('body').innerText()).trim()).toBe(text.trim());
  expect(remote).toEqual([]);
});
