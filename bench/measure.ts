/** What the browser benchmarks share: the statistics they report and the machine they ran on. */
import { cpus, loadavg } from 'node:os';
import type { Browser } from '@playwright/test';

/** The middle value. @example median([3, 1, 2]) // 2 */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds to one decimal. @example round(12.345) // 12.3 */
export const round = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * The machine and browser a run measured, and how busy the machine was.
 *
 * @example machine(browser).cpus // 2
 */
export function machine(browser: Browser) {
  return {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? 'unknown',
    browser: `Chromium ${browser.version()}`,
    // Other work on the machine slows every figure: say how busy it was.
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
  };
}
