/**
 * A saved web page's metadata as its publisher marked it up, for the fields a sidecar has (title,
 * outlet, url, publishedOn) and the byline. Each field from the most trusted markup that gives a
 * valid value: schema.org JSON-LD (an Article or one of its subtypes, also inside `@graph`), then
 * Open Graph and `<meta>` tags, then `<link rel=canonical>`, `<time datetime>` and `<title>`.
 * JSON-LD is data: it is parsed with JSON.parse, never run.
 */
import { pastDate } from '../../src/schemas/claim.ts';
import { webUrl, type PageField, type PageMarkup } from '../../src/schemas/source.ts';

/** A value taken from a saved page, and the markup it came from. */
export interface PageValue {
  value: string;
  from: PageMarkup;
}

/** What a saved page says of itself; a field is absent when no markup gives a valid value. */
export type PageMeta = Partial<Record<PageField, PageValue>>;

/**
 * schema.org's Article and its subtypes (https://schema.org/Article, "More specific Types"), whose
 * headline, date and authors are the page's own; a WebPage or an Organization node says nothing of
 * the story.
 */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'SocialMediaPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'SatiricalArticle',
]);

/** Longest value kept for a field: a headline, an outlet or a list of authors, never a page of text. */
const MAX_CHARS = 500;

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** White space collapsed and trimmed; null for anything that is not a non-empty string under the cap. */
function text(v: unknown): string | null {
  if (Array.isArray(v)) return text(v[0]);
  if (isNode(v)) return text(v['@value']);
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, ' ').trim();
  return s && s.length <= MAX_CHARS ? s : null;
}

/** `@type` without a vocabulary prefix: `schema:NewsArticle`, `https://schema.org/NewsArticle` → `NewsArticle`. */
const types = (node: Node): string[] =>
  [node['@type']].flat().flatMap((t) => (typeof t === 'string' ? [t.replace(/^.*[/:#]/, '')] : []));

/** Every node of the JSON-LD blocks: top-level objects, array members and `@graph` members. */
function nodesOf(blocks: readonly unknown[]): Node[] {
  const nodes: Node[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) return void v.forEach(add);
    if (!isNode(v)) return;
    nodes.push(v);
    if (Array.isArray(v['@graph'])) v['@graph'].forEach(add);
  };
  add(blocks);
  return nodes;
}

/** What the article's own JSON-LD node says: headline, date, authors, publisher and address. */
function fromJsonLd(blocks: readonly unknown[]): Partial<Record<PageField, string | null>> {
  const nodes = nodesOf(blocks);
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.has(t)));
  if (!article) return {};
  // A reference (`{"@id": "…#organization"}`) is looked up among the page's other nodes (Yoast-style graphs).
  const byId = new Map(nodes.flatMap((n) => (typeof n['@id'] === 'string' ? [[n['@id'], n] as const] : [])));
  const resolve = (v: unknown): unknown =>
    isNode(v) && typeof v['@id'] === 'string' && !('name' in v) ? (byId.get(v['@id']) ?? v) : v;
  const nameOf = (v: unknown): string | null => {
    const node = resolve(v);
    return isNode(node) ? text(node['name']) : text(node);
  };
  const authors = [article['author']]
    .flat()
    .map(nameOf)
    .filter((name): name is string => name !== null && !/^https?:/i.test(name));
  const page = resolve(article['mainEntityOfPage']);
  return {
    title: text(article['headline']) ?? text(article['name']),
    publishedOn: text(article['datePublished']),
    byline: authors.length ? [...new Set(authors)].join(', ') : null,
    outlet: nameOf([article['publisher']].flat()[0]),
    url: text(article['url']) ?? (isNode(page) ? (text(page['url']) ?? text(page['@id'])) : text(page)),
  };
}

/**
 * The calendar date a timestamp states, in its own time zone: `2024-11-04T23:30:00-05:00` →
 * `2024-11-04`, never converted to UTC or to the machine's zone (which would move a late-evening
 * story to the next day); `…Z` gives its UTC date. ISO 8601 only, as schema.org, Open Graph and
 * `<time datetime>` require; a month, a bare year or a date after the build's gives null.
 *
 * @example statedDate('2024-11-04T23:30:00-05:00') // '2024-11-04'
 * @example statedDate('Nov 4, 2024') // null
 */
export function statedDate(value: string): string | null {
  const date = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}|$)/.exec(value.trim())?.[1];
  return date && pastDate.safeParse(date).success ? date : null;
}

/** How each field's value is checked and normalised; null refuses it (the next markup is tried). */
const VALID: Record<PageField, (value: string) => string | null> = {
  title: (v) => v,
  outlet: (v) => v,
  byline: (v) => v,
  url: (v) => (webUrl.safeParse(v).success ? v : null),
  publishedOn: statedDate,
};

/**
 * The page's metadata from its markup. `document` is the parsed page (linkedom); `jsonLd` the
 * parsed contents of its `<script type="application/ld+json">` blocks (read before any script was
 * removed from the page).
 *
 * @example pageMetadata(document, [{ '@type': 'NewsArticle', headline: 'H', datePublished: '2024-11-04T09:00:00+09:00' }])
 * // { title: { value: 'H', from: 'json-ld' }, publishedOn: { value: '2024-11-04', from: 'json-ld' } }
 */
export function pageMetadata(document: Document, jsonLd: readonly unknown[]): PageMeta {
  const ld = fromJsonLd(jsonLd);
  // Open Graph tags use `property`; many pages write `name` instead.
  const meta = (key: string) =>
    text(document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content'));
  const canonical = [...document.querySelectorAll('link[rel][href]')].find((l) =>
    l.getAttribute('rel')!.toLowerCase().split(/\s+/).includes('canonical'),
  );
  // The article's own <time>, before one in the page's header or a list of other stories.
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const candidates: Record<PageField, [PageMarkup, string | null | undefined][]> = {
    title: [
      ['json-ld', ld.title],
      ['open-graph', meta('og:title')],
      ['title', text(document.title)],
    ],
    outlet: [
      ['json-ld', ld.outlet],
      ['open-graph', meta('og:site_name')],
    ],
    url: [
      ['json-ld', ld.url],
      ['open-graph', meta('og:url')],
      ['canonical', text(canonical?.getAttribute('href'))],
    ],
    publishedOn: [
      ['json-ld', ld.publishedOn],
      ['open-graph', meta('article:published_time')],
      ['time', text(time?.getAttribute('datetime'))],
    ],
    byline: [
      ['json-ld', ld.byline],
      ['meta', meta('author')],
    ],
  };
  const found: PageMeta = {};
  for (const [field, list] of Object.entries(candidates) as [PageField, (typeof candidates)[PageField]][]) {
    for (const [from, raw] of list) {
      const value = raw ? VALID[field](raw) : null;
      if (value === null) continue;
      found[field] = { value, from };
      break;
    }
  }
  return found;
}
