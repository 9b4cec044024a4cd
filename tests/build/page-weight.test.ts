/** The weight contract (issue 15) on the real site, read from dist/ (`npm run build` first). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe } from 'vitest';
import { weightContract } from './weight-contract.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

describe('the real site', () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  });
  weightContract(() => DIST);
});
