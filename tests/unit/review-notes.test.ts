import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderNotes } from '../../src/utils/review-notes.ts';
import { HOSTILE_NOTES } from '../support/hostile-corpus.ts';

describe('renderNotes()', () => {
  it('renders Markdown: paragraphs, emphasis, lists, links', () => {
    expect(renderNotes('A *b* **c** `d`\n\n- one\n- [two](https://example.org/)\n')).toBe(
      '<p>A <em>b</em> <strong>c</strong> <code>d</code></p>\n<ul>\n<li>one</li>\n<li><a href="https://example.org/">two</a></li>\n</ul>',
    );
  });

  it('drops raw HTML: script, img, iframe, style, object, base, meta refresh', () => {
    const html = renderNotes(HOSTILE_NOTES);
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img, iframe, style, object, base, meta, [onerror], [src]')).toHaveLength(0);
    expect(html).not.toMatch(/<(?:script|img|iframe|style|object|base|meta)\b|onerror|refresh|evil\.example/i);
  });

  it('keeps http(s) and site links, and drops javascript:, vbscript: and data: ones', () => {
    const hrefs = parse(renderNotes(HOSTILE_NOTES))
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href') ?? null);
    expect(hrefs).toEqual(['https://example.org/report', '/claims/', null, null, null]);
  });

  it('loses none of the prose', () => {
    const text = parse(renderNotes(HOSTILE_NOTES)).textContent;
    for (const words of [
      'The figure is disputed',
      'the report',
      'the claims',
      'js',
      'vb',
      'data',
      'Last line of the notes.',
    ])
      expect(text).toContain(words);
  });
});
