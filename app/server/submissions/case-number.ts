import { sql, type SQL } from "drizzle-orm";

/**
 * Case numbers: `<PREFIX>-<YEAR>-<NNNNNN>`, e.g. `VGKOE-2026-000042`.
 * PREFIX names the responsible authority, YEAR is the year of receipt in Germany,
 * NNNNNN counts the authority's cases of that year from 1 without gaps (drawn in the
 * submission transaction, see submit.server.ts).
 */
export const CASE_NUMBER_PATTERN = /^[A-Z]{3,6}-\d{4}-\d{6,}$/;

/** The year in Germany at a moment, computed by the database (its clock is the one all sites share). */
export function yearInGermanySql(at: SQL): SQL {
  return sql`extract(year from ${at} at time zone 'Europe/Berlin')::int`;
}
