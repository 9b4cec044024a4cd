import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { bundleClassicScript } from '../../src/integrations/classic-scripts.ts';

describe('the search script bundle', () => {
  test('is one classic script (an IIFE, no import, export or eval) of at most 8 KB gzipped', async () => {
    const code = await bundleClassicScript('/js/search.js');
    expect(code).toMatch(/^\(function\b/);
    expect(code).not.toMatch(/^\s*(?:import|export)\b/m);
    expect(code).not.toMatch(/\beval\(|new Function\b|innerHTML|insertAdjacentHTML/);
    expect(gzipSync(code).length).toBeLessThanOrEqual(8 * 1024);
  });
});
