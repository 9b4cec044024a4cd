import { findFullDate } from '../extract/text/dates.ts';
import { FURNITURE, NAVIGATION } from '../extract/text/lexicon.ts';

/** What the cleaner decided for one line of the raw text. */
export interface LineVerdict {
  /** 1-based line number. */
  line: number;
  /** Offsets of the line in the raw text, end-of-line characters excluded. */
  start: number;
  end: number;
  text: string;
  role: 'title' | 'paragraph' | 'caption' | 'blank' | 'dropped';
  /** Why a line was dropped. */
  reason?: string;
}

export interface CleanResult {
  lines: LineVerdict[];
  /** Byline text with e-mail addresses removed, when a byline line was found. */
  byline: string | null;
  /** An explicit publication date from a date line near the top, ISO. */
  datelineDate: string | null;
}

/** The longest line that may be a date line or a masthead line (16 words of 10 characters). */
const DATE_LINE_CHARS = 160;

/** How many lines below the first line of text a date line is still taken for the publication date. */
const DATE_LINE_REACH = 6;

/** What a date line may hold besides its date: "Published", "Updated", a short weekday, a time and its zone. */
const DATE_LINE_REST =
  /^(?:[\s,|·•–—()-]|(?:first |last )?(?:published|updated|posted)(?: on| at)?:?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|at|\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?|[ap]\.?m\.?|\d+ min(?:ute)?s? read|(?:\p{L}+ )?time|gmt|utc|bst|cet|cest|eet|eest|msk|kst|jst|est|edt|cst|cdt|pst|pdt|et|pt|ct|mt|[+-]\d{2}:?\d{2})*$/iu;

/**
 * Whether a line is only a date: "Wednesday, December 4, 2024", "Mon 16 Dec 2024 09.12 GMT",
 * "Updated: Dec. 4, 2024 at 10:30 a.m. EST", "KYIV, Friday 10 January 2025".
 */
