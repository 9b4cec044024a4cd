/**
 * Saved web pages as sources (scripts/lib/read-html.ts, page-metadata.ts, load-source.ts): the
 * article text without the page's furniture, laid out as a `.txt` source; the page's metadata with
 * where each field came from; claims whose offsets index the text. One folder per layout under
 * tests/fixtures/saved-pages/: `input.html`, and the golden `output.txt` of the text read from it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorrections } from '../../scripts/lib/inputs.ts';
import { loadSource } from '../../scripts/lib/load-source.ts';
import { statedDate } from '../../scripts/lib/page-metadata.ts';
import { articleText, readHtml } from '../../scripts/lib/read-html.ts';
import { processSource } from '../../scripts/pipeline.ts';
import { expectGolden } from '../support/golden.ts';
import { projectRegistry } from '../support/pipeline.ts';

/** A paragraph of news, long enough for a page to be an article. */
const PARAGRAPH = "About 11,000 North Korean soldiers are in Russia's Kursk region, the Pentagon said on Monday.";
const DIR = join(import.meta.dirname, '..', 'fixtures', 'saved-pages');
const bytesOf = (name: string) => readFileSync(join(DIR, name, 'input.html'));
const textOf = (name: string) => {
  const read = readHtml(bytesOf(name).toString('utf8'));
  if (!read.ok) throw new Error(read.error);
  return read;
};
const load = (name: string, sidecar: string | null = null) =>
  loadSource({ name: `${name}.html`, bytes: bytesOf(name), sidecar }, `content/sources/${name}.html`);
/** Run a saved page through the whole pipeline, as the ingest does. */
async function ingest(name: string, sidecar: string | null = null) {
  const loaded = load(name, sidecar);
  const out = await processSource({
    slug: loaded.slug,
    file: `${name}.html`,
    ...loaded.input!,
    registry: projectRegistry(),
    corrections: readCorrections().value,
  });
  return { text: loaded.input!.text, ...out };
}

