import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { datelineWithoutYear, leadingDateline } from '../extract/text/dates.ts';
import { PERIOD_YEARS } from '../extract/text/lexicon.ts';
import { detectLanguage } from '../lib/language.ts';
import { leadTitle } from '../lib/lead-title.ts';

/** The period's years, from the latest year the text itself names (a story is no older than what it reports). */
const yearsOf = (text: string) => {
  const named = Math.max(0, ...[...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])));
  return PERIOD_YEARS.filter((y) => y >= named);
};

/**
 * Headline, byline, publication date, outlet and language: from the sidecar when an editor gave
 * them, else from the text — and then marked as inferred (`…From: 'text'`) — else null.
 * The outlet and URL are never guessed.
 */
export function extractMetadata() {
  return (tree: Root, file: VFile): void => {
    const sidecar = file.data.sidecar ?? null;
    const clean = file.data.clean!;
    const headline = clean.lines.find((l) => l.role === 'title')?.text.trim() ?? null;
    const lead = headline ? null : leadTitle(clean.lines.find((l) => l.role === 'paragraph')?.text ?? '');
    const title = sidecar?.title ?? headline ?? lead;
    const top = clean.lines
      .filter((l) => l.role !== 'blank')
      .slice(0, 6)
      .map((l) => l.text);
    const publishedOn =
      sidecar?.publishedOn ??
      clean.datelineDate ??
      leadingDateline(top) ??
      datelineWithoutYear(top, yearsOf(top.join(' ')));
    file.data.meta = {
      title,
      titleFrom: sidecar?.title ? 'sidecar' : headline ? 'text' : lead ? 'lead' : null,
      outlet: sidecar?.outlet ?? null,
      url: sidecar?.url ?? null,
      byline: clean.byline,
      publishedOn,
      publishedOnFrom: sidecar?.publishedOn ? 'sidecar' : publishedOn ? 'text' : null,
      publishedOnInferred: Boolean(sidecar?.publishedOn && sidecar.publishedOnInferred),
      basis: sidecar?.basis ?? null,
      language: sidecar?.language ?? detectLanguage(toString(tree)),
      languageFrom: sidecar?.language ? 'sidecar' : 'detected',
    };
  };
}
