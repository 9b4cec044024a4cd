/**
 * Plain-text tables as a desk pastes them: runs of three or more lines with as many cells each,
 * separated by "|" (or tabs), or laid out in columns with spaces, the first line a header when it
 * holds no figure. Each row knows which cell names the
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
  /** Who the row names as its reporter: its reporter cell, or the row's above when that cell is empty or a ditto. */
  reporterText: string;
  dateCell: number | null;
  /** The cell that says what a figure counts ("killed and wounded so far"). */
  whatCell: number | null;
  /** Cells that hold the row's figures. */
  figureCells: number[];
  /**
   * A table with its reporters across the top (" | NIS | Pentagon", then "Killed | 300 | 100"): each
   * column's heading, to be read as the reporter of that column's figures, and the column's date when
   * a row gives the dates ("As of | Jan. 13 | Jan. 6"). Null in a table of one reporter per row.
   */
  columns: { heads: string[]; dates: string[] | null } | null;
}

const REPORTER = /\b(?:source|reporter|who|by|according|agency|body|claimant|from|speaker)\b/i;
const DATE = /\b(?:date|when|as of|day|stated|given|published|released|made public|announced)\b/i;
// A cell that is a date and nothing else: "Jan 13", "13 January 2025", "Aug", "2025-01-13".
const DATE_ONLY = new RegExp(
  `^(?:${MONTH_PATTERN}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_PATTERN}(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})$`,
  'i',
);
const WHAT = /\b(?:what|counts?|counted|counting|measure|description|details?|notes?|of what|meaning)\b/i;
const FIGURE = /\b(?:estimate|estimates|figure|figures|number|numbers|toll|total|how many|claim)\b/i;
/** Whether a cell reads as a column's heading: who, when, what is counted, or the figure. */
const isHeading = (text: string) => [REPORTER, DATE, WHAT, FIGURE].some((re) => re.test(text));
// A figure in a cell: digits other than a lone year, or a number word.
const HAS_FIGURE = /\b(?!(?:19|20)\d{2}\b)\d[\d,.]*|\b(?:hundreds?|thousands?|dozens?|several|few)\b/i;

/**
 * Split a line into cells, or null when it is no table row (fewer than two separators). An empty
 * cell keeps its place ("NIS | | 300": the second column has nothing); the outer bars of a bordered
 * row ("| NIS | 300 |") bound it and make no cells.
 *
 * @example splitRow('NIS | about 11,000 | 13 Jan')?.map((c) => c.text) // ['NIS', 'about 11,000', '13 Jan']
 */
export function splitRow(text: string): Cell[] | null {
  const sep = text.includes('|') ? '|' : text.includes('\t') ? '\t' : null;
  if (!sep) return null;
  const parts = text.split(sep);
  const trimmed = text.trim();
  const bordered = sep === '|' && trimmed.startsWith('|') && trimmed.endsWith('|') && parts.length > 3;
  if (parts.length < 3) return null;
  const cells: Cell[] = [];
  let at = 0;
  parts.forEach((part, k) => {
    const lead = part.length - part.trimStart().length;
    const body = part.trim();
    if (!(bordered && (k === 0 || k === parts.length - 1)))
      cells.push({ start: at + (body ? lead : 0), end: at + (body ? lead + body.length : 0), text: body });
    at += part.length + 1;
  });
  return cells.filter((c) => c.text).length >= 2 ? cells : null;
}

/**
 * A line of a table laid out with spaces, as a plain-text page prints it ("NIS      about 11,000
 * Jan. 13"): cells between runs of two or more spaces. Only a run of such lines whose columns line
 * up is a table (findTableRows), so that prose with two spaces after a full stop is none.
 */
