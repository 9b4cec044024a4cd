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

/** Reporter kinds in words. */
export const KIND_LABELS: Record<ReporterKind, string> = {
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
