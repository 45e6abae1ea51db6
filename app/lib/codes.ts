/** Amtlicher Gemeindeschlüssel: Land(2) + Regierungsbezirk(1) + Kreis(2) + Gemeinde(3). */
export const AGS_PATTERN = /^\d{8}$/;

/** A service id: lower-case letters, digits and hyphens, as in addresses (`/rastenberg/hundesteuer-anmeldung`). */
export const SERVICE_ID_PATTERN = /^[a-z][a-z0-9-]{2,62}$/;

/** A form version number as written in addresses and parameters: 1 to 999999. */
export const VERSION_PATTERN = /^[1-9]\d{0,5}$/;

/** The version number a parameter names, or null. */
export function versionNumber(value: string | null | undefined): number | null {
  return value && VERSION_PATTERN.test(value) ? Number(value) : null;
}
