/**
 * The disputes view and the `disputed` label, on a site built from sentences of our own: who
 * confirmed and who denied each thing in time order, linked to their claims; the estimates each
 * bears on; the home page's main disputes; a front-line figure disputed by a denial within 30 days
 * (on its page and in its ClaimReview), and a figure whose denial came too late or was of a retreat.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schemas/claim.ts';
import { buildTempSite, type TempSite } from '../support/temp-site.ts';

const SOURCES = {
  'seoul.txt':
    'Seoul test\n\nSouth Korea’s spy agency said on Monday that about 3,000 North Korean troops had reached the front in Kursk.',
  'seoul.yaml': 'publishedOn: 2024-11-05\n',
  'moscow.txt':
    'Moscow test\n\nThe Russian foreign ministry denied on Wednesday that North Korean soldiers were at the front.',
  'moscow.yaml': 'publishedOn: 2024-11-14\n',
  'nato.txt': 'NATO test\n\nNATO said North Korean units had been deployed to the Kursk region.',
  'nato.yaml': 'publishedOn: 2024-10-29\n',
  'later.txt':
    'Later test\n\nUkraine’s military intelligence said about 11,000 North Korean soldiers were in Kursk.\n\nThe Kremlin dismissed claims that North Korean troops had been sent to Russia as a hoax.',
  'later.yaml': 'publishedOn: 2025-03-01\n',
  'retreat.txt':
    'Retreat test\n\nUkraine’s military intelligence chief denied reports that North Korean troops had retreated from the front.',
  'retreat.yaml': 'publishedOn: 2024-11-10\n',
  'early.txt': 'Early test\n\nThe NIS said about 10,000 North Korean troops had been sent to Russia.',
  'early.yaml': 'publishedOn: 2024-12-20\n',
};

let site: TempSite;
let claims: Claim[];
/** A built page, its links resolved to site paths ("/claims/c-1/") whatever the relative-links integration made of them. */
const page = (path: string): HTMLElement => {
  const doc = parse(readFileSync(join(site.dist, path, 'index.html'), 'utf8'));
  for (const a of doc.querySelectorAll('a[href]')) {
    const url = new URL(a.getAttribute('href')!, `http://site/${path ? `${path}/` : ''}`);
    a.setAttribute('href', url.pathname.replace(/index\.html$/, '') + url.hash);
  }
  return doc;
};
const claimOf = (source: string, kind: Claim['kind']) => claims.find((c) => c.source === source && c.kind === kind)!;
const linksIn = (el: HTMLElement | null) => (el?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href') ?? '');

beforeAll(async () => {
  site = await buildTempSite(SOURCES, { 'content/corrections.yaml': '' });
  claims = (JSON.parse(readFileSync(join(site.dist, 'data', 'claims.json'), 'utf8')) as { claims: Claim[] }).claims;
});

describe('the disputes view', () => {
  it('builds, with each statement’s stance and about in the data', () => {
    expect(site.code, site.stderr).toBe(0);
    const statements = claims.filter((c) => c.kind === 'statement');
    expect(statements.map((c) => [c.source, c.reporter?.id, c.stance, c.about]).sort()).toEqual([
      ['later', 'ru-kremlin', 'denies', 'presence'],
      ['moscow', 'ru-mfa', 'denies', 'front'],
      ['nato', 'nato', 'confirms', 'presence'],
      ['retreat', 'ua-hur', 'denies', 'withdrawal'],
    ]);
    const csv = readFileSync(join(site.dist, 'data', 'claims.csv'), 'utf8');
    expect(csv.split('\n')[0]).toContain(',stance,about,');
  });

  it('lists who confirmed and who denied each thing, oldest first, each linked to its claim', () => {
    const doc = page('disputes');
    const presence = doc.getElementById('presence')!;
    expect(presence.querySelector('h2')?.textContent).toBe('Are North Korean troops in Russia?');
    expect(presence.querySelector('p')?.textContent.trim()).toBe('Confirmed by NATO; denied by Kremlin.');
    const items = presence.querySelectorAll('ol.dispute-list > li');
    expect(items.map((li) => linksIn(li)[0])).toEqual([
      `/claims/${claimOf('nato', 'statement').id}/`,
      `/claims/${claimOf('later', 'statement').id}/`,
    ]);
    expect(items[1]!.textContent).toContain('denies that North Korean troops are in Russia');
    expect(doc.getElementById('front')?.textContent).toContain('denies that North Korean troops are at the front');
    expect(doc.getElementById('withdrawal')?.textContent).toContain(
      'denies that North Korean troops retreated from the front',
    );
    expect(doc.getElementById('combat')).toBeNull();
  });

  it('shows beside each thing the estimates it bears on', () => {
    const front = page('disputes').getElementById('front')!;
    expect(linksIn(front)).toContain(`/claims/${claimOf('seoul', 'estimate').id}/`);
    const presence = page('disputes').getElementById('presence')!;
    expect(linksIn(presence)).toContain(`/claims/${claimOf('early', 'estimate').id}/`);
    // A count at the front is no count of those sent: it stands beside the front, not here.
    expect(linksIn(presence)).not.toContain(`/claims/${claimOf('seoul', 'estimate').id}/`);
  });

  it('puts the main disputes on the home page, linked to their place in the view', () => {
    const section = page('').getElementById('disputes')!.parentNode!;
    expect(linksIn(section)).toContain('/disputes/#presence');
    expect(section.textContent).toContain('Are North Korean troops in Russia?');
  });

  it('heads a statement’s page with what it denies, and links to the dispute', () => {
    const doc = page(`claims/${claimOf('retreat', 'statement').id}`);
    expect(doc.querySelector('h1')?.textContent).toBe(
      'Ukraine HUR denies that North Korean troops retreated from the front',
    );
    expect(linksIn(doc.querySelector('dl.facts'))).toContain('/disputes/#withdrawal');
  });
});

describe('the disputed label', () => {
  it('marks a front-line figure denied by another reporter within 30 days, on its page and in its ClaimReview', () => {
    const doc = page(`claims/${claimOf('seoul', 'estimate').id}`);
    const ld = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
    expect(ld[0].reviewRating.alternateName).toBe('disputed');
    const compare = doc.getElementById('compare')!.parentNode!;
    expect(compare.textContent).toContain('Denied within 30 days');
    expect(linksIn(compare)).toContain(`/claims/${claimOf('moscow', 'statement').id}/`);
  });

  it('leaves a figure undisputed whose denials came too late, or denied a retreat or the front, not its count', () => {
    // The NIS's 10,000 sent (20 Dec 2024): the Kremlin's denial that any were sent is of 1 March 2025, the
    // foreign ministry's is of the front, and HUR denied a retreat.
    const doc = page(`claims/${claimOf('early', 'estimate').id}`);
    const ld = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
    expect(ld[0].reviewRating.alternateName).toBe('single source');
    expect(doc.textContent).not.toContain('Denied within 30 days');
    // Seoul's front-line figure lists the one denial that disputes it, not the late one or the retreat.
    const compare = page(`claims/${claimOf('seoul', 'estimate').id}`).getElementById('compare')!.parentNode;
    const denied = linksIn(compare).filter((href) => href.includes('c-statement-'));
    expect(denied).toEqual([`/claims/${claimOf('moscow', 'statement').id}/`]);
  });
});