describe('readHtml()', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(`reads the article of ${name.replaceAll('-', ' ')} as its golden text`, () => {
      expectGolden(join(DIR, name, 'output.txt'), textOf(name).text);
    });
  }

  it('leaves out the furniture of a wire page: cookie banner, nav, share buttons, related links, newsletter, footer', () => {
    const { text } = textOf('wire-json-ld');
    for (const furniture of ['cookies', 'Accept all', 'Subscribe', 'Markets', 'Share on Social', 'Copy link']) {
      expect(text).not.toContain(furniture);
    }
    for (const furniture of [
      'Related coverage',
      'Seoul weighs',
      'morning briefing',
      'Sign up',
      'All rights',
      'Privacy',
    ]) {
      expect(text).not.toContain(furniture);
    }
    expect(text).toContain(
      "About 11,000 North Korean soldiers are in Russia's Kursk region, the Pentagon said on Monday, raising its count",
    );
    expect(text).toContain('The Kremlin has declined to confirm that any North Korean personnel are on its territory.');
  });

  it('puts the headline first, each heading and list item on a line of its own, paragraphs a blank line apart', () => {
    const lines = textOf('live-blog-open-graph').text.split('\n');
    expect(lines[0]).toBe('Ukraine war live: North Korean units take losses in Kursk');
    expect(lines[1]).toBe('');
    const heading = lines.indexOf('HUR: at least 30 killed or wounded');
    expect(lines.slice(heading - 1, heading + 3)).toEqual([
      '',
      'HUR: at least 30 killed or wounded',
      '',
      "Ukraine's military intelligence agency said at least 30 North Korean soldiers had been killed or wounded in fighting in Kursk over the weekend.",
    ]);
    const item = lines.indexOf(
      'Kyiv said Russian forces had used North Korean troops in assaults on villages in Kursk.',
    );
    expect(lines[item + 1]).toBe('Officials in Seoul said they were checking the reports with their allies.');
    expect(textOf('live-blog-open-graph').text).not.toMatch(/Most viewed|Football results|Share this blog/);
  });

  it('writes the headline once when the article opens with it', () => {
    expect(articleText('Seoul says 10,000', '<h2>Seoul says 10,000</h2><p>Body.</p>')).toBe(
      'Seoul says 10,000\n\nBody.\n',
    );
    expect(articleText(null, '<p>One.</p><ul><li>A</li><li>B</li></ul>')).toBe('One.\n\nA\nB\n');
    expect(articleText('Title', '<div> </div>')).toBe('');
  });

  it('takes metadata from JSON-LD first: headline, date as stated in its own zone, authors, publisher by @id, address', () => {
    // The page's Open Graph tags, meta author and canonical link say otherwise; JSON-LD wins each field.
    expect(textOf('wire-json-ld').page).toEqual({
      title: { value: 'Pentagon puts North Korean troops in Kursk at about 11,000', from: 'json-ld' },
      outlet: { value: 'Northbound Wire', from: 'json-ld' },
      url: { value: 'https://wire.example/world/2024/11/04/north-korea-kursk', from: 'json-ld' },
      // 21:40 on 4 November in New York, though 02:40 on the 5th in UTC (the page's og tag).
      publishedOn: { value: '2024-11-04', from: 'json-ld' },
      byline: { value: 'Mara Ellison, Jun-ho Baek', from: 'json-ld' },
    });
  });

  it('falls back to Open Graph tags, and on a minimal page to <title> and <time datetime>', () => {
    expect(textOf('live-blog-open-graph').page).toEqual({
      title: { value: 'Ukraine war live: North Korean units take losses in Kursk', from: 'open-graph' },
      outlet: { value: 'The Dnipro Ledger', from: 'open-graph' },
      url: { value: 'https://ledger.example/live/2024/dec/17/ukraine-war-live', from: 'open-graph' },
      publishedOn: { value: '2024-12-17', from: 'open-graph' },
    });
    expect(textOf('minimal-title-time').page).toEqual({
      title: { value: 'Seoul says North Korea has sent more than 10,000 soldiers', from: 'title' },
      publishedOn: { value: '2024-10-30', from: 'time' },
    });
    const canonical = readHtml(
      '<title>T</title><link rel="canonical" href="https://a.example/x"><meta name="author" content="Ana Lind">' +
        `<p>${PARAGRAPH}</p>`,
    );
    expect(canonical.ok && canonical.page).toMatchObject({
      url: { value: 'https://a.example/x', from: 'canonical' },
      byline: { value: 'Ana Lind', from: 'meta' },
    });
  });

  it('refuses what a page may not give: a javascript: address, JSON that is not JSON; a hostile name stays text', () => {
    const { page } = textOf('hostile-markup');
    expect(page.url).toBeUndefined();
    expect(page.byline).toEqual({ value: '<img src=x onerror=alert(1)>', from: 'json-ld' });
    expect(page.outlet).toEqual({ value: 'Hostile Herald', from: 'json-ld' });
  });

  it('runs nothing, and keeps MDX-looking lines of the article as literal text', () => {
    const { text } = textOf('hostile-markup');
    for (const line of [
      'These lines look like code but are text: {process.exit(1)}',
      '<Component /> stands in the article as plain words.',
      "import x from 'y'",
      'export const leaked = 1',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
    for (const code of ['alert', '__pwned', 'innerHTML', 'svg text', 'frame fallback', 'object fallback', '@import']) {
      expect(text).not.toContain(code);
    }
  });

  it('finds no article in a page of furniture only, and says so', () => {
    const links = '<nav><a href="/a">Home</a> <a href="/b">World</a></nav><h1>Front page</h1><p>Short teaser.</p>';
    expect(readHtml(links)).toMatchObject({ ok: false });
    expect(readHtml(`<p class="footer">${PARAGRAPH}</p>`)).toMatchObject({ ok: false });
    expect(readHtml(`<p>${PARAGRAPH}</p>`)).toMatchObject({ ok: true, text: `${PARAGRAPH}\n` });
    expect(readHtml('<html><body><nav></nav><footer> </footer></body></html>')).toEqual({
      ok: false,
      error:
        'no article text in the page (Readability found no paragraph of more than 80 characters); save the article page itself',
    });
  });
});

describe('statedDate()', () => {
  it('keeps the calendar date a timestamp states, in its own time zone', () => {
    expect(statedDate('2024-11-04T23:30:00-05:00')).toBe('2024-11-04');
    expect(statedDate('2024-11-05T00:10:00+09:00')).toBe('2024-11-05');
    expect(statedDate('2024-11-04T23:30:00Z')).toBe('2024-11-04');
    expect(statedDate('2024-11-04')).toBe('2024-11-04');
  });
  it('refuses what is not an ISO 8601 day, or a day after the build', () => {
    for (const value of ['Nov 4, 2024', '2024-11', '2024', '2024-02-30', '2999-01-01', '20241104', '2024-11-04junk']) {
      expect(statedDate(value), value).toBeNull();
    }
  });
});

