/**
 * `/js/chart-data.js`: every estimate the interactive chart draws, as a classic script
 * (src/charts/chart-data.ts chartDataScript). The chart script loads it when it starts, so the home
 * page and the embed carry only their static summaries.
 */
import type { APIRoute } from 'astro';
import { chartDataScript } from '../../charts/chart-data.ts';
import { loadChartData } from '../../lib/chart-data.ts';

export const GET: APIRoute = async () =>
  new Response(chartDataScript(await loadChartData()), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
