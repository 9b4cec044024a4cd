import type { Source } from '../schemas/source.ts';
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
