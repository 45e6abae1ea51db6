/**
 * CSV for German spreadsheet tools: UTF-8 with a byte order mark (so Excel detects the encoding),
 * `;` as separator (the comma is the decimal mark here), CRLF line ends.
 * Cells that a spreadsheet would read as a formula are neutralised with a leading apostrophe
 * (OWASP "CSV injection"): applicant names and answers are citizen input.
 */

export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (/[";\r\n]/.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function csvRow(cells: ReadonlyArray<string | number | null | undefined>): string {
  return cells.map(csvCell).join(CSV_SEPARATOR);
}

export function csvDocument(header: readonly string[], rows: Iterable<ReadonlyArray<string | number | null | undefined>>): string {
  const lines = [csvRow(header)];
  for (const row of rows) lines.push(csvRow(row));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
