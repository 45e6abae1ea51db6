/**
 * The BundID attribute profile: which SAML attributes carry what, by their URNs, and how BundID's
 * trust levels (STORK QAA levels, also accepted as eIDAS levels) map onto the portal's. Pure, so
 * the mapping is tested without an identity provider. See docs/decisions/038-bundid-saml-and-oidc-login.md.
 */
import type { IdentityAttributes, PostalAddress, TrustLevel } from "../citizen-account/identity";
import { assertedText, EIDAS_LEVELS, present } from "./asserted-values";

export const BUNDID_ATTRIBUTES = {
  /** bPK2: BundID's sector-specific pseudonym of the person, stable per service provider. */
  bpk2: "urn:oid:1.3.6.1.4.1.25484.494450.3",
  givenName: "urn:oid:2.5.4.42",
  familyName: "urn:oid:2.5.4.4",
  birthDate: "urn:oid:1.2.40.0.10.2.1.1.55",
  email: "urn:oid:0.9.2342.19200300.100.1.3",
  /** Street and house number in one value, as BundID sends it (postalAddress). */
  street: "urn:oid:2.5.4.16",
  postalCode: "urn:oid:2.5.4.17",
  city: "urn:oid:2.5.4.7",
  country: "urn:oid:1.2.40.0.10.2.1.1.225599",
  /** The Vertrauensniveau of this login. */
  trustLevel: "urn:oid:1.2.40.0.10.2.1.1.261.94",
} as const;

/** What the portal asks BundID for, per level, as RequestedAuthnContext (comparison "minimum"). */
export const AUTHN_CONTEXT_FOR: Record<TrustLevel, string> = {
  basisregistrierung: "STORK-QAA-Level-1",
  substantiell: "STORK-QAA-Level-3",
  hoch: "STORK-QAA-Level-4",
};

const LEVEL_VALUES: Record<string, TrustLevel> = {
  "STORK-QAA-Level-1": "basisregistrierung",
  "STORK-QAA-Level-2": "basisregistrierung",
  "STORK-QAA-Level-3": "substantiell",
  "STORK-QAA-Level-4": "hoch",
  ...EIDAS_LEVELS,
};

/** A level value as BundID words it, or null when unknown (the caller then takes the lowest). */
export function trustLevelOf(value: string | undefined): TrustLevel | null {
  return value ? (LEVEL_VALUES[value.trim()] ?? null) : null;
}

export type SamlAttributes = Record<string, unknown>;

function single(attributes: SamlAttributes, name: string): string | undefined {
  const raw = attributes[name];
  return assertedText(Array.isArray(raw) ? raw[0] : raw);
}

/** A birth date as YYYY-MM-DD; BundID may send it as a full dateTime. Anything else is dropped, not guessed. */
function isoDate(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d{4}-\d{2}-\d{2})(T.*)?$/);
  return match ? match[1] : undefined;
}

/** Street and house number from BundID's one postalAddress line ("Musterstraße 12a"). */
function streetParts(line: string | undefined): Pick<PostalAddress, "street" | "houseNumber"> {
  if (!line) return {};
  const match = line.match(/^(.*\S)\s+(\d+\s*[a-zA-Z]?(?:\s*[-/]\s*\d+\s*[a-zA-Z]?)?)$/);
  return match ? { street: match[1], houseNumber: match[2].replace(/\s+/g, "") } : { street: line };
}

export type MappedIdentity = { subject: string | null; trustLevel: TrustLevel | null; attributes: IdentityAttributes };

/** The identity in a verified assertion's attributes; null subject when bPK2 is missing. */
export function mapBundIdAttributes(attributes: SamlAttributes): MappedIdentity {
  const address: PostalAddress = {
    ...streetParts(single(attributes, BUNDID_ATTRIBUTES.street)),
    postalCode: single(attributes, BUNDID_ATTRIBUTES.postalCode),
    city: single(attributes, BUNDID_ATTRIBUTES.city),
    country: single(attributes, BUNDID_ATTRIBUTES.country),
  };
  const asserted = present(address);
  const mapped: IdentityAttributes = {
    givenName: single(attributes, BUNDID_ATTRIBUTES.givenName),
    familyName: single(attributes, BUNDID_ATTRIBUTES.familyName),
    birthDate: isoDate(single(attributes, BUNDID_ATTRIBUTES.birthDate)),
    email: single(attributes, BUNDID_ATTRIBUTES.email),
    ...(Object.keys(asserted).length > 0 ? { address: asserted } : {}),
  };
  return {
    subject: single(attributes, BUNDID_ATTRIBUTES.bpk2) ?? null,
    trustLevel: trustLevelOf(single(attributes, BUNDID_ATTRIBUTES.trustLevel)),
    attributes: present(mapped),
  };
}