function isDateLine(text: string, date: string): boolean {
  const at = text.indexOf(date);
  // "SEOUL, 7 November 2025": a dateline's place in capitals may lead.
  const before = text.slice(0, at).replace(/^\s*\p{Lu}[\p{Lu} .'’-]{1,30},\s*/u, '');
  // "Published November 13, 2024 at 9:14 | Updated November 13, 2024 at 11:02": a second date may follow.
  let after = text.slice(at + date.length);
  const second = findFullDate(after);
  if (second) after = after.replace(second.matched, ' ');
  return at >= 0 && DATE_LINE_REST.test(before + ' ' + after);
}

/** A short line of parts between "·", "|" or "—", one of them the date, none a sentence. */
function mastheadLine(text: string, date: string): boolean {
  const parts = text.split(/\s[·|•—–]\s/);
  const rest = parts.filter((p) => !p.includes(date)).join(' ');
  // (A table row, "NIS | about 11,000 | 2025-01-13", is no masthead: it holds a figure. A count of
  // the page's own readers is furniture: "Issue 88 | Friday, May 2, 2025 | 41,000 subscribers".)
  const figure = /(?:\b\d{1,3},\d{3}|\b\d{5,})\b(?!\s+(?:subscribers|readers|followers|members|views|shares)\b)/.test(
    rest,
  );
  return (
    parts.length >= 2 &&
    !figure &&
    parts.some((p) => p.includes(date)) &&
    text.split(/\s+/).length <= 16 &&
    // (A sentence's end, not an abbreviation's: "… | Pentagon Briefing Room, Arlington, Va.")
    !/(?<!,\s\p{Lu}[\p{L}.]{0,5})[.!?]["”]?$/u.test(text)
  );
}

/** A line of three or more cells between "|" beside a line of as many cells: a text table's row. */
function tableRow(lines: readonly LineVerdict[], i: number): boolean {
  const cells = (t: string | undefined) => (t === undefined ? 0 : t.split('|').length);
  const own = cells(lines[i]!.text);
  const neighbours = [previousContent(lines, i)?.text, lines.slice(i + 1).find((l) => l.text.trim())?.text];
  return own >= 3 && neighbours.some((t) => cells(t) === own);
}

/** A few words of label, then the date that ends the line; no figure, no sentence. */
function labelledDateLine(text: string, date: string): boolean {
  const at = text.lastIndexOf(date);
  const label = text.slice(0, at).trim();
  const words = label.split(/\s+/).length;
  return (
    at > 0 &&
    DATE_LINE_REST.test(text.slice(at + date.length)) &&
    words <= 8 &&
    /(?:[,:—–]|\b(?:broadcast|aired|recorded|held|released|delivered|dated|on))$/i.test(label) &&
    !/\d/.test(label) &&
    !/[.!?]["”]?$/.test(text)
  );
}

/**
 * A row of a site's navigation, share or account links: "Sign in | Search", "Share | Facebook | X |
 * Email | 87 comments", "Try 3 months for $3 | Log in | Register". Short parts, two or more of them
 * navigation items, none a sentence and none a figure (a table row, "NIS | about 11,000", is kept).
 */
function navigationRow(text: string): boolean {
  const parts = text.split(/\s[|·•]\s/).map((p) => p.trim().toLowerCase());
  const items = parts.filter((p) => NAVIGATION.has(p) || /^\d+ comments?$/.test(p)).length;
  return (
    parts.length >= 2 &&
    items >= 2 &&
    parts.every((p) => p.split(/\s+/).length <= 6 && !/[.!?]$/.test(p) && !/\d{1,3},\d{3}|\b\d{5,}\b/.test(p))
  );
}

const EMBED_ATTRIBUTION = /^[—–-]\s*.{1,80}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$/u;
// "By Kim Min-young", "BY YOUNGHYE HAN, YOUNGNAM KIM [e-mail]": capitalised names only, so a
// sentence such as "By the end of the year, …" is never taken for a byline.
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;
// ("By Ana Lind, Europe correspondent", "By Kim Ho, staff reporter": a role may follow the names.)
const BYLINE_ROLE = String.raw`,\s+[\p{L} ]{0,30}\b(?:correspondent|reporter|editor|writer|contributor|columnist|staff)s?`;
const BYLINE = new RegExp(
  String.raw`^(?:BY|By|by|Author:|Authors:|Written by)\s+${NAME}(?:(?:,|\s+and)\s+${NAME})*(?:${BYLINE_ROLE})?(?:\s*\[.*\])?$`,
  'u',
);
const CAPTION_CREDIT =
  /\[(?:[A-Z][A-Z .,/&-]{1,40}|SCREEN CAPTURE)\]\s*$|\((?:AP|AFP|Reuters|Getty|EPA|Yonhap)[^)]{0,40}\)\s*$|^(photo|image|file photo):\s/u;
const SENTENCE_END = /[.!?"”’)\]]$/u;

/**
 * Sort each line of a raw news copy into title, paragraph, caption, blank or dropped (with the
 * reason), without changing the text. Rules are structural and page-furniture lists, never
 * particular to one document: see the methodology page.
 *
 * @example cleanLines('Headline here for the day\n- Advertisement -\nBody.').lines.map((l) => l.role)
 * // ['title', 'dropped', 'paragraph']
 */
export function cleanLines(raw: string): CleanResult {
  const lines = splitLines(raw);
  const seen = new Map<string, number>();
  let byline: string | null = null;
  let datelineDate: string | null = null;
  let titleFound = false;
  let bodyStarted = false;

  let firstContentLine: number | null = null;
  let kept = 0;
  let prose = 0;
  lines.forEach((l, i) => {
    const text = l.text.trim();
    if (!text) return void (l.role = 'blank');
    firstContentLine ??= l.line;
    const drop = (reason: string) => {
      l.role = 'dropped';
      l.reason = reason;
    };
    const furniture = FURNITURE.find(([re]) => re.test(text));
    if (furniture) return drop(furniture[1]);
    if (navigationRow(text)) return drop('navigation row');
    if (EMBED_ATTRIBUTION.test(text)) {
      drop('embedded social post (attribution line)');
      const prev = previousContent(lines, i);
      // The post's own text is the line before, if it is short enough to be a post (280 characters and a little).
      if (prev && prev.role !== 'dropped' && prev.role !== 'title' && prev.text.trim().length <= 300) {
        prev.role = 'dropped';
        prev.reason = 'embedded social post (post text)';
      }
      return;
    }
    if (BYLINE.test(text) && text.length < 160) {
      byline ??= cleanByline(text);
      return drop('byline (shown as metadata)');
    }
    // A date line or a masthead is short; a paragraph that holds a date is neither.
    const date = text.length <= DATE_LINE_CHARS ? findFullDate(text) : null;
    // Near the top, a masthead line with its date: "THE LETTER · Issue No. 37 · Friday, September 5, 2025".
    // (Near: a few lines from the top, or below no more than a headline, its repeat and a standfirst
    // however much navigation the page pasted above them.)
    const near = l.line <= firstContentLine + DATE_LINE_REACH || kept <= 3;
    const masthead = date !== null && near && mastheadLine(text, date.matched) && !tableRow(lines, i);
    // Below the headline, a short label ending in its date: "Department of Defense briefing, Nov. 4,
    // 2024", "Radio Dnipro, morning programme, broadcast January 9, 2025".
    const labelled = date !== null && near && l.line > firstContentLine && labelledDateLine(text, date.matched);
    if (date && (isDateLine(text, date.matched) || masthead || labelled)) {
      // A date line near the top is the publication date, even below a standfirst or a byline
      // the cleaner did not recognise, or below rows of links however many, as long as no
      // sentence of prose stands above it; one further down is not.
      if (!bodyStarted || near || prose === 0) datelineDate ??= date.iso;
      return drop('date line (shown as metadata)');
    }
    const prev = previousContent(lines, i);
    if (
      prev?.role === 'dropped' &&
      /^\p{Ll}/u.test(text) &&
      !SENTENCE_END.test(text) &&
      !prev.reason?.startsWith('repeat')
    ) {
      return drop(`continuation of dropped line ${prev.line}`);
    }
    const key = text.replace(/\s+/g, ' ').toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) return drop(`repeat of line ${first}`);
    seen.set(key, l.line);
    const words = text.split(/\s+/).length;
    if (!titleFound && !bodyStarted && words >= 4 && words <= 40 && !/[.]$/.test(text) && text.length < 250) {
      titleFound = true;
      l.role = 'title';
      kept++;
      return;
    }
    if (words <= 3 && !SENTENCE_END.test(text) && /^[\p{L}\p{N}\s'’-]+$/u.test(text)) {
      return drop('short fragment (page furniture)');
    }
    bodyStarted = true;
    kept++;
    if (words >= 6 && SENTENCE_END.test(text)) prose++;
    l.role = CAPTION_CREDIT.test(text) ? 'caption' : 'paragraph';
  });
  return { lines, byline, datelineDate };
}

/** Each line as the extractor reads it: where it starts, its text, and whether it was dropped. */
export function lineRefs(clean: CleanResult | undefined): { start: number; text: string; dropped: boolean }[] {
  return (clean?.lines ?? []).map((l) => ({ start: l.start, text: l.text, dropped: l.role === 'dropped' }));
}

/** The 1-based line of the raw text that `offset` falls on (CRLF, CR and LF each end a line). */
export function lineOfOffset(raw: string, offset: number): number {
  return raw.slice(0, offset).split(/\r\n|\r|\n/).length;
}

/** Split into lines with offsets; CRLF, CR and LF all end a line. */
export function splitLines(raw: string): LineVerdict[] {
  const out: LineVerdict[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let n = 1;
  for (const m of raw.matchAll(re)) {
    out.push({ line: n++, start, end: m.index, text: raw.slice(start, m.index), role: 'blank' });
    start = m.index + m[0].length;
  }
  out.push({ line: n, start, end: raw.length, text: raw.slice(start), role: 'blank' });
  return out;
}

function previousContent(lines: readonly LineVerdict[], i: number): LineVerdict | undefined {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.text.trim()) return lines[k];
  return undefined;
}

/** "BY KIM MIN-YOUNG [[email protected]]" → "Kim Min-Young". */
function cleanByline(text: string): string {
  const names = text
    .replace(/\[.*\]\s*$/, '')
    .replace(/^by\s+/i, '')
    .trim();
  const shouting = names === names.toUpperCase();
  return shouting
    ? names.toLowerCase().replace(/(^|[\s,-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    : names;
}
