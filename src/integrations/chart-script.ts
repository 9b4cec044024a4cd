import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'rolldown';

/** Where the page loads the chart script from: `<script src="/js/chart.js" defer>`. */
const PATH = '/js/chart.js';
const ENTRY = fileURLToPath(new URL('../charts/client/main.ts', import.meta.url));

/**
 * Bundles the chart's browser code (src/charts/client/main.ts and the d3 modules it uses) into one
 * minified classic script: an IIFE, because module scripts do not run from file:// and inline
 * scripts break a strict CSP. Returns the code.
 *
 * @example (await bundleChartScript()).startsWith('(function') // true
 */
export async function bundleChartScript(): Promise<string> {
  const result = await build({ input: ENTRY, write: false, output: { format: 'iife', minify: true } });
  return result.output[0].code;
}

/**
 * The Astro integration: writes the bundle to `dist/js/chart.js` after a build, and serves it from
 * the dev server, rebuilt on every request so edits show on reload.
 *
 * @example defineConfig({ integrations: [chartScript()] })
 */
export function chartScript(): AstroIntegration {
  return {
    name: 'chart-script',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(PATH, (_req, res) => {
          bundleChartScript().then(
            (code) => res.setHeader('content-type', 'text/javascript').end(code),
            (error: unknown) => res.writeHead(500).end(String(error)),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const file = new URL(`.${PATH}`, dir);
        await mkdir(new URL('.', file), { recursive: true });
        const code = await bundleChartScript();
        await writeFile(file, code);
        logger.info(`${PATH}: ${code.length} bytes`);
      },
    },
  };
}
