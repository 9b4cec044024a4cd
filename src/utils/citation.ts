import { formatDate } from './format.ts';
import { revealHidden } from './hidden-chars.ts';

/** Everything a citation of one claim gives. */
export interface CitationInput {
  id: string;
  quote: string;
  speaker: string | null;
  reporter: string | null;
  outlet: string | null;
  sourceTitle: string | null;
  publishedOn: string | null;
  /** The publication date was inferred (from the text or by the desk), not stated by the page. */
  publishedInferred: boolean;
  /** The source article's own address, when the desk found it. */
  sourceUrl: string | null;
  statedOn: string | null;
  permalink: string;
  /** When the reader accessed the page, `YYYY-MM-DD`. */
  accessed: string;
  siteName: string;
}

/**
 * A plain-text citation of a claim, ready to paste.
 *
 * @example citationText({ quote: 'Q.', speaker: null, reporter: 'NIS', outlet: null, … })
 * // '“Q.” NIS, date unknown. Reported in an unnamed outlet, …. (accessed 1 Feb 2025).'
 */
export function citationText(c: CitationInput): string {
  const who = [c.speaker, c.reporter ?? 'unattributed'].filter(Boolean).join(', ');
  const stated = c.statedOn ? `stated ${formatDate(c.statedOn)}` : 'date of statement unknown';
  const outlet = c.outlet ?? 'outlet unknown';
  const title = c.sourceTitle ? `, “${c.sourceTitle}”` : '';
  const published = c.publishedOn
    ? `published ${formatDate(c.publishedOn)}${c.publishedInferred ? ' (date inferred)' : ''}`
    : 'publication date unknown';
  const original = c.sourceUrl ? `, ${c.sourceUrl}` : '';
  return (
    `“${revealHidden(c.quote)}” ${who}, ${stated}. Reported in ${outlet}${title}, ${published}${original}. ` +
    `Claim ${c.id}, ${c.siteName}. ${c.permalink} (accessed ${formatDate(c.accessed)}).`
  );
}

function dateParts(iso: string): { 'date-parts': [[number, number, number]] } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[y, m, d]] };
}

/**
 * CSL-JSON (the Citation Style Language data format Zotero and pandoc read) for a claim: the claim
 * page as a web page, the source article as its original.
 *
 * @example cslJson(input)[0].URL // the permalink
 */
export function cslJson(c: CitationInput): Record<string, unknown>[] {
  const who = [c.speaker, c.reporter ?? 'unattributed'].filter(Boolean).join(', ');
  return [
    {
      id: c.id,
      type: 'webpage',
      title: `Claim by ${who}: “${revealHidden(c.quote)}”`,
      'container-title': c.siteName,
      author: [{ literal: c.siteName }],
      URL: c.permalink,
      accessed: dateParts(c.accessed),
      ...(c.statedOn ? { 'event-date': dateParts(c.statedOn) } : {}),
      ...(c.sourceTitle ? { 'original-title': c.sourceTitle } : {}),
      ...(c.outlet ? { 'original-publisher': c.outlet } : {}),
      // CSL's `circa` marks a date as approximate: an inferred publication date.
      ...(c.publishedOn
        ? { 'original-date': { ...dateParts(c.publishedOn), ...(c.publishedInferred ? { circa: true } : {}) } }
        : {}),
      note:
        `Quote: “${revealHidden(c.quote)}” Speaker: ${c.speaker ?? 'not named'}. Reporter: ${c.reporter ?? 'unattributed'}.` +
        (c.sourceUrl ? ` Original: ${c.sourceUrl}` : ''),
    },
  ];
}
