/**
 * Entry of /js/chart.js, a classic script (bundled as an IIFE by src/integrations/classic-scripts.ts):
 * it must run from file:// and under `script-src 'self'`, where module scripts and inline scripts
 * would not. It loads the chart's data (/js/chart-data.js, a classic script that sets one global:
 * fetch() fails from file://), then starts each chart; until then, and if the data cannot load, the
 * page's static charts stay. The performance marks time the start-up (bench/chart.ts reads them):
 * `chart-start` once the data is there, `chart-ready` when the chart is drawn.
 */
import { fromRoot } from '../../utils/url.ts';
import { DATA_GLOBAL, DATA_SCRIPT, type ChartData } from '../types.ts';
import { chartApp } from './chart-app.ts';

const roots = document.querySelectorAll<HTMLElement>('[data-chart]');
if (roots.length) {
  const script = document.createElement('script');
  // Set by the relative-links integration: the way back to the site root, so this works from disk too.
  script.src = fromRoot(DATA_SCRIPT, document.documentElement.dataset.root ?? '/');
  script.addEventListener('load', () => {
    const data = (self as unknown as Record<string, ChartData | undefined>)[DATA_GLOBAL];
    if (!data) return;
    performance.mark('chart-start');
    for (const root of roots) chartApp(root, data);
    performance.mark('chart-ready');
  });
  document.head.append(script);
}
