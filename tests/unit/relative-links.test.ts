import { describe, expect, it } from 'vitest';
import { relativeUrl, relativizeHtml } from '../../src/integrations/relative-links.ts';

describe('relative links for file://', () => {
  it('relativeUrl() points folder links at index.html, relative to the page', () => {
    expect(relativeUrl('/claims/c-1/', 'sources/a/index.html')).toBe('../../claims/c-1/index.html');
    expect(relativeUrl('/', 'claims/c-1/index.html')).toBe('../../index.html');
    expect(relativeUrl('/', 'index.html')).toBe('index.html');
    expect(relativeUrl('/about/', 'index.html')).toBe('about/index.html');
  });
  it('relativeUrl() keeps files, anchors and queries', () => {
    expect(relativeUrl('/sources/a.txt', 'sources/a/index.html')).toBe('../a.txt');
    expect(relativeUrl('/sources/a/#c-1', 'claims/c-1/index.html')).toBe('../../sources/a/index.html#c-1');
    expect(relativeUrl('/?view=timeline#chart', '404.html')).toBe('index.html?view=timeline#chart');
  });
  it('relativizeHtml() rewrites root-absolute attributes only', () => {
    const html =
      '<link rel="canonical" href="https://x.org/a/"><a href="/a/">a</a><a href="#x">x</a><script src="/js/c.js"></script><a href="//cdn.x/y">';
    expect(relativizeHtml(html, 'b/index.html')).toBe(
      '<link rel="canonical" href="https://x.org/a/"><a href="../a/index.html">a</a><a href="#x">x</a><script src="../js/c.js"></script><a href="//cdn.x/y">',
    );
  });
  it('relativizeHtml() gives scripts the way back to the root in data-root', () => {
    expect(relativizeHtml('<html data-root="/">', 'claims/c-1/index.html')).toBe('<html data-root="../../">');
    expect(relativizeHtml('<html data-root="/">', 'index.html')).toBe('<html data-root="./">');
  });
  it('relativizeHtml() rewrites the address of a refresh', () => {
    expect(relativizeHtml('<meta http-equiv="refresh" content="0; url=/claims/c-2/">', 'claims/c-1/index.html')).toBe(
      '<meta http-equiv="refresh" content="0; url=../c-2/index.html">',
    );
  });
});
