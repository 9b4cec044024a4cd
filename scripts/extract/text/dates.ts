/**
 * Dates in news text, read by chrono-node: full dates (for date lines) and the day a statement
 * was made ("on Tuesday", "Jan. 13", "yesterday", "a week later"), resolved against a reference
 * day (the publication date, or a live-blog entry's day) and, for "the same day" or "ten days
 * earlier", the day the text spoke of last. This project's own rules on top of
 * chrono's: a date is a day or nothing (a month, a week or a season gives no day); news speaks of
 * the past, so a weekday or a month-day after the reference is the one before it; and "a week
 * later" counts from the date the text named before it, not from the reference.
 */
import * as chrono from 'chrono-node';
import { PERIOD_START, STATEMENT_EVENTS } from './lexicon.ts';

/** English month names, in calendar order: the one list the extractor reads months with. */
export const MONTH_NAMES = [
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
] as const;

/** A month's name or its abbreviation in a regular expression ("Jan", "Sept.", "January"), case aside. */
export const MONTH_PATTERN = `(?:${[...MONTH_NAMES.map((m) => m.slice(0, 3)), 'sept'].join('|')})[a-z]*\\.?`;

/** Month names and their abbreviations, lower-case ("sept", "dec"): a number beside one is a date. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...MONTH_NAMES.map((m) => m.slice(0, 3)),
  'sept',
]);

/** A date expression found in a text. */
export interface DateMention {
  /** Offset of the expression in the text, and just past it. */
  index: number;
  end: number;
  /** The words, verbatim. */
  text: string;
  /** The day, `YYYY-MM-DD`, or null when the words name no day or it cannot be resolved. */
  iso: string | null;
  /** Whether the words name a day (not only a month, a year, a week or a season). */
  day: boolean;
  /** A month with its year ("in December 2024" → '2024-12'), when the words name no day. */
  month: string | null;
  /** For "a week later", "ten days earlier": the days from the date it counts from (known or not). */
  shift: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);
