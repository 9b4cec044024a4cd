import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built site the browser and page-weight benchmarks measure. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * The built site's folder; throws, saying what to run, when there is none. The benchmarks measure
 * dist/ as it is: build after changing the site.
 *
 * @example requireDist() // '/…/dist'
 */
export function requireDist(): string {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`no built site in ${DIST}: run \`npm run build\` first`);
  }
  return DIST;
}
