/**
 * Case numbers: `<PREFIX>-<YEAR>-<NNNNNN>`, e.g. `VGKOE-2026-000042`.
 * PREFIX names the responsible authority, YEAR is the year of receipt in Germany,
 * NNNNNN counts the authority's cases of that year from 1 without gaps (drawn in the
 * submission transaction, see submit.server.ts).
 */
export const CASE_NUMBER_PATTERN = /^[A-Z]{3,6}-\d{4}-\d{6,}$/;

// Building an Intl formatter costs far more than using one: build it once.
const berlinYear = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", year: "numeric" });

export function yearInGermany(at: Date): number {
  return Number(berlinYear.format(at));
}
