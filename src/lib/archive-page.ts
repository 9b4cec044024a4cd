/**
 * The archived copy of a saved web page (`/sources/<slug>.archive.html`): the page's body as it was
 * saved, sanitised so that opening it runs nothing, loads nothing and sends the reader nowhere they
 * did not click. Parsed by rehype-parse (parse5), cut to an allow-list by rehype-sanitize, written
 * by rehype-stringify, under a Content-Security-Policy that would stop anything the sanitiser missed.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Source } from '../schemas/source.ts';
import { routes } from '../utils/url.ts';

/**
 * What an archived page may hold: the elements of an article's text and structure, links, and a
 * few attributes that carry meaning (`href`, `datetime`, table spans, `lang`, `dir`, `id` for
 * in-page links). No `style`, no event handler, no image, form, frame, object, embed, media,
 * SVG or MathML; `<script>`, `<style>` and the other elements in `strip` go with their contents.
 */
export const ARCHIVE_SCHEMA: SanitizeSchema = {
  tagNames: [
    ...['a', 'abbr', 'address', 'article', 'aside', 'b', 'blockquote', 'br', 'caption', 'cite', 'code'],
    ...['dd', 'del', 'details', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer'],
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'ins', 'kbd', 'li', 'main', 'mark', 'nav'],
    ...['ol', 'p', 'pre', 'q', 's', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup'],
    ...['table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul'],
  ],
  attributes: {
    a: ['href'],
    time: ['dateTime'],
    td: ['colSpan', 'rowSpan'],
    th: ['colSpan', 'rowSpan', 'scope'],
    ol: ['start', 'reversed'],
    '*': ['id', 'lang', 'dir', 'title'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  strip: [
    ...['script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed'],
    ...['svg', 'math', 'video', 'audio', 'canvas', 'form', 'textarea', 'select', 'button', 'title'],
  ],
};

/** The archive's own look: one inline style block, allowed by its hash and nothing else. */
const STYLE =
  'body{font:1rem/1.5 system-ui,sans-serif;max-width:46rem;margin:1rem auto;padding:0 1rem}' +
  '.archive-note{font-size:.9rem;border:1px solid #888;padding:.5rem .75rem}code{overflow-wrap:anywhere}';

/**
 * The archive's Content-Security-Policy: nothing may load or run (`default-src 'none'`), no `<base>`
 * or form target may be set, and only the archive's own style block applies.
 *
 * @example ARCHIVE_POLICY.startsWith("default-src 'none'") // true
 */
export const ARCHIVE_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Links made safe before the allow-list: a relative link resolved against the article's address
 * (so it still goes where it went, never into this site), dropped when there is none; an image
 * replaced by its alt text, as `[image: …]`.
 */
function rewrite(base: string | null) {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'img' && parent && index !== undefined) {
        const alt = String(node.properties['alt'] ?? '').trim();
        const replacement: ElementContent[] = alt ? [{ type: 'text', value: `[image: ${alt}]` }] : [];
        parent.children.splice(index, 1, ...replacement);
        return index + replacement.length;
      }
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || href.startsWith('#')) return;
      node.properties['href'] = absolute(href, base);
      return;
    });
  };
}

/** An http(s) or mailto address for a link, or undefined (the link then has none). */
function absolute(href: string, base: string | null): string | undefined {
  try {
    const url = base === null ? new URL(href) : new URL(href, base);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The archived copy of a saved page: its `<body>`, sanitised, under a note that says what it is,
 * the file's SHA-256 and a link back to the source page.
 *
 * @example archivePage('<p onclick="x()">Hi <img src="https://a.example/i.png" alt="A map"></p>', source)
 * // '<!doctype html>…<p>Hi [image: A map]</p>…'
 */
export function archivePage(
  html: string,
  source: Pick<Source, 'slug' | 'file' | 'title' | 'url' | 'bytes' | 'sha256' | 'language'>,
): string {
  const tree = unified().use(rehypeParse).parse(html);
  let body: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'body') return;
    body = node;
    return false;
  });
  const content: Root = { type: 'root', children: body?.children ?? [] };
  rewrite(source.url)(content);
  const safe = unified().use(rehypeSanitize, ARCHIVE_SCHEMA).runSync(content);
  const title = source.title ?? source.file;
  const page: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: ARCHIVE_POLICY }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('meta', { name: 'robots', content: 'noindex' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', `Archived copy: ${title}`),
          h('style', STYLE),
        ]),
        h('body', [
          h('p.archive-note', [
            `Archived copy of the saved page content/sources/${source.file} (${source.bytes.toLocaleString('en-GB')} bytes, SHA-256 `,
            h('code', source.sha256),
            '), sanitised: its scripts, forms, frames and embeds are removed, and nothing it would load (images, ' +
              'styles, fonts) is loaded; images are shown by their descriptions. Links go to their original addresses. ',
            h('a', { href: routes.source(source.slug) }, 'Back to the source page'),
          ]),
          h('hr'),
          h('div', { lang: source.language }, safe.children as ElementContent[]),
        ]),
      ]),
    ],
  };
  return `${unified().use(rehypeStringify).stringify(page)}\n`;
}
