import type { ReporterKind } from '../schemas/vocabulary.ts';

const regions = new Intl.DisplayNames('en', { type: 'region' });

/**
 * A registry country code in words; `INT` is an international body.
 *
 * @example countryName('KR') // 'South Korea'
 * @example countryName('INT') // 'international'
 */
export function countryName(code: string): string {
  if (code === 'INT') return 'international';
  return regions.of(code) ?? code;
}

/** Reporter kinds in words, where the vocabulary's own word needs help. */
const KIND_LABELS: Partial<Record<ReporterKind, string>> = {
  'intelligence-agency': 'intelligence agency',
  ministry: 'ministry',
  'military-command': 'military command',
  'head-of-state': 'head of state or government',
  diplomat: 'diplomatic service',
  media: 'news outlet',
  'anonymous-official': 'unnamed officials',
  government: 'government (unspecified)',
  'international-body': 'international body',
};

/**
 * A reporter kind in words; a kind added to the vocabulary later reads as its own words.
 *
 * @example kindLabel('head-of-state') // 'head of state or government'
 */
export function kindLabel(kind: ReporterKind): string {
  return KIND_LABELS[kind] ?? kind.replace(/-/g, ' ');
}
