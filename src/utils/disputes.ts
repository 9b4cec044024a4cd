import type { Claim } from '../schemas/claim.ts';
import { ABOUTS, STANCES, type About, type Measure, type Stance } from '../schemas/vocabulary.ts';
import { byDate } from './dates.ts';
import { groupBy } from './group-by.ts';

/** What the disputes view needs of a claim: the claim and its date (statedOn, else publication). */
export interface DatedStatement {
  claim: Pick<Claim, 'id' | 'kind' | 'stance' | 'about' | 'reporter' | 'parties'>;
  date: string | null;
}

/** Who said what about one thing: the statements in time order, and who took each stance. */
export interface Dispute<T extends DatedStatement> {
  about: About;
  /** The statements, oldest first; those with no known date last. */
  statements: T[];
  /** For each stance, the statements that took it (in time order); stances nobody took are absent. */
  byStance: Partial<Record<Stance, T[]>>;
  /** Both a confirmation and a denial: the thing is disputed. */
  contested: boolean;
  /** The measures of the estimates it bears on (BEARS_ON). */
  measures: Measure[];
}

/**
 * The estimates a statement about each thing bears on: the figures that count that very thing (a
 * pull-back from the front bears on the figures at the front). The alliance and other statements
 * bear on no one count.
 *
 * @example BEARS_ON.casualties // ['casualties', 'killed', 'wounded', 'captured']
 */
export const BEARS_ON: Record<About, Measure[]> = {
  presence: ['deployed'],
  front: ['front'],
  combat: ['combat'],
  casualties: ['casualties', 'killed', 'wounded', 'captured'],
  withdrawal: ['front'],
  alliance: [],
  other: [],
};

/**
 * The statements grouped by what they are about, in the order of ABOUTS, each in time order.
 *
 * @example disputes(statements)[0] // { about: 'presence', statements: [...], byStance: { confirms: [...], denies: [...] }, contested: true, measures: [...] }
 */
export function disputes<T extends DatedStatement>(all: readonly T[]): Dispute<T>[] {
  const statements = all.filter((s) => s.claim.kind === 'statement' && s.claim.stance);
  const byAbout = groupBy(statements, (s) => s.claim.about ?? 'other');
  return ABOUTS.flatMap((about) => {
    const list = [...(byAbout.get(about) ?? [])].sort(
      (a, b) => byDate(a.date, b.date) || a.claim.id.localeCompare(b.claim.id),
    );
    if (!list.length) return [];
    const byStance: Partial<Record<Stance, T[]>> = {};
    for (const stance of STANCES) {
      const took = list.filter((s) => s.claim.stance === stance);
      if (took.length) byStance[stance] = took;
    }
    return [
      {
        about,
        statements: list,
        byStance,
        contested: Boolean(byStance.confirms && byStance.denies),
        measures: BEARS_ON[about],
      },
    ];
  });
}
