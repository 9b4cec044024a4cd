/**
 * What a claim page says about who made the claim and what an editor found, on a site built from
 * sentences of our own: a review's verdict over the computed label, a claim of several parties
 * together (on the claim page and on each party's reporter page), and a reporter inferred from a
 * description.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schemas/claim.ts';
import { buildTempSite, type TempSite } from '../support/temp-site.ts';
import { runSource } from '../support/pipeline.ts';

const SOURCES = {
  'reviewed.txt': 'Reviewed test\n\nThe NIS said on Monday that about 11,000 North Korean troops were in Kursk.',
  'joint.txt':
    'Joint test\n\nAbout 12,000 North Korean soldiers have reached Russia, U.S. and South Korean officials said on Tuesday.',
  'described.txt':
    'Described test\n\nUkraine’s envoy to the United Nations said some 3,000 more North Korean troops had been sent.',
};

let site: TempSite;
let claims: Claim[];
const page = (path: string): HTMLElement =>
  parse(readFileSync(join(site.dist, path.replace(/^\//, ''), 'index.html'), 'utf8'));
const claimOf = (source: string) => claims.find((c) => c.source === source)!;

beforeAll(async () => {
  const reviewed = (await runSource(SOURCES['reviewed.txt'], 'reviewed')).claims[0]!;
  const review = `---\nverdict: scope-differs\nreviewer: Test desk\nreviewedOn: 2026-11-30\n---\n\nThe figure counts troops near Kursk only.\n`;
  // No corrections: the project's forward to a claim of its own sources, not in this corpus, is an input error here.
  site = await buildTempSite(SOURCES, {
    [`content/reviews/${reviewed.id}.md`]: review,
    'content/corrections.yaml': '',
  });
  claims = (JSON.parse(readFileSync(join(site.dist, 'data', 'claims.json'), 'utf8')) as { claims: Claim[] }).claims;
});

describe('a claim page', () => {
  it('builds', () => {
    expect(site.code, site.stderr).toBe(0);
    expect(claims.map((c) => c.source).sort()).toEqual(['described', 'joint', 'reviewed']);
  });

  it('uses a review’s verdict over the computed label, and says the claim was reviewed', () => {
    const doc = page(`claims/${claimOf('reviewed').id}`);
    const ld = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
    expect(ld[0].reviewRating.alternateName).toBe('scope differs');
    expect(doc.getElementById('review')?.textContent).toContain('Test desk');
    expect(doc.textContent).not.toContain('machine-extracted, not yet reviewed');
  });

  it('gives a claim of several parties to none of them, and names each party with a link', () => {
    const joint = claimOf('joint');
    expect(joint.reporter).toBeNull();
    expect(joint.parties).toEqual(['us-officials', 'kr-officials']);
    const facts = page(`claims/${joint.id}`).querySelector('dl.facts')!;
    expect(facts.textContent).toContain('none singled out');
    const links = facts.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    expect(links.some((h) => h.includes('reporters/us-officials'))).toBe(true);
    expect(links.some((h) => h.includes('reporters/kr-officials'))).toBe(true);
  });

  it('lists a joint claim apart on each party’s page, not among its own estimates', () => {
    for (const id of ['us-officials', 'kr-officials']) {
      const doc = page(`reporters/${id}`);
      const heading = doc.querySelectorAll('h2').find((h) => h.textContent.includes('Given jointly'));
      expect(heading, id).toBeDefined();
      expect(doc.querySelector(`#row-${claimOf('joint').id}`), id).not.toBeNull();
      expect(doc.textContent, id).toContain('No claim on this site is attributed to');
    }
  });

  it('says when the reporter was inferred from a description', () => {
    const described = claimOf('described');
    expect(described.reporter?.id).toBe('ua-mfa');
    expect(described.reporterInferred).toBe(true);
    expect(page(`claims/${described.id}`).querySelector('dl.facts')!.textContent).toContain(
      'inferred: the text describes the reporter without naming it',
    );
    expect(page(`claims/${claimOf('reviewed').id}`).textContent).not.toContain('inferred: the text describes');
  });
});
