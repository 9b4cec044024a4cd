import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { bundleClassicScript } from '../../src/integrations/classic-scripts.ts';

describe('the chart script bundle', () => {
  test('is one classic script (an IIFE, no import or export) of at most 30 KB gzipped', async () => {
    const code = await bundleClassicScript('/js/chart.js');
    expect(code).toMatch(/^\(function\b/);
    expect(code).not.toMatch(/^\s*(?:import|export)\b/m);
    expect(gzipSync(code).length).toBeLessThanOrEqual(30 * 1024);
  });
});
