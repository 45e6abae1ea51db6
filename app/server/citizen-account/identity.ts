/**
 * Who a signed-in citizen is, as a login protocol (BundID over SAML, a Land's account over
 * OpenID Connect) hands it to the portal. Pure: the protocols map their attributes to this shape,
 * Mein Bereich and the wizard's prefill read it.
 */
export const trustLevels = ["basisregistrierung", "substantiell", "hoch"] as const;
export type TrustLevel = (typeof trustLevels)[number];

export type IdentityProvider = "bundid" | "oidc";

export interface PostalAddress {
  street?: string;
  houseNumber?: string;
  postalCode?: string;
  city?: string;
  country?: string;
}

/** The attributes a login may carry; each may be missing (BundID's Basisregistrierung has e-mail only). */
export interface IdentityAttributes {
  givenName?: string;
  familyName?: string;
  /** ISO 8601 date, YYYY-MM-DD. */
  birthDate?: string;
  address?: PostalAddress;
  email?: string;
}

export interface CitizenIdentity {
  provider: IdentityProvider;
  /** The provider's stable pseudonym of the person: bPK2 for BundID, `sub` for OIDC. */
  subject: string;
  trustLevel: TrustLevel;
  attributes: IdentityAttributes;
}

/** Whether a login of level `actual` satisfies a service that requires `required`. */
export function meetsTrustLevel(actual: TrustLevel, required: TrustLevel): boolean {
  return trustLevels.indexOf(actual) >= trustLevels.indexOf(required);
}

export function isTrustLevel(value: unknown): value is TrustLevel {
  return typeof value === "string" && (trustLevels as readonly string[]).includes(value);
}
