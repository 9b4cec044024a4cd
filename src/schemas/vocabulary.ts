/**
 * The fixed vocabularies of the claims dataset. One place, shared by the pipeline,
 * the Astro content collections and the pages, so a new measure cannot drift.
 */

/**
 * What an estimate counts.
 *
 * @example MEASURES.includes('front') // true
 */
export const MEASURES = [
  'deployed',
  'front',
  'combat',
  'training',
  'reserve',
  'casualties',
  'killed',
  'wounded',
  'captured',
  'officers',
  'generals',
  'laborers',
  'other',
] as const;
export type Measure = (typeof MEASURES)[number];

/** How hedged an estimate is: see the methodology page for the words behind each. */
export const QUALIFIERS = ['exact', 'approx', 'at-least', 'at-most', 'range', 'vague'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A claim either states a number (`estimate`) or confirms or denies without one (`statement`). */
export const CLAIM_KINDS = ['estimate', 'statement'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * The stance of a `statement` claim: the reporter confirms, denies, says it has not seen (cannot
 * confirm), or declines to say.
 */
export const STANCES = ['confirms', 'denies', 'not-seen', 'declines'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * What a statement confirms or denies about the North Korean troops: that they are in (or were sent
 * to) Russia, at the front, fighting, that they had casualties, that they were pulled back, the
 * alliance behind it, or something else about them.
 */
export const ABOUTS = ['presence', 'front', 'combat', 'casualties', 'withdrawal', 'alliance', 'other'] as const;
export type About = (typeof ABOUTS)[number];

/** Reporter kinds (content/reporters.yaml). */
export const REPORTER_KINDS = [
  'intelligence-agency',
  'ministry',
  'military-command',
  'head-of-state',
  'diplomat',
  'media',
  'anonymous-official',
  'government',
  'international-body',
  'research-group',
] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** How the pipeline found a claim's reporter; shown to readers so attribution can be checked. */
export const ATTRIBUTION_VIA = [
  'same-sentence',
  'quote',
  'citing',
  'earlier-sentence',
  'neighbouring-sentence',
  'description',
  'table-row',
  'list-heading',
  'speaker-label',
  'repeat',
  'correction',
] as const;
export type AttributionVia = (typeof ATTRIBUTION_VIA)[number];

/**
 * Measure groups: each is one chart, on one scale. Officers and generals are counted apart from
 * the troops (3 generals beside 12,000 soldiers would flatten both); civilian labourers and `other`
 * counts (the whole North Korean army, deminers) each have their own, so neither is ever read on a
 * scale of soldiers sent.
 */
export const MEASURE_GROUPS = {
  troops: ['deployed', 'front', 'combat', 'training', 'reserve'],
  losses: ['casualties', 'killed', 'wounded', 'captured'],
  command: ['officers', 'generals'],
  civilians: ['laborers'],
  other: ['other'],
} as const satisfies Record<string, readonly Measure[]>;
export type MeasureGroup = keyof typeof MEASURE_GROUPS;

/** The group a measure belongs to. @example groupOf('killed') // 'losses' */
export function groupOf(measure: Measure): MeasureGroup {
  for (const [group, measures] of Object.entries(MEASURE_GROUPS) as [MeasureGroup, readonly Measure[]][]) {
    if (measures.includes(measure)) return group;
  }
  throw new Error(`measure without a group: ${measure}`);
}
