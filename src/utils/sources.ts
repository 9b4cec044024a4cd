import type { PageField, PageMarkup, Source } from '../schemas/source.ts';
import { newestFirst } from './dates.ts';

/**
 * A source's title for readers: its headline, else a label built from the slug.
 *
 * @example sourceTitle({ title: null, slug: 'hur-telegram' }) // 'Untitled source (hur-telegram)'
 */
export function sourceTitle(s: Pick<Source, 'title' | 'slug'>): string {
  return s.title ?? `Untitled source (${s.slug})`;
}

/**
 * Sources newest first; undated ones last, by slug.
 *
 * @example latestFirst([{ publishedOn: null, slug: 'b' }, { publishedOn: '2024-12-04', slug: 'a' }])[0].slug // 'a'
 */
export function latestFirst<T extends Pick<Source, 'publishedOn' | 'slug'>>(sources: readonly T[]): T[] {
  return [...sources].sort((a, b) => newestFirst(a.publishedOn, b.publishedOn) || a.slug.localeCompare(b.slug));
}

/** Readers' names for the markup of a saved page (schemas/source.ts PAGE_MARKUP). */
const MARKUP_NAMES: Record<PageMarkup, string> = {
  'json-ld': 'JSON-LD',
  'open-graph': 'Open Graph tags',
  meta: 'meta tags',
  canonical: 'canonical link',
  time: '<time> element',
  title: '<title>',
};

/**
 * Where a field of a saved page's source came from, for the source page; null when it was not
 * taken from the page (an editor's sidecar gave it, or the text).
 *
 * @example fromPage({ markup: { outlet: 'json-ld' } }, 'outlet') // "from the saved page's JSON-LD"
 */
export function fromPage(s: Pick<Source, 'markup'>, field: PageField): string | null {
  const markup = s.markup?.[field];
  return markup ? `from the saved page's ${MARKUP_NAMES[markup]}` : null;
}
