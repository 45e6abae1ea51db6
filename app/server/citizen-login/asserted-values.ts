/**
 * Values an identity provider asserts, as the portal keeps them, for both sign-in protocols:
 * text trimmed and cut to a sane length, absent values left out, eIDAS levels named once.
 */
import type { TrustLevel } from "../citizen-account/identity";

/** The eIDAS levels of assurance, as BundID (beside its STORK levels) and Land accounts send them. */
export const EIDAS_LEVELS: Record<string, TrustLevel> = {
  "http://eidas.europa.eu/LoA/low": "basisregistrierung",
  "http://eidas.europa.eu/LoA/substantial": "substantiell",
  "http://eidas.europa.eu/LoA/high": "hoch",
};

/** A text value trimmed and cut at 500 characters; undefined when it is no text or empty. */
export function assertedText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed.slice(0, 500);
}

/** The record without its undefined entries: the portal stores only what was asserted. */
export function present<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
