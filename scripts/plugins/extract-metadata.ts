import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { datelineWithoutYear, leadingDateline } from '../extract/text/dates.ts';
import { PERIOD_YEARS } from '../extract/text/lexicon.ts';
import { detectLanguage } from '../lib/language.ts';
import { leadTitle } from '../lib/lead-title.ts';
import type { PageValue } from '../lib/page-metadata.ts';
import { PAGE_FIELDS } from '../../src/schemas/source.ts';

/** The period's years, from the latest year the text itself names (a story is no older than what it reports). */
const yearsOf = (text: string) => {
  const named = Math.max(0, ...[...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])));
  return PERIOD_YEARS.filter((y) => y >= named);
};

/** A value and where it came from: the first of sidecar, saved page and text that gives one. */
function firstOf(
  sidecar: string | undefined,
  page: PageValue | undefined,
  text: string | null = null,
): { value: string | null; from: 'sidecar' | 'page' | 'text' | null } {
  if (sidecar) return { value: sidecar, from: 'sidecar' };
  if (page) return { value: page.value, from: 'page' };
  return { value: text, from: text ? 'text' : null };
}

/**
 * Headline, byline, publication date, outlet, address and language: from the sidecar when an editor
 * gave them, else from a saved page's own markup (`…From: 'page'`, the markup named in `markup`),
 * else from the text — and then marked as inferred (`…From: 'text'`) — else null. The outlet and
 * URL are never guessed from the text.
 */
export function extractMetadata() {
  return (tree: Root, file: VFile): void => {
    const sidecar = file.data.sidecar ?? null;
    const page = file.data.saved?.page ?? {};
    const clean = file.data.clean!;
    const headline = clean.lines.find((l) => l.role === 'title')?.text.trim() ?? null;
    const lead = headline ? null : leadTitle(clean.lines.find((l) => l.role === 'paragraph')?.text ?? '');
    const title = firstOf(sidecar?.title, page.title, headline ?? lead);
    const top = clean.lines
      .filter((l) => l.role !== 'blank')
      .slice(0, 6)
      .map((l) => l.text);
    const publishedOn = firstOf(
      sidecar?.publishedOn,
      page.publishedOn,
      clean.datelineDate ?? leadingDateline(top) ?? datelineWithoutYear(top, yearsOf(top.join(' '))),
    );
    const outlet = firstOf(sidecar?.outlet, page.outlet);
    const url = firstOf(sidecar?.url, page.url);
    const byline = firstOf(undefined, page.byline, clean.byline);
    const fields = { title, outlet, url, publishedOn, byline };
    file.data.meta = {
      title: title.value,
      titleFrom: title.from === 'text' && !headline ? 'lead' : title.from,
      outlet: outlet.value,
      outletFrom: outlet.from,
      url: url.value,
      urlFrom: url.from,
      byline: byline.value,
      bylineFrom: byline.from,
      publishedOn: publishedOn.value,
      publishedOnFrom: publishedOn.from,
      markup: file.data.saved
        ? Object.fromEntries(PAGE_FIELDS.flatMap((f) => (fields[f].from === 'page' ? [[f, page[f]!.from]] : [])))
        : null,
      publishedOnInferred: Boolean(sidecar?.publishedOn && sidecar.publishedOnInferred),
      basis: sidecar?.basis ?? null,
      language: sidecar?.language ?? detectLanguage(toString(tree)),
      languageFrom: sidecar?.language ? 'sidecar' : 'detected',
    };
  };
}
