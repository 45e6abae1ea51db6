/**
 * Case numbers: `<PREFIX>-<YEAR>-<NNNNNN>`, e.g. `VGKOE-2026-000042`.
 * PREFIX names the responsible authority, YEAR is the year of receipt in Germany,
 * NNNNNN counts the authority's cases of that year from 1 without gaps.
 */
export const CASE_NUMBER_PATTERN = /^[A-Z]{3,6}-\d{4}-\d{6,}$/;

export function formatCaseNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, "0")}`;
}

export function yearInGermany(at: Date): number {
  return Number(new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", year: "numeric" }).format(at));
}