describe('loadSource() and the pipeline for a saved page', () => {
  it('hashes the page as received, and the text read from it', () => {
    const { input } = load('wire-json-ld');
    const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
    expect(input!.digest).toEqual({
      sha256: sha256(bytesOf('wire-json-ld')),
      bytes: bytesOf('wire-json-ld').length,
      encoding: 'utf-8',
    });
    expect(input!.saved!.extracted).toEqual({ sha256: sha256(input!.text), bytes: Buffer.byteLength(input!.text) });
  });

  it('finds claims whose quotes are the text at their offsets, in every layout', async () => {
    const found = async (name: string) =>
      (await ingest(name)).claims.map((c) => [c.kind, c.measure, c.low, c.high, c.reporter?.id ?? null, c.statedOn]);
    expect(await found('wire-json-ld')).toEqual([
      ['estimate', 'front', 11000, 11000, 'us-dod', '2024-11-04'],
      ['estimate', 'deployed', 10000, null, 'kr-nis', null],
      ['statement', null, null, null, 'us-dod', '2024-11-04'],
      ['statement', null, null, null, 'ru-kremlin', null],
    ]);
    expect(await found('live-blog-open-graph')).toContainEqual([
      'estimate',
      'casualties',
      30,
      null,
      'ua-hur',
      '2024-12-17',
    ]);
    expect(await found('minimal-title-time')).toEqual([['estimate', 'deployed', 10000, null, 'kr-nis', '2024-10-30']]);
    expect(await found('hostile-markup')).toEqual([['estimate', 'deployed', 12000, 12000, 'kr-nis', '2024-11-20']]);
    for (const name of readdirSync(DIR)) {
      const { text, claims } = await ingest(name);
      for (const c of claims) {
        expect(text.slice(c.start, c.end), `${name}: ${c.id}`).toBe(c.quote);
        for (const r of c.repeats) expect(text.slice(r.start, r.end).length).toBeGreaterThan(0);
      }
    }
  });

  it('records where each field came from; a sidecar overrides the page', async () => {
    const page = (await ingest('wire-json-ld')).source;
    expect(page).toMatchObject({
      format: 'html',
      titleFrom: 'page',
      outletFrom: 'page',
      urlFrom: 'page',
      bylineFrom: 'page',
      publishedOnFrom: 'page',
      markup: { title: 'json-ld', outlet: 'json-ld', url: 'json-ld', publishedOn: 'json-ld', byline: 'json-ld' },
    });
    const sidecar = 'title: An editor’s title\nurl: https://wire.example/corrected\npublishedOn: 2024-11-05\n';
    const edited = (await ingest('wire-json-ld', sidecar)).source;
    expect(edited).toMatchObject({
      title: 'An editor’s title',
      titleFrom: 'sidecar',
      url: 'https://wire.example/corrected',
      urlFrom: 'sidecar',
      publishedOn: '2024-11-05',
      publishedOnFrom: 'sidecar',
      outlet: 'Northbound Wire',
      outletFrom: 'page',
      markup: { outlet: 'json-ld', byline: 'json-ld' },
    });
    const minimal = (await ingest('minimal-title-time')).source;
    expect(minimal).toMatchObject({
      outlet: null,
      outletFrom: null,
      url: null,
      byline: null,
      markup: { title: 'title', publishedOn: 'time' },
    });
  });

  it('names the file of a page with no article, or that is no text', () => {
    const empty = loadSource(
      { name: 'x.html', bytes: Buffer.from('<nav>Home</nav>'), sidecar: null },
      'content/sources/x.html',
    );
    expect(empty).toMatchObject({
      input: null,
      errors: [expect.stringMatching(/^content\/sources\/x\.html: no article text in the page/)],
    });
    const png = loadSource(
      { name: 'x.html', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), sidecar: null },
      'content/sources/x.html',
    );
    expect(png.errors).toEqual(['content/sources/x.html: binary file, not text']);
  });

  it('warns when a page declares an encoding it was not read in', () => {
    const page = (charset: string, body: Uint8Array) =>
      loadSource(
        {
          name: 'k.html',
          bytes: Buffer.concat([Buffer.from(`<meta charset="${charset}"><p>${PARAGRAPH} `), body]),
          sidecar: null,
        },
        'content/sources/k.html',
      ).warnings;
    // EUC-KR bytes of 북한 ("North Korea"): no valid UTF-8 in them, so read as Windows-1252.
    expect(page('euc-kr', new Uint8Array([0xba, 0xcf, 0xc7, 0xd1]))).toEqual([
      expect.stringMatching(/^content\/sources\/k\.html: not UTF-8 \(byte \d+ is 0xBA\); decoded as Windows-1252$/),
      expect.stringMatching(/^content\/sources\/k\.html: .*declares the encoding euc-kr but was read as windows-1252/),
    ]);
    expect(page('iso-8859-1', Buffer.from('caf\xe9', 'latin1'))).toEqual([
      expect.stringMatching(/not UTF-8 \(byte \d+ is 0xE9\); decoded as Windows-1252$/),
    ]);
    expect(page('windows-1252', Buffer.from('plain ASCII text.'))).toEqual([]);
  });
});
