/**
 * Dates in news text: explicit full dates (for publication dates) and the day a statement was made
 * ("on Tuesday", "Jan. 13"), resolved against the publication date when there is one.
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

const MONTH_FIRST = new RegExp(String.raw`(?:${WEEKDAY},?\s+)?(${MONTH})\s+${DAY}(?:,?\s+(\d{4}))?\b`, 'g');
const DAY_FIRST = new RegExp(String.raw`(?:${WEEKDAY},?\s+)?${DAY}\s+(${MONTH})(?:,?\s+(\d{4}))?\b`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const WEEKDAY_ONLY = new RegExp(String.raw`\b(?:on\s+|last\s+)?(${WEEKDAY})\b`, 'g');

/** A date expression found in text. */
export interface DateMention {
  index: number;
  matched: string;
  /** ISO date when the expression is complete (has a year) or could be resolved; else null. */
  iso: string | null;
  /** The calendar parts the text gives. */
  parts: { year: number | null; month: number | null; day: number | null; weekday: number | null };
}

const monthIndex = (m: string) =>
  MONTHS.findIndex((name) => name.startsWith(m.toLowerCase().replace('.', '').slice(0, 3)));
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function valid(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Every date expression in `text`, in text order, overlapping ones merged to the longest. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  const add = (
    index: number,
    matched: string,
    year: number | null,
    month: number | null,
    day: number | null,
    weekday: number | null,
  ) => {
    if (year !== null && month !== null && day !== null && !valid(year, month, day)) return;
    if (month !== null && day !== null && day > 31) return;
    const complete = year !== null && month !== null && day !== null ? iso(year, month, day) : null;
    out.push({ index, matched, iso: complete, parts: { year, month, day, weekday } });
  };
  for (const m of text.matchAll(MONTH_FIRST)) {
    add(m.index, m[0], m[3] ? Number(m[3]) : null, monthIndex(m[1]!) + 1, Number(m[2]), weekdayIn(m[0]));
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    add(m.index, m[0], m[3] ? Number(m[3]) : null, monthIndex(m[2]!) + 1, Number(m[1]), weekdayIn(m[0]));
  }
  for (const m of text.matchAll(ISO)) add(m.index, m[0], Number(m[1]), Number(m[2]), Number(m[3]), null);
  for (const m of text.matchAll(WEEKDAY_ONLY))
    add(m.index, m[0], null, null, null, WEEKDAYS.indexOf(m[1]!.toLowerCase()));
  out.sort((a, b) => a.index - b.index || b.matched.length - a.matched.length);
  return out.filter((d, i) => !out.slice(0, i).some((e) => d.index < e.index + e.matched.length));
}

function weekdayIn(s: string): number | null {
  const w = WEEKDAYS.findIndex((d) => s.toLowerCase().includes(d));
  return w < 0 ? null : w;
}

/**
 * The first complete date (with a year) in a text, for date lines such as "Wednesday, December 4, 2024".
 *
 * @example findFullDate('Wednesday, December 4, 2024')?.iso // '2024-12-04'
 */
export function findFullDate(text: string): DateMention | null {
  return findDates(text).find((d) => d.iso !== null) ?? null;
}

/**
 * Resolve a date mention against a reference date (the publication date): "Jan. 13" is the last
 * January 13 on or before it, "Tuesday" the last Tuesday on or before it. Without a reference,
 * only complete dates resolve.
 *
 * @example resolveDate(findDates('on December 3')[0], '2024-12-04') // '2024-12-03'
 * @example resolveDate(findDates('on Tuesday')[0], '2024-10-31') // '2024-10-29'
 */
export function resolveDate(mention: DateMention, reference: string | null): string | null {
  if (mention.iso) return mention.iso;
  if (!reference) return null;
  const [ry, rm, rd] = reference.split('-').map(Number) as [number, number, number];
  const ref = Date.UTC(ry, rm - 1, rd);
  const { month, day, weekday } = mention.parts;
  if (month !== null && day !== null) {
    const year = Date.UTC(ry, month - 1, day) > ref ? ry - 1 : ry;
    return valid(year, month, day) ? iso(year, month, day) : null;
  }
  if (weekday !== null) {
    const back = (new Date(ref).getUTCDay() - weekday + 7) % 7;
    const d = new Date(ref - back * 86_400_000);
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}
