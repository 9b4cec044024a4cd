/**
 * The archived copy of a saved page (src/lib/archive-page.ts): nothing in it runs, loads or sends
 * the reader away, and the article's words are all still there.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { archivePage, ARCHIVE_POLICY } from '../../src/lib/archive-page.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'saved-pages');
const input = (name: string) => readFileSync(join(DIR, name, 'input.html'), 'utf8');
const source = (name: string, url: string | null) => ({
  slug: name,
  file: `${name}.html`,
  title: 'A saved page',
  url,
  bytes: 100,
  sha256: 'a'.repeat(64),
  language: 'en',
});
const hostile = archivePage(input('hostile-markup'), source('hostile-markup', null));
const doc = parse(hostile);

describe('archivePage()', () => {
  it('keeps no element that runs, loads, embeds, submits or redirects', () => {
    const dangerous = 'script, iframe, frame, object, embed, form, input, button, base, link, img, picture, source';
    expect(doc.querySelectorAll(`${dangerous}, svg, math, video, audio, template, noscript`)).toHaveLength(0);
    expect(
      doc.querySelectorAll('meta').map((m) => m.getAttribute('http-equiv') ?? m.getAttribute('name') ?? 'charset'),
    ).toEqual(['charset', 'Content-Security-Policy', 'referrer', 'robots', 'viewport']);
    // One style block, the archive's own; the page's stylesheet, @import and @font-face are gone.
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('style')!.textContent).not.toMatch(/@import|url\(/);
  });

  it('keeps no event handler, style attribute, javascript:, vbscript: or data: link, and names no other host', () => {
    for (const el of doc.querySelectorAll('*')) {
      for (const name of Object.keys(el.attributes)) {
        expect(name, el.tagName).not.toMatch(/^on|^style$|^srcset$|^ping$|^poster$|^src$/i);
      }
    }
    expect(hostile).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(hostile).not.toContain('evil.example');
    // A link whose address cannot be made absolute (no article URL) keeps its words, not its target.
    expect(doc.querySelectorAll('a').map((a) => a.getAttribute('href') ?? null)).toEqual([
      '/sources/hostile-markup/',
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('keeps the article’s words, MDX-looking lines as text, and images as their descriptions', () => {
    const text = doc.querySelector('body')!.textContent;
    for (const line of input('hostile-markup')
      .split('\n')
      .filter((l) => l.trim().startsWith('<p>'))
      .map((l) => parse(l).textContent.trim())) {
      expect(text).toContain(line);
    }
    expect(text).toContain('{process.exit(1)}');
    expect(text).toContain('<Component /> stands in the article as plain words.');
    expect(text).toContain("import x from 'y'");
    expect(text).toContain('[image: Soldiers on a train platform] Photos released by Ukrainian officials');
    expect(text).not.toMatch(/alert|svg text|__pwned/);
  });

  it('sets a policy that loads and runs nothing but its own style block', () => {
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(
      ARCHIVE_POLICY,
    );
    const style = doc.querySelector('style')!.textContent;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(ARCHIVE_POLICY.split('; ')).toEqual([
      "default-src 'none'",
      `style-src 'sha256-${hash}'`,
      "base-uri 'none'",
      "form-action 'none'",
    ]);
  });

  it('resolves the page’s relative links against its address, so they still lead where they led', () => {
    const wire = parse(
      archivePage(input('wire-json-ld'), source('wire-json-ld', 'https://wire.example/world/2024/11/04/x')),
    );
    const links = wire.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toContain('https://wire.example/world/');
    expect(links).toContain('https://wire.example/authors/mara-ellison');
    expect(links).toContain('mailto:?subject=story');
    expect(links).toContain('https://social.example/share?u=x');
    expect(links.filter((l) => l?.startsWith('/'))).toEqual(['/sources/wire-json-ld/']);
    expect(wire.querySelector('body')!.textContent).toContain('We use cookies');
  });
});
