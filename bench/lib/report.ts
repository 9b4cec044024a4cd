import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** A table a benchmark module prints (and the README shows). */
export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

/**
 * The median of some numbers (the mean of the middle two for an even count).
 *
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Round to a few significant digits for reading, keeping integers whole.
 *
 * @example round(1234.567) // 1235; round(0.012345) // 0.0123
 */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  if (Math.abs(value) >= 10 ** digits) return Math.round(value);
  return Number(value.toPrecision(digits));
}

/**
 * A Markdown table, columns padded so it also reads well in a terminal.
 *
 * @example formatTable({ title: 'T', columns: ['a', 'b'], rows: [[1, 2]] }) // '### T\n\n| a | b |\n| --- | --- |\n| 1 | 2 |'
 */
export function formatTable(table: Table): string {
  const cells = [table.columns, ...table.rows.map((r) => r.map(String))];
  const widths = table.columns.map((_, c) => Math.max(3, ...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [`### ${table.title}`, '', line(table.columns), rule, ...cells.slice(1).map(line)].join('\n');
}

/**
 * Merge one module's results into a results file, keeping every other module's key.
 *
 * @example mergeResults('bench/results.json', 'ingest', { … }) // bench/results.json now has .ingest, and its old keys
 */
export function mergeResults(file: string, key: string, value: unknown): void {
  const old = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const merged = { ...old, [key]: value };
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
}
