/**
 * The index made searchable, once per page load: every claim, source and reporter as a record with
 * its fields folded into haystacks. A reporter's and a source's haystacks are built once and shared
 * by their claims.
 */
import { claimDate } from '../utils/dates.ts';
import { formatDate } from '../utils/format.ts';
import { WEIGHT, type Field } from './match.ts';
import { haystack } from './normalize.ts';
import type { IndexClaim, IndexReporter, IndexSource, SearchIndex } from './types.ts';

/** What a record is. @example 'claim' */
export type RecordType = 'claim' | 'source' | 'reporter';

/**
 * A searchable record: its type, its position in the index's table of that type, and its fields.
 *
 * @example { type: 'reporter', at: 0, fields: [{ hay: ' 38 north ', weight: 3 }, …], order: 0 }
 */
export interface SearchRecord {
  type: RecordType;
  /** Position in `index.c`, `index.s` or `index.r`. */
  at: number;
  fields: Field[];
  /** Among equal scores: reporters, then sources, then claims (newest first). */
  order: number;
}

const dateCache = new Map<string, string>();
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A date in the words a reader might search for: ISO, short and long month.
 *
 * @example dateWords('2024-12-03') // '2024-12-03 3 Dec 2024 3 December 2024'
 */
export function dateWords(iso: string | null | undefined): string {
  if (!iso) return '';
  // Formatting dates is slow next to everything else here, and claims share few dates: once each.
  let words = dateCache.get(iso);
  if (words === undefined) {
    words = `${iso} ${formatDate(iso)} ${longDate.format(new Date(`${iso}T00:00:00Z`))}`;
    dateCache.set(iso, words);
  }
  return words;
}

/**
 * A claim's date: when stated, else when its source was published.
 *
 * @example claimDateOf({ d: undefined, s: 0 }, index) // index.s[0].d
 */
export function claimDateOf(c: Pick<IndexClaim, 'd' | 's'>, index: SearchIndex): string | null {
  return claimDate(c.d ?? null, index.s[c.s]?.d ?? null).date;
}

const field = (text: string, weight: number): Field => ({ hay: haystack(text), weight });
const join = (...parts: (string | readonly string[] | undefined)[]) => parts.flat().filter(Boolean).join(' ');

function reporterFields(r: IndexReporter): { title: Field; record: Field[] } {
  const title = field(join(r.n, r.s, r.a), WEIGHT.title);
  return { title, record: [title, field(join(r.c, r.k, r.p), WEIGHT.detail)] };
}

function sourceFields(s: IndexSource): Field[] {
  return [field(join(s.t, s.o), WEIGHT.title), field(join(s.b, dateWords(s.d)), WEIGHT.detail)];
}

/**
 * Every claim, source and reporter of the index as a search record.
 *
 * @example searchRecords(index).filter((r) => r.type === 'claim').length === index.c.length // true
 */
export function searchRecords(index: SearchIndex): SearchRecord[] {
  const reporters = index.r.map(reporterFields);
  const outlets = index.s.map((s) => field(join(s.o), WEIGHT.text));
  const records: SearchRecord[] = [];
  const add = (type: RecordType, at: number, fields: Field[]) =>
    records.push({ type, at, fields, order: records.length });
  reporters.forEach((r, at) => add('reporter', at, r.record));
  index.s.forEach((s, at) => add('source', at, sourceFields(s)));
  index.c.forEach((c, at) => {
    const measure = c.m === undefined ? undefined : index.m[c.m];
    const details = field(join(c.v, measure, c.p, dateWords(claimDateOf(c, index))), WEIGHT.detail);
    const fields = [details, field(c.q, WEIGHT.text)];
    const reporter = c.r === undefined ? undefined : reporters[c.r];
    if (reporter) fields.push(reporter.title);
    const outlet = outlets[c.s];
    if (outlet && outlet.hay !== ' ') fields.push(outlet);
    add('claim', at, fields);
  });
  return records;
}
