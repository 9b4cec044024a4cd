/**
 * Screenshots of every page type at 375 px and 1280 px, light and dark, in parts, into
 * test-results/screenshots/ for a person to look at. Runs only with SCREENSHOTS=1.
 */
import { test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots');

for (const [name, path] of Object.entries(PAGE_TYPES)) {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`screenshot ${name} ${width} ${scheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        // Pages are long: save them in parts a screen or two high, so each part can be read.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const part = width < 600 ? 1300 : 1600;
        for (let y = 0, n = 1; y < height; y += part, n++) {
          await page.screenshot({
            path: `test-results/screenshots/${name}-${width}-${scheme}-${n}.png`,
            fullPage: true,
            clip: { x: 0, y, width, height: Math.min(part, height - y) },
          });
        }
      });
    }
  }
}

test('screenshot claim page as printed', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1100 });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto(PAGE_TYPES.claim);
  await page.screenshot({ path: 'test-results/screenshots/claim-print.png', fullPage: true });
});
