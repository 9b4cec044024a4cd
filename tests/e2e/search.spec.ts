import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { claimIdOf } from '../../src/charts/links.ts';
import { parse } from 'yaml';
import { syntheticSearchInput } from '../../bench/search-fixture.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import { registrySchema } from '../../src/schemas/reporter.ts';
import { buildSearchIndex, searchIndexScript } from '../../src/search/build-index.ts';

const { claims } = JSON.parse(readFileSync('src/data/claims.json', 'utf8')) as { claims: Claim[] };
const ids = (keep: (c: Claim) => boolean) => claims.filter(keep).map((c) => c.id);
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search claims, sources and reporters' });
/** The claim ids the results link to, in order. */
/** The claims listed, once results are drawn (every caller expects at least one). */
const claimResults = async (page: Page) => {
  await page.locator('.result-claim h3 a').first().waitFor();
  const hrefs = await page
    .locator('.result-claim h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return hrefs.map(claimIdOf);
};

test('typing a reporter’s name finds the reporter first, then every claim attributed to it', async ({ page }) => {
  await page.goto('/search/');
  await box(page).pressSequentially('Pentagon', { delay: 40 });
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Pentagon”/);
  await expect(page.locator('.search-results > li').first()).toContainText('Reporter');
  await expect(page.locator('.search-results > li').first()).toContainText('Department of Defense');
  expect(await claimResults(page)).toEqual(expect.arrayContaining(ids((c) => c.reporter?.id === 'us-dod')));
  await expect(page).toHaveURL(/\?q=Pentagon$/);
});

test('a figure finds the claims that state it, written with or without separators', async ({ page }) => {
  await page.goto('/search/');
  await box(page).fill('10000');
  await expect(page.getByRole('status')).toContainText('for “10000”');
  const found = await claimResults(page);
  expect(found).toEqual(expect.arrayContaining(ids((c) => c.quote.includes('10,000'))));
  await expect(page.locator('.result-quote mark', { hasText: '10,000' }).first()).toBeVisible();
  await box(page).fill('10,000');
  await expect(page.getByRole('status')).toContainText('for “10,000”');
  expect(await claimResults(page)).toEqual(found);
});

test('a fragment of a quote finds its claim, the words marked; the result opens the claim and its sentence', async ({
  page,
}) => {
  await page.goto('/search/');
  await box(page).fill('Marine brigad');
  await expect(page.getByRole('status')).toHaveText('1 result for “Marine brigad”: 1 claim.');
  expect(await claimResults(page)).toEqual(['c-9000-07ea7985a0']);
  await expect(page.locator('.result-quote mark')).toHaveText(['marine', 'brigades']);
  await page.getByRole('link', { name: /Ukraine confirms 2,000 North Korean troops/ }).click();
  await expect(page).toHaveURL(
    /\/sources\/koreadaily-2024-12-04-ukraine-confirms-2000-fighting\/index\.html#c-9000-07ea7985a0$/,
  );
  await expect(page.locator('mark.claim:target')).toHaveAttribute('id', 'c-9000-07ea7985a0');
  await expect(page.locator('#c-9000-07ea7985a0')).toBeInViewport();
  await page.goBack();
  await page.getByRole('link', { name: 'Ukraine HUR: 9,000 troops in reserve' }).click();
  await expect(page).toHaveURL(/\/claims\/c-9000-07ea7985a0\/index\.html$/);
});

test('a search page address with ?q= shows its results on opening', async ({ page }) => {
  await page.goto('/search/?q=Chernyak');
  await expect(box(page)).toHaveValue('Chernyak');
  expect(await claimResults(page)).toEqual(expect.arrayContaining(ids((c) => c.speaker === 'Andriy Chernyak')));
});

test('the header’s search form opens the search page with its results', async ({ page }) => {
  await page.goto('/claims/');
  await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').fill('Barilevich');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/index\.html\?q=Barilevich$/);
  expect(await claimResults(page)).toEqual(['c-11000-plus-b24fb761c3']);
});

test('a search matching many records shows 50 and a button for more, which moves focus to the next', async ({
  page,
}) => {
  // 120 synthetic claims in place of the real index: every quote mentions North Korean troops.
  const registry = registrySchema.parse(parse(readFileSync('content/reporters.yaml', 'utf8')));
  const index = buildSearchIndex(
    syntheticSearchInput(
      120,
      registry,
      claims.map((c) => c.quote),
    ),
  );
  await page.route('**/js/search-index.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: searchIndexScript(index) }),
  );
  await page.goto('/search/?q=north korean');
  await expect(page.getByRole('status')).toContainText(/^1\d\d results/);
  await expect(page.locator('.search-results > li')).toHaveCount(50);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(page.locator('.search-results > li').nth(50).getByRole('link').first()).toBeFocused();
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
});

test('search runs from disk (file://): results, the header form, and links to the source page', async ({ page }) => {
  const dist = new URL('../../dist/', import.meta.url).href;
  await page.goto(`${dist}index.html`);
  await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').fill('Budanov');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${dist}search/index.html?q=Budanov`);
  await expect(page.getByRole('status')).toContainText('for “Budanov”');
  expect(await claimResults(page)).toContain('c-8000-d89c8754a4');
  await box(page).fill('Budanov 8000');
  await expect(page.getByRole('status')).toContainText('for “Budanov 8000”');
  expect((await claimResults(page))[0]).toBe('c-8000-d89c8754a4');
  await expect(page).toHaveURL(`${dist}search/index.html?q=Budanov+8000`);
  await page
    .locator('.result-claim')
    .getByRole('link', { name: /^Around 8,000 North Korean troops/ })
    .click();
  await expect(page).toHaveURL(`${dist}sources/joongang-budanov-8000-still-in-kursk/index.html#c-8000-d89c8754a4`);
  await expect(page.locator('mark.claim:target')).toHaveAttribute('id', 'c-8000-d89c8754a4');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs it and links to the claims table and sources', async ({ page }) => {
    await page.goto('/search/?q=Kursk');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'the claims table' }).click();
    await expect(page).toHaveURL(/\/claims\/index\.html$/);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violations on the search page with results, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/?q=hur');
    await expect(page.locator('.result-reporter')).not.toHaveCount(0);
    await expect(page.locator('.result-claim mark')).not.toHaveCount(0);
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
