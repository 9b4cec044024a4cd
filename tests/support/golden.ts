import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compare `actual` with the golden file at `path`. A missing golden is written (never when
 * CI=true); UPDATE=1 rewrites it; a mismatch writes `<name>-changed.<ext>` beside it for review
 * and fails.
 */
export function expectGolden(path: string, actual: string): void {
  const ci = process.env.CI === 'true';
  if (process.env.UPDATE === '1' && !ci) return void writeFileSync(path, actual);
  if (!existsSync(path)) {
    if (ci) throw new Error(`missing golden file ${path}; run the tests locally to write it`);
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  const changed = path.replace(/(\.[^./]+)$/, '-changed$1');
  if (expected !== actual && !ci) writeFileSync(changed, actual);
  expect(actual, `${path} differs; see ${changed}`).toBe(expected);
}
