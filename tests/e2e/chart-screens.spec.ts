import { expect, test, type Page } from '@playwright/test';

/**
 * Screenshots of every view at phone and desktop width, light and dark, written to
 * test-results/chart-screens/ for people to look at; the test itself checks what a screenshot
 * would show going wrong: a page wider than the screen, marks too small or too close to tap.
 */
const VIEWS = {
  range: '',
  losses: 'group=losses',
  personnel: 'group=personnel',
  outlet: 'by=outlet',
  timeline: 'view=timeline',
  table: 'show=table',
};

/**
 * Marks failing WCAG 2.2 target size (2.5.8): smaller than 24×24 px, and a 24 px circle on their
 * centre overlaps another mark.
 */
function tooSmall(page: Page) {
  return page.locator('.chart-live .mark').evaluateAll((els) => {
    const boxes = els.map((e) => e.getBoundingClientRect());
    return boxes.flatMap((r, i) => {
      if (r.width >= 24 && r.height >= 24) return [];
      const [cx, cy] = [r.x + r.width / 2, r.y + r.height / 2];
      const near = (o: DOMRect) => {
        const dx = Math.max(o.left - cx, 0, cx - o.right);
        const dy = Math.max(o.top - cy, 0, cy - o.bottom);
        return Math.hypot(dx, dy) < 12;
      };
      return boxes.some((o, j) => j !== i && near(o)) ? [els[i]!.getAttribute('aria-label')] : [];
    });
  });
}

for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${width} px, ${scheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [name, hash] of Object.entries(VIEWS)) {
        test(`the ${name} view fits the screen and its marks are targets of 24 px`, async ({ page }) => {
          await page.goto(`/#${hash}`);
          await expect(page.locator('.chart-live')).toBeVisible();
          await page
            .locator('.chart-panel')
            .screenshot({ path: `test-results/chart-screens/${name}-${width}-${scheme}.png` });
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          expect(await tooSmall(page)).toEqual([]);
        });
      }
    });
  }
}
