import type { About, Measure, MeasureGroup, Qualifier, Stance } from '../schemas/vocabulary.ts';

/**
 * One numeric estimate as the chart draws it: the claim's numbers plus every text the chart shows,
 * formatted at build time so the browser script needs no date or name lookups.
 */
export interface ChartClaim {
  /** Claim id; the mark links to its page. */
  id: string;
  measure: Measure;
  qualifier: Qualifier;
  /** Lower bound or the value; null when open below (`at-most`). */
  low: number | null;
  /** Upper bound or the value; null when open above (`at-least`). */
  high: number | null;
  /** Registry id, or null when the text attributes the figure to no one. */
  reporter: string | null;
  /** The source's outlet, or null when its sidecar names none. */
  outlet: string | null;
  /** `statedOn`, else the source's `publishedOn`, else null (undated). */
  date: string | null;
  /** Row label: the reporter's short name, or "Unattributed". */
  who: string;
  /** The figure in words: "more than 11,000". */
  value: string;
  /** The date for readers ("3 Dec 2024"), or "undated". */
  when: string;
  /** The sentence, verbatim. */
  quote: string;
  /** Reporter's full name, or null when unattributed. */
  reporterName: string | null;
  speaker: string | null;
  /** Where the date comes from: "stated 3 Dec 2024", "published 4 Dec 2024", "no date given". */
  dates: string;
  /** Source slug. */
  source: string;
  /** Source headline, else outlet, else slug. */
  sourceTitle: string;
  /** How many other sources repeat this report (utils/cluster.ts): drawn once, at its first appearance. */
  alsoIn: number;
}

/**
 * A dated statement without a figure, as the timeline marks it: a denial sits at its date beside the
 * figures it disputes.
 */
export interface ChartStatement {
  /** Claim id; the marker links to its page. */
  id: string;
  stance: Stance;
  about: About;
  /** The measure group whose timeline shows it: losses for casualties, else troops. */
  group: MeasureGroup;
  /** `statedOn`, else the source's `publishedOn` (undated statements are not marked). */
  date: string;
  /** What it says, in words: "Kremlin denies that North Korean troops are in Russia". */
  text: string;
  /** The date for readers. */
  when: string;
}

/** A reporter as the chart's rows show it. */
export interface ChartReporter {
  short: string;
  /** ISO country code, or INT. */
  country: string;
  /** Row-group heading: "Ukraine", "South Korea", "International". */
  countryName: string;
}

/** Everything the chart needs; embedded in the page as JSON for the browser script. */
export interface ChartData {
  /** Numeric estimates, in `claims.json` order. */
  claims: ChartClaim[];
  /** Reporters by registry id (only those with an estimate). */
  reporters: Record<string, ChartReporter>;
  /** Dated statements, oldest first. */
  statements: ChartStatement[];
}

/**
 * The global the chart's data script (`/js/chart-data.js`) sets: a classic script, not a fetch,
 * because fetch() of a local file fails from file:// (as the search index, src/search/types.ts).
 * @example self[DATA_GLOBAL] // the ChartData
 */
export const DATA_GLOBAL = 'NK_CHART_DATA';

/** Where the chart's data script is, from the site root. */
export const DATA_SCRIPT = 'js/chart-data.js';