function splitAligned(text: string): Cell[] | null {
  const cells = [...text.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  return cells.length >= 3 && cells.every((c) => c.text.length <= 60) ? cells : null;
}

/** Whether each column of these rows starts, or ends, at one offset (within a character). */
function aligned(rows: readonly Cell[][]): boolean {
  const near = (xs: number[]) => Math.max(...xs) - Math.min(...xs) <= 1;
  return rows[0]!.every((_, k) => near(rows.map((r) => r[k]!.start)) || near(rows.map((r) => r[k]!.end)));
}

// A reporter cell left empty, or a ditto mark, repeats the reporter of the row above.
const DITTO = /^(?:|"|〃|''|ditto|same|do\.?)$/i;

/** Table rows by line (null for a line that is not a data row of a table). */
export function findTableRows(lines: readonly string[]): (TableRow | null)[] {
  const out: (TableRow | null)[] = lines.map(() => null);
  const split = lines.map(splitRow);
  // A table is a run of at least three such lines with as many cells each (a header and two rows):
  // a menu or a date line with "|" between its parts is none.
  const width = (i: number) => split[i]?.length ?? 0;
  // Lines laid out with spaces count only as a run of three or more whose columns line up.
  const spaced = lines.map((l, i) => (split[i] ? null : splitAligned(l)));
  for (const [i, j] of runs(spaced.map((c) => c?.length ?? 0)))
    if (j - i >= 3 && aligned(spaced.slice(i, j) as Cell[][])) for (let k = i; k < j; k++) split[k] = spaced[k]!;
  const inTable = (i: number) => {
    if (!split[i]) return false;
    let a = i;
    let b = i;
    while (a > 0 && width(a - 1) === width(i)) a--;
    while (b < lines.length - 1 && width(b + 1) === width(i)) b++;
    return b - a >= 2;
  };
  let header: string[] | null = null;
  let above: TableRow | null = null;
  let across: { heads: string[]; dates: string[] | null } | null = null;
  lines.forEach((_, i) => {
    const cells = inTable(i) ? split[i]! : null;
    if (!cells) {
      header = null;
      above = null;
      across = null;
      return;
    }
    if (cells.every((c) => /^[-:=+\s]+$/.test(c.text))) return;
    // (A header inside a run starts a table of its own: two tables of as many columns may touch.)
    const heads = cells.some((c) => isHeading(c.text));
    if (!cells.some((c) => HAS_FIGURE.test(c.text)) && (!(i > 0 && inTable(i - 1)) || heads)) {
      header = cells.map((c) => c.text.toLowerCase());
      above = null;
      across = reportersAcross(cells) ? { heads: cells.map((c) => c.text), dates: null } : null;
      return;
    }
    if (across && !HAS_FIGURE.test(cells[0]!.text)) {
      // ("As of | Jan. 13 | Jan. 6": the row of the columns' dates, wherever it stands.)
      if (DATE.test(cells[0]!.text)) return void (across.dates = cells.map((c) => c.text));
      out[i] = above = acrossRow(cells, header!, across);
      return;
    }
    out[i] = above = describeRow(cells, header, above);
  });
  dropRowNumbers(out);
  return out;
}

/**
 * "# | Who | Estimate" with rows "1 | NIS | 11,000", "2 | …": a column that numbers the rows 1, 2, 3 …
 * (or whose header is "#", "No.", "Rank") holds no figures.
 */
function dropRowNumbers(rows: (TableRow | null)[]): void {
  for (const [i, j] of runs(rows.map((r) => r?.cells.length ?? 0))) {
    const table = rows.slice(i, j) as TableRow[];
    const counting = (k: number) =>
      /^(?:#|no\.?|nr\.?|rank|row|item)$/.test(table[0]!.header?.[k] ?? '') ||
      (table.length >= 2 && table.every((r, n) => r.cells[k]?.text === String(n + 1)));
    for (const k of table[0]!.cells.keys())
      if (counting(k)) for (const r of table) r.figureCells = r.figureCells.filter((c) => c !== k);
  }
}

/** The runs [from, to) of consecutive lines with the same width, other than 0 (no cells). */
function runs(widths: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < widths.length;) {
    let j = i + 1;
    while (j < widths.length && widths[j] === widths[i]) j++;
    if (widths[i]) out.push([i, j]);
    i = j;
  }
  return out;
}

/**
 * " | NIS | Pentagon | Ukraine's HUR" or "Measure | NIS | Pentagon": a header whose first cell is
 * empty (or says what is counted) and whose others are names, none a heading of a column of one kind.
 */
function reportersAcross(cells: readonly Cell[]): boolean {
  const [first, ...rest] = cells;
  return (
    first !== undefined &&
    (first.text === '' || WHAT.test(first.text) || FIGURE.test(first.text)) &&
    rest.length >= 2 &&
    rest.every((c) => /^\p{Lu}/u.test(c.text) && !/\d/.test(c.text) && !isHeading(c.text))
  );
}

/** A row of a table with its reporters across the top: its first cell says what its figures count. */
function acrossRow(cells: Cell[], header: string[], columns: TableRow['columns']): TableRow {
  return {
    cells,
    header,
    reporterCell: 0,
    // (If a column's heading names no reporter, the row's label is tried: " | Killed | Wounded" over "NIS | 300 | 2,700".)
    reporterText: cells[0]!.text,
    dateCell: null,
    whatCell: 0,
    figureCells: cells.map((_, k) => k).filter((k) => k > 0 && HAS_FIGURE.test(cells[k]!.text)),
    columns,
  };
}

/** A data row: which cell is which, from the header if any, else from the cells and the row above. */
function describeRow(cells: Cell[], header: string[] | null, above: TableRow | null): TableRow {
  const find = (re: RegExp, not: readonly number[]) =>
    header ? header.findIndex((h, k) => !not.includes(k) && re.test(h)) : -1;
  const figureHead = find(FIGURE, []);
  let reporterCell = find(REPORTER, [figureHead]);
  if (reporterCell < 0 && above) reporterCell = above.reporterCell;
  if (reporterCell < 0) reporterCell = cells.findIndex((c) => !HAS_FIGURE.test(c.text) && /\p{Lu}/u.test(c.text));
  if (reporterCell < 0) reporterCell = 0;
  const own = cells[reporterCell]?.text ?? '';
  const reporterText = DITTO.test(own) && above ? above.reporterText : own;
  // (With no header that names it, the cell that is only a date: "Jan 13 | NIS | about 300 | killed".)
  let date = find(DATE, [reporterCell, figureHead]);
  if (date < 0) date = cells.findIndex((c, k) => k !== reporterCell && DATE_ONLY.test(c.text));
  const what = find(WHAT, [reporterCell, figureHead, date]);
  // Every other cell with a figure holds one: "Killed | Wounded | Killed/wounded total" are three.
  const taken = [reporterCell, date, what];
  let figureCells = cells.map((_, k) => k).filter((k) => !taken.includes(k) && HAS_FIGURE.test(cells[k]!.text));
  // ("Source | Date | What was said", then "Pentagon | 7 Jan | about 11,000 troops in Kursk": a cell
  // that tells what was said holds the figures too, when no other cell does.)
  if (!figureCells.length && what >= 0 && HAS_FIGURE.test(cells[what]?.text ?? '')) figureCells = [what];
  return {
    cells,
    header,
    reporterCell,
    reporterText,
    dateCell: date >= 0 ? date : null,
    whatCell: what >= 0 ? what : null,
    figureCells,
    columns: null,
  };
}
