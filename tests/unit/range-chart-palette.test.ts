import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync(new URL('../../src/charts/chart.css', import.meta.url), 'utf8');
const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
const light = css.slice(0, css.indexOf('@media'));

/** The custom properties set in a stretch of CSS. */
function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each([
  ['light', palette(light)],
  ['dark', palette(dark)],
])('the %s palette', (_, colours) => {
  test('gives every mark colour 3:1 contrast with the background (WCAG 1.4.11)', () => {
    for (const slot of ['c0', 'c1', 'c2', 'c3', 'c4', 'focus']) {
      expect(contrast(colours[slot]!, colours['bg']!), slot).toBeGreaterThanOrEqual(3);
    }
  });

  test('gives text, link and muted colours 4.5:1 contrast with the background (WCAG 1.4.3)', () => {
    for (const text of ['fg', 'muted', 'focus']) {
      expect(contrast(colours[text]!, colours['bg']!), text).toBeGreaterThanOrEqual(4.5);
    }
  });
});
