/**
 * Plain-text tables as a desk pastes them: runs of three or more lines with as many cells each,
 * separated by "|" (or tabs), the first line a header when it holds no figure. Each row knows which cell names the
 * reporter, which gives the date, which says what is counted, and which hold the figures.
 */
import { MONTH_PATTERN } from './dates.ts';

/** One cell of a row; offsets in the row's line. */
export interface Cell {
  start: number;
  end: number;
  text: string;
}

export interface TableRow {
  cells: Cell[];
  /** The header's cells, lower-case, when the table has a header row. */
  header: string[] | null;
  reporterCell: number;
  dateCell: number | null;
  /** The cell that says what a figure counts ("killed and wounded so far"). */
  whatCell: number | null;
  /** Cells that hold the row's figures. */
  figureCells: number[];
}

const REPORTER = /\b(?:source|reporter|who|by|according|agency|body|claimant|from|speaker)\b/i;
const DATE = /\b(?:date|when|as of|day|stated|given|published|released|made public|announced)\b/i;
// A cell that is a date and nothing else: "Jan 13", "13 January 2025", "Aug", "2025-01-13".
const DATE_ONLY = new RegExp(
  `^(?:${MONTH_PATTERN}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_PATTERN}(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})$`,
  'i',
);
const WHAT = /\b(?:what|counts?|counted|measure|description|details?|notes?|of what|meaning)\b/i;
const FIGURE = /\b(?:estimate|estimates|figure|figures|number|numbers|toll|total|how many|claim)\b/i;
// A figure in a cell: digits other than a lone year, or a number word.
const HAS_FIGURE = /\b(?!(?:19|20)\d{2}\b)\d[\d,.]*|\b(?:hundreds?|thousands?|dozens?|several|few)\b/i;

/**
 * Split a line into cells, or null when it is no table row (fewer than two separators).
 *
 * @example splitRow('NIS | about 11,000 | 13 Jan')?.map((c) => c.text) // ['NIS', 'about 11,000', '13 Jan']
 */
export function splitRow(text: string): Cell[] | null {
  const sep = text.includes('|') ? '|' : text.includes('\t') ? '\t' : null;
  if (!sep || text.split(sep).length < 3) return null;
  const cells: Cell[] = [];
  let at = 0;
  for (const part of text.split(sep)) {
    const lead = part.length - part.trimStart().length;
    if (part.trim()) cells.push({ start: at + lead, end: at + lead + part.trim().length, text: part.trim() });
    at += part.length + 1;
  }
  return cells.length >= 2 ? cells : null;
}

/** Table rows by line (null for a line that is not a data row of a table). */
export function findTableRows(lines: readonly string[]): (TableRow | null)[] {
  const out: (TableRow | null)[] = lines.map(() => null);
  const split = lines.map(splitRow);
  // A table is a run of at least three such lines with as many cells each (a header and two rows):
  // a menu or a date line with "|" between its parts is none.
  const width = (i: number) => split[i]?.length ?? 0;
  const inTable = (i: number) => {
    if (!split[i]) return false;
    let a = i;
    let b = i;
    while (a > 0 && width(a - 1) === width(i)) a--;
    while (b < lines.length - 1 && width(b + 1) === width(i)) b++;
    return b - a >= 2;
  };
  let header: string[] | null = null;
  lines.forEach((_, i) => {
    const cells = inTable(i) ? split[i]! : null;
    if (!cells) {
      header = null;
      return;
    }
    if (cells.every((c) => /^[-:=+\s]+$/.test(c.text))) return;
    if (!(i > 0 && inTable(i - 1)) && !cells.some((c) => HAS_FIGURE.test(c.text))) {
      header = cells.map((c) => c.text.toLowerCase());
      return;
    }
    out[i] = describeRow(cells, header);
  });
  return out;
}

function describeRow(cells: Cell[], header: string[] | null): TableRow {
  const find = (re: RegExp, not: readonly number[]) =>
    header ? header.findIndex((h, k) => !not.includes(k) && re.test(h)) : -1;
  const figureHead = find(FIGURE, []);
  let reporterCell = find(REPORTER, [figureHead]);
  if (reporterCell < 0) reporterCell = cells.findIndex((c) => !HAS_FIGURE.test(c.text) && /\p{Lu}/u.test(c.text));
  if (reporterCell < 0) reporterCell = 0;
  // (With no header that names it, the cell that is only a date: "Jan 13 | NIS | about 300 | killed".)
  let date = find(DATE, [reporterCell, figureHead]);
  if (date < 0) date = cells.findIndex((c, k) => k !== reporterCell && DATE_ONLY.test(c.text));
  const what = find(WHAT, [reporterCell, figureHead, date]);
  // Every other cell with a figure holds one: "Killed | Wounded | Killed/wounded total" are three.
  const taken = [reporterCell, date, what];
  const figureCells = cells.map((_, k) => k).filter((k) => !taken.includes(k) && HAS_FIGURE.test(cells[k]!.text));
  return {
    cells,
    header,
    reporterCell,
    dateCell: date >= 0 ? date : null,
    whatCell: what >= 0 ? what : null,
    figureCells,
  };
}
