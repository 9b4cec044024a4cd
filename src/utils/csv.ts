/**
 * One CSV field, quoted when RFC 4180 requires it; null becomes an empty field.
 *
 * @example csvField('say "hi", then') // '"say ""hi"", then"'
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
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
