/**
 * A web page saved from the browser ("Save page as…, HTML only") read as a source: its article
 * text, as plain text laid out like a `.txt` source, and what its markup says of it. Nothing in the
 * page ever runs: it is parsed by parse5 (rehype-parse), which only builds a tree; its JSON-LD is
 * read as data; every `<script>` and every element that could load or embed something is removed
 * from the tree before it is serialised for linkedom (a DOM that runs no script either) and
 * Readability, which finds the article.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { parseHTML } from 'linkedom';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { pageMetadata, type PageMeta } from './page-metadata.ts';

export type HtmlRead =
  | {
      ok: true;
      text: string;
      page: PageMeta;
      /** The encoding the page declares (`<meta charset>` or `http-equiv`), by its WHATWG name; null when none. */
      charset: string | null;
    }
  | { ok: false; error: string };

/**
 * Elements that run or embed something, or whose contents are no article text (a `<noscript>` is
 * read as text when scripting is on, as parse5 assumes; SVG and MathML text is labels of drawings
 * and formulas): removed before anything else reads the page.
 */
const REMOVED = new Set([
  ...['script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed'],
  ...['svg', 'math'],
]);

/**
 * A page is an article when it has at least one visible paragraph longer than this, outside what
 * Readability takes for furniture (isProbablyReaderable): a sentence of news. A page of links,
 * headings and buttons (a front page, a consent wall, an error page) has none.
 */
const MIN_PARAGRAPH_CHARS = 80;

/** Why a page gives no source. */
const NO_ARTICLE = `no article text in the page (Readability found no paragraph of more than ${MIN_PARAGRAPH_CHARS} characters); save the article page itself`;

const documentParser = unified().use(rehypeParse);
const fragmentParser = unified().use(rehypeParse, { fragment: true });

/** The contents of the page's JSON-LD blocks, parsed as JSON; a block that is not JSON is skipped. */
function jsonLdOf(tree: Root): unknown[] {
  const blocks: unknown[] = [];
  visit(tree, 'element', (node: Element) => {
    const type = String(node.properties['type'] ?? '')
      .toLowerCase()
      .split(';')[0]!
      .trim();
    if (node.tagName !== 'script' || type !== 'application/ld+json') return;
    try {
      blocks.push(JSON.parse(node.children.map((c) => (c.type === 'text' ? c.value : '')).join('')));
    } catch {
      // Not JSON: the page's other markup still counts.
    }
    return SKIP;
  });
  return blocks;
}

/** The tree without scripts and embeds (REMOVED). */
function strip(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined || !REMOVED.has(node.tagName)) return;
    parent.children.splice(index, 1);
    return index;
  });
}

/**
 * Readability's article, as plain text (hast-util-to-text, the `innerText` algorithm): one block
 * (paragraph, heading, list item, table row) per line, a blank line between paragraphs, and the
 * headline first unless the article opens with it, as a `.txt` source reads.
 *
 * @example articleText('Pentagon: 11,000', '<p>One.</p><ul><li>A</li><li>B</li></ul>') // 'Pentagon: 11,000\n\nOne.\n\nA\nB\n'
 */
export function articleText(headline: string | null | undefined, content: string): string {
  const lines = toText(fragmentParser.parse(content))
    .split('\n')
    .map((line) => line.trim());
  const body = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const title = headline?.replace(/\s+/g, ' ').trim();
  if (!body) return '';
  return `${title && !body.startsWith(title) ? `${title}\n\n` : ''}${body}\n`;
}

/** The page's declared encoding, by its WHATWG name (`iso-8859-1` → `windows-1252`), or the label when it names none. */
function declaredCharset(document: Document): string | null {
  const httpEquiv = [...document.querySelectorAll('meta[http-equiv][content]')].find(
    (m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-type',
  );
  const label =
    document.querySelector('meta[charset]')?.getAttribute('charset') ??
    /charset=([^;\s"']+)/i.exec(httpEquiv?.getAttribute('content') ?? '')?.[1];
  if (!label?.trim()) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return label.trim().toLowerCase();
  }
}

/**
 * Read a saved page (already decoded): its article text and metadata, or why it is no source.
 *
 * @example readHtml('<title>T</title><p>About 11,000 North Korean soldiers are in Russia’s Kursk region, the Pentagon said on Monday.</p>')
 * // { ok: true, text: 'T\n\nAbout 11,000 North Korean soldiers are in Russia’s Kursk region, the Pentagon said on Monday.\n', page: { title: { value: 'T', from: 'title' } }, charset: null }
 * @example readHtml('<nav>Home</nav>') // { ok: false, error: 'no article text in the page (…)' }
 */
export function readHtml(html: string): HtmlRead {
  const tree = documentParser.parse(html);
  const jsonLd = jsonLdOf(tree);
  strip(tree);
  // parse5 made a whole document of whatever it was given (implied <html>, <head>, <body>), which
  // linkedom needs: it builds no such elements itself.
  const { document } = parseHTML(toHtml(tree));
  const page = pageMetadata(document, jsonLd);
  if (!isProbablyReaderable(document, { minContentLength: MIN_PARAGRAPH_CHARS, minScore: 0 })) {
    return { ok: false, error: NO_ARTICLE };
  }
  const article = new Readability(document).parse();
  // The headline as the page's markup gives it (Readability drops an <h1> it takes for the title).
  const text = article?.content ? articleText(page.title?.value ?? article.title, article.content) : '';
  if (!text) return { ok: false, error: NO_ARTICLE };
  return { ok: true, text, page, charset: declaredCharset(document) };
}
