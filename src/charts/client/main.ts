/**
 * Entry of /js/chart.js, a classic script (bundled as an IIFE by src/integrations/classic-scripts.ts):
 * it must run from file:// and under `script-src 'self'`, where module scripts and inline scripts
 * would not. The two performance marks time the chart's start-up (bench/chart.ts reads them).
 */
import { chartApp } from './chart-app.ts';

performance.mark('chart-start');
for (const root of document.querySelectorAll<HTMLElement>('[data-chart]')) chartApp(root);
performance.mark('chart-ready');
