import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type RolldownPluginOption } from 'rolldown';

/**
 * The site's bundled browser scripts: where a page loads each from (`<script src="/js/chart.js" defer>`)
 * and its TypeScript entry. The hand-written ones in public/js/ need no bundling.
 *
 * @example CLASSIC_SCRIPTS['/js/search.js'] // '../search/client/main.ts'
 */
export const CLASSIC_SCRIPTS = {
  '/js/chart.js': '../charts/client/main.ts',
  '/js/search.js': '../search/client/main.ts',
} as const;

/** Where a bundled script is served. @example '/js/chart.js' */
export type ClassicScript = keyof typeof CLASSIC_SCRIPTS;

/**
 * Bundles one browser entry (and the modules it imports, d3 included) into one minified classic
 * script: an IIFE, because module scripts do not run from file:// and inline scripts break a strict
 * CSP. Returns the code. `plugins` change how imports resolve, for a benchmark that bundles the same
 * code against other modules (bench/d3-compare.ts); the site passes none.
 *
 * @example (await bundleClassicScript('/js/chart.js')).startsWith('(function') // true
 */
export async function bundleClassicScript(path: ClassicScript, plugins: RolldownPluginOption = []): Promise<string> {
  const input = fileURLToPath(new URL(CLASSIC_SCRIPTS[path], import.meta.url));
  const result = await build({ input, plugins, write: false, output: { format: 'iife', minify: true } });
  return result.output[0].code;
}

const isClassicScript = (path: string): path is ClassicScript => Object.hasOwn(CLASSIC_SCRIPTS, path);

/**
 * The Astro integration: writes each bundle into `dist/js/` after a build, and serves it from the dev
 * server, rebuilt on every request so edits show on reload.
 *
 * @example defineConfig({ integrations: [classicScripts()] })
 */
export function classicScripts(): AstroIntegration {
  return {
    name: 'classic-scripts',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!isClassicScript(path)) return next();
          bundleClassicScript(path).then(
            (code) => res.setHeader('content-type', 'text/javascript').end(code),
            (error: unknown) => res.writeHead(500).end(String(error)),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const path of Object.keys(CLASSIC_SCRIPTS) as ClassicScript[]) {
          const file = new URL(`.${path}`, dir);
          await mkdir(new URL('.', file), { recursive: true });
          const code = await bundleClassicScript(path);
          await writeFile(file, code);
          logger.info(`${path}: ${code.length} bytes`);
        }
      },
    },
  };
}
