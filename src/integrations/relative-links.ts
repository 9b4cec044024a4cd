import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** How many pages are read, rewritten and written at once (the fs thread pool has 4 threads). */
const IN_FLIGHT = 8;

/** Attributes that hold a URL the browser loads or follows. */
const URL_ATTRIBUTES = /(\s(?:href|src|action|poster|data-href|data-src)=")(\/(?!\/)[^"]*)"/g;

/**
 * Rewrite a root-absolute URL as seen from a page: relative to the page's folder, and a folder
 * link pointed at its `index.html`, so the same file works over http and opened from disk.
 *
 * @example relativeUrl('/claims/c-1/#x', 'sources/a/index.html') // '../../claims/c-1/index.html#x'
 */
export function relativeUrl(url: string, pagePath: string): string {
  const [, path = '/', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
  const target = path.endsWith('/') ? `${path}index.html` : path;
  const from = posix.dirname(`/${pagePath}`);
  return posix.relative(from, target) + rest;
}

/**
 * Rewrite every root-absolute URL in a page's attributes (and in a `<meta http-equiv="refresh">`) with
 * relativeUrl(), and `data-root="/"` (where
 * scripts build links from) to the page's way back to the site root. Absolute URLs (canonical links,
 * citations) and in-page anchors are left as they are.
 *
 * @example relativizeHtml('<a href="/about/">', 'claims/c-1/index.html') // '<a href="../../about/index.html">'
 */
export function relativizeHtml(html: string, pagePath: string): string {
  const root = posix.relative(posix.dirname(`/${pagePath}`), '/');
  return html
    .replace(URL_ATTRIBUTES, (_, lead: string, url: string) => `${lead}${relativeUrl(url, pagePath)}"`)
    .replace(/(\sdata-root=")\/"/g, (_, lead: string) => `${lead}${root ? `${root}/` : './'}"`)
    .replace(
      /(\scontent="\d+;\s*url=)(\/(?!\/)[^"]*)"/g,
      (_, lead: string, url: string) => `${lead}${relativeUrl(url, pagePath)}"`,
    );
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * After the build, make every page's internal links relative, so dist/ opened straight from disk
 * (file://) navigates and loads its styles and scripts, and still works over http.
 */
export function relativeLinks(): AstroIntegration {
  return {
    name: 'relative-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The 404 page is served at whatever address was missing: only root-absolute links work there.
        const files = (await Array.fromAsync(htmlFiles(root))).filter((f) => relative(root, f) !== '404.html');
        // A few pages in flight at once, so reading and writing one overlaps rewriting another.
        let next = 0;
        const rewrite = async () => {
          while (next < files.length) {
            const file = files[next++]!;
            const html = await readFile(file, 'utf8');
            const out = relativizeHtml(html, relative(root, file).split(sep).join('/'));
            if (out !== html) await writeFile(file, out);
          }
        };
        await Promise.all(Array.from({ length: IN_FLIGHT }, rewrite));
        logger.info(`made links relative in ${files.length} pages`);
      },
    },
  };
}
