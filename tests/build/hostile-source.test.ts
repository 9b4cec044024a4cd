/**
 * Source text is untrusted: MDX, JSX, JavaScript and HTML in a source must build and show as text,
 * never run at build time or in the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTempSite, type TempSite } from '../support/temp-site.ts';

const marker = join('/tmp', `nk-pwned-${process.pid}`);
const LINES = [
  'Hostile test: 3,000 North Korean troops {process.exit(1)} are in Russia, the NIS said.',
  `{require("fs").writeFileSync("${marker}", "x")}`,
  '<script>alert(1)</script>',
  'import x from "y"',
  'export const a = 1',
  '<img src=x onerror=alert(1)> </Claim> <Claim id="x">',
  '<!-- a comment --> [link](javascript:alert(1)) # * > | `code` &amp; &#123;',
];

describe('a hostile source', () => {
  let site: TempSite;
  beforeAll(async () => {
    // A warning (a correction naming no claim) must not fail the build.
    site = await buildTempSite(
      { 'hostile.txt': LINES.join('\n') },
      { 'content/corrections.yaml': 'c-no-such-claim-0000000000:\n  note: a typo in an id\n' },
    );
  });

  it('builds, and nothing in it ran at build time; a warning does not fail the build', () => {
    expect(site.code, site.stderr).toBe(0);
    expect(site.stderr).toMatch(/ingest: 1 sources, 1 claims, 0 errors, 1 warnings/);
    expect(site.stderr).toMatch(
      /^warning: content\/corrections\.yaml: no claim has the id "c-no-such-claim-0000000000"$/m,
    );
    expect(site.stderr).not.toMatch(/^error:/m);
    expect(existsSync(marker)).toBe(false);
  });

  it('shows every line as literal text on its page', () => {
    const html = readFileSync(join(site.dist, 'sources', 'hostile', 'index.html'), 'utf8');
    const text = parse(html).querySelector('article')!.textContent;
    for (const line of LINES.slice(1)) expect(text).toContain(line);
    expect(text).toContain('{process.exit(1)}');
  });

  it('adds no element from the source to the page', () => {
    const doc = parse(readFileSync(join(site.dist, 'sources', 'hostile', 'index.html'), 'utf8'));
    expect(doc.querySelectorAll('article script, article img, [onerror]')).toHaveLength(0);
    expect(doc.querySelectorAll('#x')).toHaveLength(0);
    expect(doc.querySelectorAll('article a[href^="javascript"]')).toHaveLength(0);
  });
});
