/** Claim ids survive edits elsewhere; a claim whose own sentence is corrected forwards from its old address. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildTempSite } from '../support/temp-site.ts';
import { runSource } from '../support/pipeline.ts';

const SOURCES = join(import.meta.dirname, '..', '..', 'content', 'sources');
const ids = async (text: string, slug: string) => (await runSource(text, slug)).claims.map((c) => c.id).sort();

describe('claim ids', () => {
  const files = readdirSync(SOURCES).filter((f) => f.endsWith('.txt'));

  it('stay the same when a paragraph is inserted', async () => {
    for (const file of files) {
      const slug = file.replace(/\.txt$/, '');
      const text = readFileSync(join(SOURCES, file), 'utf8');
      const lines = text.split('\n');
      const inserted = [
        ...lines.slice(0, 3),
        'An editor’s inserted paragraph, with no figure.',
        ...lines.slice(3),
      ].join('\n');
      expect(await ids(inserted, slug), file).toEqual(await ids(text, slug));
    }
  });

  it('stay the same whatever order the sources are read in', async () => {
    const read = async (order: string[]) =>
      (await Promise.all(order.map((f) => ids(readFileSync(join(SOURCES, f), 'utf8'), f.replace(/\.txt$/, '')))))
        .flat()
        .sort();
    expect(await read([...files].reverse())).toEqual(await read(files));
  });

  it('of one source do not depend on the other sources', async () => {
    const [first] = files;
    const text = readFileSync(join(SOURCES, first!), 'utf8');
    const alone = await ids(text, 'a');
    await runSource('The NIS said 11,000 North Korean troops are in Russia.', 'b');
    expect(await ids(text, 'a')).toEqual(alone);
  });
});

describe('a claim whose sentence is corrected in its source', () => {
  it('gets a new id, and its old address forwards there and is in the corrections log', async () => {
    const typo = 'Typo test\n\nThe NIS said about 11,000 North Korean troops are in Kurks, officials said.';
    const first = await buildTempSite({ 'typo.txt': typo });
    const oldId = (
      JSON.parse(readFileSync(join(first.dist, 'data', 'claims.json'), 'utf8')) as { claims: { id: string }[] }
    ).claims[0]!.id;
    const fixed = typo.replace('Kurks', 'Kursk');
    const newId = (await runSource(fixed, 'typo')).claims[0]!.id;
    expect(newId).not.toBe(oldId);
    const corrections = `${oldId}:\n  on: 2025-03-01\n  movedTo: ${newId}\n  note: The source's "Kurks" was corrected to "Kursk".\n`;
    const second = await buildTempSite({ 'typo.txt': fixed }, { 'content/corrections.yaml': corrections });
    expect(second.code, second.stderr).toBe(0);
    const page = parse(readFileSync(join(second.dist, 'claims', oldId, 'index.html'), 'utf8'));
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      `0; url=../${newId}/index.html`,
    );
    expect(page.querySelector('[data-moved-to]')?.getAttribute('data-moved-to')).toBe(newId);
    const about = readFileSync(join(second.dist, 'about', 'index.html'), 'utf8');
    expect(about).toContain(`moved to claim ${newId} (its quote was corrected)`);
    expect(second.stderr).not.toMatch(new RegExp(`no claim has the id "${oldId}"`));
  });
});
