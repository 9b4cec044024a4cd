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
 * Marks failing WCAG 2.2 target size (2.5.8): a target smaller than 24×24 px (to a hundredth of a
 * pixel: layout in floating point) whose 24 px circle on its centre overlaps another target. A
 * mark's target is its touch rectangle (`.hit`), not its drawing: a statement's dashed rule down
 * the plot takes no pointer events, so it covers no other mark.
 */
function tooSmall(page: Page) {
  return page.locator('.chart-live .mark').evaluateAll((els) => {
    const boxes = els.map((e) => (e.querySelector('.hit') ?? e).getBoundingClientRect());
    return boxes.flatMap((r, i) => {
      if (r.width >= 23.99 && r.height >= 23.99) return [];
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

/** Pairs of statements on the timeline whose touch targets overlap: one would hide the other. */
function overlappingStatements(page: Page) {
  return page.locator('.chart-live .mark.statement .hit').evaluateAll((els) => {
    const boxes = els.map((e) => e.getBoundingClientRect());
    const label = (i: number) => els[i]!.closest('a')!.getAttribute('aria-label');
    return boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter(
          (b) =>
            a.left < b.right - 0.01 && b.left < a.right - 0.01 && a.top < b.bottom - 0.01 && b.top < a.bottom - 0.01,
        )
        .map((_, k) => `${label(i)} / ${label(i + 1 + k)}`),
    );
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
          expect(await overlappingStatements(page)).toEqual([]);
        });
      }
    });
  }
}
