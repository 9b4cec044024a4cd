/** One page of each type, for the browser tests, the accessibility checks and the screenshots. */
export const PAGE_TYPES = {
  home: '/',
  source: '/sources/koreadaily-2024-12-04-ukraine-confirms-2000-fighting/',
  claim: '/claims/c-2000-b1d9cde689/',
  'claim-reviewed': '/claims/c-11000-a1c3f3b333/',
  /** Budanov's denial that the troops retreated: a statement. */
  'claim-statement': '/claims/c-statement-9876ae43a8/',
  disputes: '/disputes/',
  claims: '/claims/',
  sources: '/sources/',
  reporters: '/reporters/',
  reporter: '/reporters/ua-hur/',
  data: '/data/',
  about: '/about/',
  /** Reading offline: the save control (its states are checked in offline.spec.ts). */
  offline: '/offline/',
  search: '/search/?q=kursk',
  'not-found': '/no-such-page/',
} as const;
