/**
 * What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`,
 * a tab or a carriage return, and their full-width forms, which some spreadsheets fold to ASCII.
 * The same list as csv-stringify's `escape_formulas`.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV field, quoted when RFC 4180 requires it; null becomes an empty field. A text that a
 * spreadsheet would run as a formula gets a leading apostrophe, as OWASP recommends, and is quoted;
 * numbers are left as they are (-5 stays a number).
 *
 * @example csvField('say "hi", then') // '"say ""hi"", then"'
 * @example csvField('=HYPERLINK("https://evil.example")') // '"\'=HYPERLINK(""https://evil.example"")"'
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'string' && FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A CSV document: a header row, then one row per record, CRLF line ends (RFC 4180).
 *
 * @example toCsv(['a', 'b'], [[1, null]]) // 'a,b\r\n1,\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
