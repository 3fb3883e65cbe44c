/**
 * CSV lines (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled,
 * lines end with CRLF.
 * @module
 */

export type CsvValue = string | number | null | undefined;

function field(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line, CRLF included. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(field).join(',')}\r\n`;
}