const DAY_MS = 86_400_000;
/** The calendar day chrono read (known or implied parts), whatever time and zone it gave. */
const dayOf = (c: chrono.ParsedComponents) => `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
const daysBetween = (a: string, b: string) => Math.round((noon(b).getTime() - noon(a).getTime()) / DAY_MS);

/**
 * The day `n` days after (before, when negative) an ISO day.
 *
 * @example shiftDays('2025-01-01', -1) // '2024-12-31'
 */
export function shiftDays(iso: string, n: number): string {
  return isoOf(new Date(noon(iso).getTime() + n * DAY_MS));
}

// chrono is only asked about text that could hold a date: most sentences hold none.
const DATEISH =
  /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bmay\s+\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yesterday|today|tonight|this (?:morning|afternoon|evening)|ago|later|earlier|next day|following day|previous day|day before|day after|last (?:week|month|year)|this (?:week|month|year))\b|\d{4}-\d{2}-\d{2}/i;
// "told the same news conference", "at that same briefing": the occasion the text last dated.
const SAME_OCCASION = `(?:the|that) same (?:news |press )?(?:${[...STATEMENT_EVENTS].join('|')})`;
const SAME_DAY = new RegExp(
  String.raw`\b(?:the same day|that same day|that day|later that day|earlier that day|the same (?:morning|afternoon|evening)|(?:later |earlier )?that (?:morning|afternoon|evening|night)|hours later|that same (?:mon|tues|wednes|thurs|fri|satur|sun)day|${SAME_OCCASION})\b`,
  'gi',
);
const ORDINAL_THE = new RegExp(String.raw`\b(${MONTH_PATTERN})\s+the\s+(?=\d{1,2}(?:st|nd|rd|th)\b)`, 'gi');
const SEASON =
  /\b(?:(?:in|during|over|by|since|through) (?:the )?|(?:last|this|next|early|late|mid-?) ?)(?:spring|summer|autumn|fall|winter)\b/gi;
const DURATION = /\b(?:days?|weeks?|months?|years?|hours?)\b/i;
const ANCHORED = /\b(?:later|earlier|after|before|next|following|previous)\b/i;
const TODAY = /^(?:today|tonight|this (?:morning|afternoon|evening))$/i;

/**
 * Every date expression in `text`, resolved against `reference` (ISO day or null). With no
 * reference, `yearReference` still gives month-days their year ("Jan. 13" in an undated article
 * whose text is about 2025); only full dates resolve when both are null.
 *
 * @example findDates('said on Tuesday that 300 were killed on Dec. 1', '2025-01-15').map((d) => d.iso)
 * // ['2025-01-14', '2024-12-01']
 */
export function findDates(
  text: string,
  reference: string | null,
  yearReference = reference,
  anchors: readonly (string | null)[] = [],
): DateMention[] {
  const out: DateMention[] = [];
  const anchor = anchors.at(-1) ?? null;
  // "the same day", "later that day": the day the text spoke of just before; "that same Monday": the last such Monday.
  const sameDays: DateMention[] = [];
  for (const m of text.matchAll(SAME_DAY)) {
    const weekday = WEEKDAY_NAMES.findIndex((w) => m[0].toLowerCase().endsWith(w));
    const iso = weekday < 0 ? anchor : (anchors.findLast((a) => a !== null && noon(a).getUTCDay() === weekday) ?? null);
    const d: DateMention = {
      index: m.index,
      end: m.index + m[0].length,
      text: m[0],
      iso,
      day: true,
      month: null,
      shift: 0,
    };
    if (weekday < 0) sameDays.push(d);
    out.push(d);
  }
  // "in the spring", "last autumn": a season, so a date without a day.
  for (const m of text.matchAll(SEASON)) {
    out.push({
      index: m.index,
      end: m.index + m[0].length,
      text: m[0],
      iso: null,
      day: false,
      month: null,
      shift: null,
    });
  }
  if (!DATEISH.test(text)) return out;
  const base = reference ?? yearReference;
  const instant = base ? noon(base) : new Date(Date.UTC(2000, 0, 1, 12));
  // ("on October the 12th": chrono reads the day once "the" is blanked out, offsets kept.)
  const readable = text.replace(ORDINAL_THE, (m, month: string) => month + ' '.repeat(m.length - month.length));
  for (const parsed of chrono.en.casual.parse(readable, { instant, timezone: 0 }, { forwardDate: false })) {
    const r = { ...parsed, text: text.slice(parsed.index, parsed.index + parsed.text.length) };
    if (out.some((d) => r.index < d.end && r.index + r.text.length > d.index)) continue;
    // "the agency now reckons": now is a state of things, not the day anyone spoke.
    if (/^(?:right )?now$/i.test(r.text.trim())) continue;
    // "Park Sun-won", "Sat Nav": a weekday's short form standing alone is a word, not a day.
    if (/^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)$/i.test(r.text.trim())) continue;
    const s = r.start;
    const after = text.slice(r.index + r.text.length);
    // "May 10,000 troops": the day is the start of a larger number.
    if (/^[,.]?\d/.test(after)) continue;
    // "for about two weeks", "in two days": a duration, not a date ("last week" is one).
    if (DURATION.test(r.text) && !/\b(?:ago|later|earlier|before|after|last|this|next|same)\b/i.test(r.text)) continue;
    const weekday = s.isCertain('weekday') && !s.isCertain('day');
    // "last week", "this month", "earlier this year": a span, no day ("a week later" counts days).
    const span =
      /\b(?:last|this|next|past|earlier this|later this)\s+(?:week|month|year)\b/i.test(r.text) ||
      /\b(?:end|start|beginning|middle|turn) of\b/i.test(
        text.slice(Math.max(0, r.index - 16), r.index + r.text.length),
      );
    const monthDay = s.isCertain('day') && s.isCertain('month') && !span;
    // "a few days later", "several weeks earlier": a vague span from a date, so no day.
    const vague = /\b(?:few|several|couple of|some|many)\s+(?:days|weeks|months)\b/i.test(r.text);
    const today = TODAY.test(r.text.trim());
    if (span || vague || (!monthDay && !weekday && !today)) {
      // A month, a year, a week ("this week") or a time of day: no day.
      const month =
        s.isCertain('month') && s.isCertain('year') && !vague ? `${s.get('year')}-${pad(s.get('month')!)}` : null;
      if (vague || s.isCertain('month') || s.isCertain('year') || /week|month|year/i.test(r.text))
        out.push({
          index: r.index,
          end: r.index + r.text.length,
          text: r.text,
          iso: null,
          day: false,
          month,
          shift: null,
        });
      continue;
    }
    let iso: string | null = dayOf(s);
    let shift: number | null = null;
    const relative = !s.isCertain('month') || /\bago\b|yesterday/i.test(r.text) || today;
    const anchored = ANCHORED.test(r.text) && !/\blast\b/i.test(r.text);
    if (anchored) {
      // "a week later": from the date named before it in the text, else from `anchor`, else unknown.
      const before = out.findLast((d) => d.iso !== null && d.index < r.index)?.iso ?? anchor;
      shift = daysBetween(isoOf(instant), dayOf(s));
      iso = before ? shiftDays(before, shift) : null;
    } else if (weekday && out.some((d) => d.shift !== null && d.iso && d.index < r.index)) {
      // "Four days before that, on a podcast released on the Sunday": the weekday nearest the day
      // the shift gave, not the one before the reference.
      const near = out.findLast((d) => d.shift !== null && d.iso && d.index < r.index)!.iso!;
      const back = (noon(near).getUTCDay() - s.get('weekday')! + 7) % 7;
      // ("the same day …, up from the 8,000 Blinken cited last Thursday": "last" looks back from it.)
      if (/\blast\b/i.test(r.text)) iso = shiftDays(near, -(back || 7));
      else iso = shiftDays(near, back <= 3 ? -back : 7 - back);
    } else if (relative || weekday) {
      // "on Tuesday", "yesterday": only against a known day, and never after it.
      if (!reference) iso = null;
      else if (iso > reference) iso = shiftDays(iso, -7 * Math.ceil(daysBetween(reference, iso) / 7));
    } else if (s.isCertain('year')) {
      // A full date stands whatever the reference.
    } else if (!base) {
      iso = null;
    } else {
      // A month-day after the publication date is last year's; against a year only inferred from the
      // text, the latest not two months past it; "Nov. 4 last year" is the year before the reference's.
      const [month, day] = [s.get('month')!, s.get('day')!];
      const at = (y: number) => isoOf(new Date(Date.UTC(y, month - 1, day, 12)));
      const y0 = Number(base.slice(0, 4));
      if (/^,?\s+(?:of\s+)?last year/i.test(after)) iso = at(y0 - 1);
      else if (reference) iso = at(at(y0) > reference ? y0 - 1 : y0);
      // The latest that is not long after the latest day the text names.
      else iso = [y0 + 1, y0, y0 - 1].map(at).find((d) => daysBetween(base, d) <= 60) ?? at(y0 - 1);
    }
    out.push({ index: r.index, end: r.index + r.text.length, text: r.text, iso, day: true, month: null, shift });
  }
  // ("Budanov, Feb. 4: in an interview published that day": the day named before it in the sentence,
  // the first: "On Dec. 16 HUR said 30 fell on Dec. 14 and 15, while Kirby said the same day" is the 16th.)
  for (const d of sameDays) {
    const before = out.find((x) => x.day && x.iso && x.end <= d.index && !sameDays.includes(x));
    if (before) d.iso = before.iso;
  }
  return out.sort((a, b) => a.index - b.index);
}

const YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * The first full date (day, month and year) in a text, for date lines such as "Wednesday, December
 * 4, 2024"; impossible dates ("February 30") are none.
 *
 * @example findFullDate('Wednesday, December 4, 2024')?.iso // '2024-12-04'
 */
export function findFullDate(text: string): { iso: string; matched: string; index: number } | null {
  if (!YEAR.test(text)) return null;
  for (const r of chrono.en.casual.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })) {
    const s = r.start;
    // (chrono counts "tonight" or "today" as certain of all three: a full date writes its year.)
    if (s.isCertain('day') && s.isCertain('month') && s.isCertain('year') && YEAR.test(r.text)) {
      const iso = dayOf(s);
      if (isoOf(noon(iso)) === iso) return { iso, matched: r.text, index: r.index };
    }
  }
  return null;
}

/** A wire dateline that opens a paragraph: "WASHINGTON, Oct. 30, 2024 (Calder Point Wire) - The Pentagon said …". */
const LEADING_DATELINE = /^\s*\p{Lu}[\p{Lu} .'’/-]{1,30},\s+([^()—–]{6,40}?)\s*(?:\([^)]{1,40}\))?\s*[-—–]\s/u;

/**
 * The publication date a wire dateline with its year gives at the head of one of `lines`, or null.
 *
 * @example leadingDateline(['WASHINGTON, Oct. 30, 2024 (Wire) - The Pentagon said …']) // '2024-10-30'
 */
export function leadingDateline(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = LEADING_DATELINE.exec(line);
    const date = m ? findFullDate(m[1]!) : null;
    // (Only a date, perhaps with its weekday: not "SEOUL, the capital, said on Oct. 30, 2024 -".)
    const rest = date ? m![1]!.replace(date.matched, '') : '';
    if (date && /^[\s,]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,]*$/i.test(rest)) return date.iso;
  }
  return null;
}

/**
 * Where the text after a wire dateline that opens `text` starts ("SEOUL, Sept. 2 (Wire) - About
 * 2,000 …" → the offset of "About"), or 0 when the text opens with none.
 *
 * @example datelineEnd('PARIS, 12 March 2025 — The newest account came on Tuesday.') // 23
 */
export function datelineEnd(text: string): number {
  const m = LEADING_DATELINE.exec(text);
  return m && (findFullDate(m[1]!) || DATELINE.test(m[0])) ? m[0].length : 0;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DATELINE = new RegExp(
  `^\\s*(?:[A-Z][A-Za-z.'’ /-]{1,30},\\s+)?(${MONTH_PATTERN}\\s+\\d{1,2})\\b(?!,?\\s+\\d{4})`,
  'i',
);

/**
 * The publication date of a wire story whose dateline gives no year ("SEOUL, Jan. 13 (Wire) —"),
 * or null. The year is the one, among `years`, in which the dateline's day falls on the weekday
 * the first sentences name ("said on Monday") — or else the day after it (a story filed the next
 * morning); null when no year, or more than one, fits.
 *
 * @example datelineWithoutYear(['SEOUL, Jan. 13 (HNS) — … a lawmaker said on Monday, …'], [2024, 2025, 2026]) // '2025-01-13'
 */
export function datelineWithoutYear(lines: readonly string[], years: readonly number[]): string | null {
  const line = lines.find((l) => DATELINE.test(l));
  const dateline = line ? DATELINE.exec(line) : null;
  if (!dateline || !line) return null;
  const parsed = chrono.en.casual.parse(dateline[1]!, { instant: new Date(Date.UTC(2000, 5, 1, 12)), timezone: 0 })[0];
  if (!parsed || !parsed.start.isCertain('day')) return null;
  const [month, day] = [parsed.start.get('month')!, parsed.start.get('day')!];
  const text = [line, ...lines.slice(lines.indexOf(line) + 1, lines.indexOf(line) + 3)].join(' ').toLowerCase();
  const named = WEEKDAY_NAMES.map((w, n) => ({ n, at: text.search(new RegExp(`\\b${w}\\b`)) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (!named) return null;
  const weekday = (y: number) => new Date(Date.UTC(y, month - 1, day, 12)).getUTCDay();
  // (A day before the period's start is no story's: "Sept. 3" with "on Tuesday" is not 2024's.)
  const iso = (y: number) => `${y}-${pad(month)}-${pad(day)}`;
  const inPeriod = years.filter((y) => iso(y) >= PERIOD_START);
  const same = inPeriod.filter((y) => weekday(y) === named.n);
  const next = inPeriod.filter((y) => weekday(y) === (named.n + 1) % 7);
  const fits = same.length ? same : next;
  return fits.length === 1 ? iso(fits[0]!) : null;
}
