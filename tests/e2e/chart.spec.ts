import { expect, test, type Page } from '@playwright/test';
import { claimIdOf } from '../../src/charts/links.ts';
import { estimates, expectedIds } from './chart-expected.ts';

/** The marks a reader sees: a date filter hides the others. */
const marks = (page: Page) => page.locator('.chart-live .chart-body .mark:not([display])');
const idsOf = (page: Page) => marks(page).evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
const markIds = async (page: Page) => (await idsOf(page)).map(claimIdOf).sort();

for (const view of ['range', 'timeline'] as const) {
  for (const group of ['troops', 'losses', 'command', 'civilians'] as const) {
    test(`the ${view} view of ${group} has one mark per estimate of that view in claims.json`, async ({ page }) => {
      await page.goto(`/#view=${view}&group=${group}`);
      await expect(page.locator('.chart-live')).toBeVisible();
      expect(await markIds(page)).toEqual(expectedIds(view, group));
    });
  }
}

const quoteOf = (href: string | null) => estimates.find((c) => claimIdOf(href!) === c.id)!.quote;

test('hovering a mark shows its quote in a tooltip', async ({ page }) => {
  await page.goto('/');
  const mark = marks(page).first();
  await mark.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(quoteOf(await mark.getAttribute('href')));
  const [box, at] = [(await tip.boundingBox())!, (await mark.boundingBox())!];
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(Math.min(Math.abs(box.y + box.height - at.y), Math.abs(box.y - at.y - at.height))).toBeLessThan(12);
});

test('Tab enters the chart at a mark, which shows its tooltip; arrow keys move between marks and rows; Esc closes the tooltip', async ({
  page,
}) => {
  await page.goto('/');
  // Start from the last control before the chart: the next Tab stop is the chart's one tabbable mark.
  await page.getByRole('button', { name: 'All dates' }).focus();
  await page.keyboard.press('Tab');
  const first = marks(page).first();
  await expect(first).toBeFocused();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(quoteOf(await first.getAttribute('href')));
  await page.keyboard.press('ArrowRight');
  await expect(marks(page).nth(1)).toBeFocused();
  await expect(marks(page).nth(1)).toHaveAttribute('tabindex', '0');
  await expect(first).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.keyboard.press('End');
  await expect(marks(page).last()).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  const below = page.locator('.chart-live .row').nth(1).locator('.mark').first();
  await expect(below).toBeFocused();
});

test('Enter on a focused mark opens its claim page', async ({ page }) => {
  await page.goto('/');
  const mark = marks(page).nth(2);
  const href = await mark.getAttribute('href');
  await mark.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/claims/${claimIdOf(href!)}/`));
});

test('the URL holds the view, and opening that URL restores it', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'Timeline' }).check({ force: true });
  await page.getByRole('radio', { name: 'Losses' }).check({ force: true });
  await page.getByRole('radio', { name: 'Outlet' }).check({ force: true });
  await page.getByLabel('From').fill('2024-11-01');
  await page.getByLabel('To', { exact: true }).fill('2025-06-30');
  await expect(page).toHaveURL(/#view=timeline&group=losses&by=outlet&from=2024-11-01&to=2025-06-30$/);
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('radio', { name: 'Timeline' })).toBeChecked();
  await expect(other.getByRole('radio', { name: 'Losses' })).toBeChecked();
  await expect(other.getByRole('radio', { name: 'Outlet' })).toBeChecked();
  await expect(other.getByLabel('From')).toHaveValue('2024-11-01');
  await expect(other.locator('.chart-live .chart-title')).toHaveText('Losses: timeline');
  await expect(other.locator('.chart-link')).toHaveAttribute(
    'href',
    /#view=timeline&group=losses&by=outlet&from=2024-11-01&to=2025-06-30$/,
  );
  await expect(other.locator('.chart-embed-code')).toHaveValue(/embed\/chart\/#view=timeline&group=losses/);
});

for (const hash of ['', 'view=timeline', 'group=personnel&by=outlet']) {
  test(`the table of the view "${hash || 'default'}" holds the same estimates as its chart`, async ({ page }) => {
    await page.goto(`/#${hash}`);
    const chartIds = (await idsOf(page)).map(claimIdOf);
    await page.getByRole('radio', { name: 'Table' }).check({ force: true });
    const rows = page.locator('.chart-live table tbody tr');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(chartIds);
    await expect(page).toHaveURL(/show=table/);
  });
}

test('the embed page shows the chart alone, and its links open in the top window', async ({ page }) => {
  await page.goto('/embed/chart/#group=losses');
  await expect(page.locator('.chart-live .chart-title')).toHaveText('Losses: range plot');
  expect(await markIds(page)).toEqual(expectedIds('range', 'losses'));
  await expect(page.locator('base')).toHaveAttribute('target', '_top');
  await expect(page.locator('.chart-embed-code')).toHaveCount(0);
});

test('setting a date shows the same marks as opening a link with that date', async ({ page, context }) => {
  await page.goto('/#view=timeline');
  await page.getByLabel('To', { exact: true }).fill('2024-12-03');
  const changed = await markIds(page);
  expect(changed).toEqual(expectedIds('timeline', 'troops', '2024-12-03'));
  const fresh = await context.newPage();
  await fresh.goto('/#view=timeline&to=2024-12-03');
  expect(await markIds(fresh)).toEqual(changed);
  await page.getByRole('button', { name: 'All dates' }).click();
  expect(await markIds(page)).toEqual(expectedIds('timeline', 'troops'));
});
