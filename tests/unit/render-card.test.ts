import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneCards, readCached } from '../../src/cards/card-cache.ts';
import { cardSvg } from '../../src/cards/card-svg.ts';
import { siteCardText } from '../../src/cards/card-text.ts';
import { cardRenderer } from '../../src/cards/render-card.ts';
import { pngSize } from '../support/png.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nk-cards-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const svg = (claims: number) => cardSvg(siteCardText({ claims, sources: 5 }));

describe('cardRenderer()', () => {
  it('renders a 1200 × 630 PNG once, then reads the same bytes back from its cache', async () => {
    const dir = tempDir();
    const cards = cardRenderer(dir);
    const first = await cards.render(svg(52));
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    const again = await cardRenderer(dir).render(svg(52));
    expect(again.equals(first)).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
    const same = cardRenderer(dir);
    await same.render(svg(52));
    await same.render(svg(53));
    expect([same.rendered, same.cached]).toEqual([1, 1]);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('renders every time without a cache, and where its cache cannot be written', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    for (const cards of [cardRenderer(null), cardRenderer(file)]) {
      await cards.render(svg(1));
      await cards.render(svg(1));
      expect([cards.rendered, cards.cached]).toEqual([2, 0]);
    }
  });
});

describe('pruneCards()', () => {
  it('deletes the cards not read or written since a time, and keeps those read since', async () => {
    const dir = tempDir();
    const cards = cardRenderer(dir);
    await cards.render(svg(1));
    await cards.render(svg(2));
    const [kept, stale] = readdirSync(dir).map((name) => join(dir, name)) as [string, string];
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const file of [kept, stale]) utimesSync(file, hourAgo, hourAgo);
    const since = Date.now() - 60_000;
    expect(readCached(kept)).not.toBeNull();
    expect(statSync(kept).mtimeMs).toBeGreaterThanOrEqual(since);
    expect(pruneCards(dir, since)).toBe(1);
    expect(readdirSync(dir)).toEqual([kept.slice(dir.length + 1)]);
    expect(pruneCards(join(dir, 'missing'), since)).toBe(0);
  });
});
