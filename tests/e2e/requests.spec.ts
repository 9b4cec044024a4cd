/** No request leaves the site, and the Content-Security-Policy is never violated, on any page type. */
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

for (const [name, path] of Object.entries({ ...PAGE_TYPES, embed: '/embed/chart/' })) {
  test(`the ${name} page requests nothing from another origin and breaks no policy`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    const problems: string[] = [];
    page.on(
      'request',
      (r) => void (new URL(r.url()).origin === origin || r.url().startsWith('data:') || elsewhere.push(r.url())),
    );
    page.on('console', (m) => void (m.type() === 'error' && !/404/.test(m.text()) && problems.push(m.text())));
    page.on('pageerror', (e) => void problems.push(e.message));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /script-src 'self'/,
    );
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  });
}
