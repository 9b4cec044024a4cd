import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compare `actual` with the golden file at `path`. A missing golden is written (never when
 * CI=true); UPDATE=1 rewrites it; a mismatch writes `<name>-changed.<ext>` beside it for review
 * (git-ignored) and fails; a match removes that copy.
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
  // (A match removes the review copy an earlier mismatch left, so none is ever committed.)
  if (expected !== actual && !ci) writeFileSync(changed, actual);
  else if (expected === actual) rmSync(changed, { force: true });
  expect(actual, `${path} differs; see ${changed}`).toBe(expected);
}
