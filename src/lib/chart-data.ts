/**
 * The chart's data, prepared once per build from the content collections: the home page and the
 * embed draw their static summaries from it, /js/chart-data.js carries all of it.
 */
import { getCollection } from 'astro:content';
import { prepareChartData } from '../charts/chart-data.ts';
import type { ChartData } from '../charts/types.ts';

let loaded: Promise<ChartData> | undefined;

/** @example (await loadChartData()).claims.length // 3832 */
export function loadChartData(): Promise<ChartData> {
  loaded ??= Promise.all([getCollection('claims'), getCollection('sources'), getCollection('reporters')]).then(
    ([claims, sources, reporters]) =>
      prepareChartData(
        claims.map((e) => e.data),
        sources.map((e) => e.data),
        reporters.map((e) => e.data),
      ),
  );
  return loaded;
}
