/**
 * An update of a saved site fetches only what changed: a copy of the site with its real sources is
 * built, saved whole in Chromium, rebuilt with one source changed, and the worker updates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { addNote, offlineRun } from '../support/offline.ts';
import { buildTempSite } from '../support/temp-site.ts';

const SOURCES = join(import.meta.dirname, '..', '..', 'content', 'sources');
/** The source the update changes. */
const CHANGED = 'koreadaily-2024-12-04-ukraine-confirms-2000-fighting';
/** What the browser fetches on any update besides the changed files: the worker, its script, the manifest. */
const ALWAYS = ['js/offline-store.js', 'offline-manifest.json', 'sw.js'];

test('an update that changes one source fetches only the files whose revision changed', async ({ page }) => {
  test.setTimeout(300_000);
  const sources = Object.fromEntries(readdirSync(SOURCES).map((name) => [name, readFileSync(join(SOURCES, name))]));
  const site = await buildTempSite(sources);
  expect(site.code, site.stderr).toBe(0);
  const run = await offlineRun(page, site.root, (root) => addNote(root, `${CHANGED}.txt`));
  expect(run.saved.files).toBeGreaterThanOrEqual(run.wholeSite.files - run.firstVisit.files);
  expect(run.update.changed).toEqual(
    expect.arrayContaining([`sources/${CHANGED}/index.html`, `sources/${CHANGED}.txt`]),
  );
  expect(run.update.changed.length).toBeLessThan(run.wholeSite.files / 4);
  expect(run.update.fetched.filter((path) => !ALWAYS.includes(path))).toEqual(run.update.changed);
});
