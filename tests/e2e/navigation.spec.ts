import { expect, test } from '@playwright/test';

test('a reader goes home → source → claim → reporter and back', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: 'Ukraine confirms 2,000 North Korean troops fighting alongside Russian forces' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Ukraine confirms 2,000/);
  const claims = page.getByRole('complementary', { name: /Claims in this source/ });
  await claims.getByRole('link', { name: /Claim page\s*: 2,000 troops actively fighting/ }).click();
  await expect(page).toHaveURL(/\/claims\/c-2000-b1d9cde689\/(index\.html)?$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ukraine HUR: 2,000 troops actively fighting');
  await page.getByRole('link', { name: /Main Intelligence Directorate of Ukraine/ }).click();
  await expect(page).toHaveURL(/\/reporters\/ua-hur\/(index\.html)?$/);
  // Oldest first, by the date each claim is compared at; the claim the reader came from is listed.
  const dates = await page
    .locator('tbody td[data-label="Date"]')
    .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-sort')).filter(Boolean));
  expect(dates.length).toBeGreaterThan(1);
  expect(dates).toEqual([...dates].sort());
  await expect(page.locator('#row-c-2000-b1d9cde689')).toContainText('3 Dec 2024');
  await expect(page.locator('#row-c-2000-b1d9cde689')).toContainText('2,000');
  await page.goBack();
  await expect(page).toHaveURL(/\/claims\/c-2000-b1d9cde689\/(index\.html)?$/);
  await page.getByRole('link', { name: 'See this sentence in the source' }).click();
  await expect(page).toHaveURL(
    /\/sources\/koreadaily-2024-12-04-ukraine-confirms-2000-fighting\/(index\.html)?#c-2000-b1d9cde689$/,
  );
});

test('a deep link to a claim scrolls to it and highlights it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/sources/koreadaily-2024-12-04-ukraine-confirms-2000-fighting/#c-11000-plus-b24fb761c3');
  const target = page.locator('#c-11000-plus-b24fb761c3');
  await expect(target).toBeInViewport();
  const other = page.locator('#c-9000-07ea7985a0');
  const style = (el: Element) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, background: s.backgroundColor, label: getComputedStyle(el, '::before').content };
  };
  const targeted = await target.evaluate(style);
  const plain = await other.evaluate(style);
  expect(targeted.outline).toBe('solid');
  expect(plain.outline).toBe('none');
  expect(targeted.background).not.toBe(plain.background);
  expect(targeted.label).toContain('linked claim');
});

test('the claims table sorts and filters, and works as a plain table first', async ({ page, browser, request }) => {
  const { claims } = (await (await request.get('/data/claims.json')).json()) as {
    claims: { reporter: { id: string } | null }[];
  };
  const total = claims.length;
  const pentagon = claims.filter((c) => c.reporter?.id === 'us-dod').length;
  await page.goto('/claims/');
  await expect(page.locator('tbody tr')).toHaveCount(total);
  await page.getByRole('searchbox', { name: /Filter claims/ }).fill('Pentagon');
  await expect(page.getByRole('status')).toHaveText(`${pentagon} of ${total} rows shown`);
  await expect(page.locator('tbody tr:not([hidden])')).toHaveCount(pentagon);
  await page.getByRole('searchbox', { name: /Filter claims/ }).fill('');
  await page.getByRole('button', { name: 'Figure' }).click();
  await expect(page.getByRole('columnheader', { name: 'Figure' })).toHaveAttribute('aria-sort', 'ascending');
  const first = await page.locator('tbody tr:first-child td[data-label="Figure"]').getAttribute('data-sort');
  expect(first).toBe('3');

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto('/claims/');
  expect(await plain.getByRole('row').count()).toBe(total + 1);
  await expect(plain.getByRole('searchbox', { name: /Filter claims/ })).toHaveCount(0);
  await noScript.close();
});

test('a deep link to one of several claims in a sentence highlights the sentence and that claim’s note', async ({
  page,
}) => {
  await page.goto('/sources/hur-telegram-up-to-12000-troops/#c-500-ee54c04c6b');
  const sentence = page.locator('#c-500-ee54c04c6b mark.claim');
  await expect(sentence).toBeInViewport();
  expect(await sentence.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  const note = (id: string) => page.locator(`#${id} + .claim-note`);
  expect(await note('c-500-ee54c04c6b').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  expect(await note('c-3-e8e0c7a647').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
  await expect(note('c-500-ee54c04c6b')).toContainText('500 officers');
});
