import type { IdentityAttributes } from "./identity";

/** How the header and Mein Bereich name a signed-in citizen: their name, else their e-mail address. */
export function displayName(attributes: IdentityAttributes): string {
  const name = [attributes.givenName, attributes.familyName].filter(Boolean).join(" ").trim();
  return name || attributes.email || "BundID";
}

export function providerName(provider: string): string {
  return provider === "bundid" ? "BundID" : "Nutzerkonto";
}
