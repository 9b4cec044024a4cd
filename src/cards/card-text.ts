/**
 * What a social card says, in words, before any layout: the claim's figure, what it counts, who
 * reported it and when, in the site's own labels; and the sentence that describes the card to
 * someone who cannot see it (`og:image:alt`).
 */
import type { Claim } from '../schemas/claim.ts';
import type { ClaimDate } from '../utils/dates.ts';
import { formatDate, MEASURE_LABELS } from '../utils/format.ts';
import { statementPredicate, statementSentence, vagueReading, valueInWords } from '../utils/labels.ts';
import { PUBLISHER, SITE_NAME } from '../utils/site.ts';

/** A card's text: a band naming the site, a headline, the line under it, labelled facts. */
export interface CardText {
  band: string;
  headline: string;
  /** The headline is a claim's: marked as claim pages mark the claim's sentence. */
  marked: boolean;
  subhead: string;
  facts: readonly { label: string; value: string }[];
  /** The card described in a sentence, for `og:image:alt`. */
  alt: string;
}

/** @example capitalise('up to 12,000') // 'Up to 12,000' */
const capitalise = (text: string) => text.replace(/^\p{Ll}/u, (ch) => ch.toUpperCase());

/**
 * A claim's date as the card shows it, saying which date it is, as the comparison panel does.
 *
 * @example dateText({ date: '2024-12-04', from: 'publication' }) // '4 Dec 2024 (source’s publication date)'
 */
function dateText(d: ClaimDate): string {
  if (!d.date) return 'unknown';
  return `${formatDate(d.date)} (${d.from === 'statement' ? 'statement date' : 'source’s publication date'})`;
}

/** The same in a sentence: "stated on 3 Dec 2024". */
function datePhrase(d: ClaimDate): string {
  if (!d.date) return 'date unknown';
  return `${d.from === 'statement' ? 'stated on' : 'in a source published on'} ${formatDate(d.date)}`;
}

/**
 * A claim's card. `reporter` is the reporter's display name (several parties' names, "jointly"),
 * or null when the text names no one.
 *
 * @example claimCardText(upTo12000, 'Ukraine’s HUR', { date: '2024-12-03', from: 'statement' }).alt
 * // 'Up to 12,000 troops sent to Russia, reported by Ukraine’s HUR, stated on 3 Dec 2024.'
 */
export function claimCardText(c: Claim, reporter: string | null, date: ClaimDate): CardText {
  const by = reporter ?? 'unattributed: the text names no one';
  const facts = [
    { label: 'Reported by', value: by },
    { label: 'Date', value: dateText(date) },
  ];
  if (c.kind === 'statement') {
    const says = statementPredicate(c.stance, c.about);
    return {
      band: SITE_NAME,
      headline: capitalise(says),
      marked: true,
      subhead: 'A statement without a figure',
      facts,
      alt: `A statement without a figure: ${statementSentence(reporter ?? 'someone the source does not name', c.stance, c.about)}, ${datePhrase(date)}.`,
    };
  }
  const figure = valueInWords(c);
  const counts = c.measure ? MEASURE_LABELS[c.measure] : 'people (what is counted is not stated)';
  // A vague quantity's own words are the headline; the range it is read as goes under it.
  const vague = c.qualifier === 'vague' && c.numberText;
  return {
    band: SITE_NAME,
    headline: vague ? `“${c.numberText}”` : figure,
    marked: true,
    subhead: vague ? `${counts}, ${vagueReading(c)}` : counts,
    facts,
    alt: `${capitalise(figure)} ${counts}, ${reporter ? `reported by ${reporter}` : 'attributed to no one in its source'}, ${datePhrase(date)}.`,
  };
}

/**
 * The site's card, for every page that is not a claim's.
 *
 * @example siteCardText({ claims: 52, sources: 5 }).facts[0] // { label: 'Checked', value: '52 claims from 5 news sources' }
 */
export function siteCardText(counts: { claims: number; sources: number }): CardText {
  const checked = `${counts.claims} claim${counts.claims === 1 ? '' : 's'} from ${counts.sources} news source${counts.sources === 1 ? '' : 's'}`;
  return {
    band: PUBLISHER,
    headline: SITE_NAME,
    marked: false,
    subhead: 'Published estimates of North Korean soldiers sent to Russia: each figure, who reported it and when',
    facts: [{ label: 'Checked', value: checked }],
    alt: `${SITE_NAME}: ${checked}, each figure with who reported it and when.`,
  };
}
