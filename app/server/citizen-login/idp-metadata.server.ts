/**
 * Reads what the portal needs from the IdP's SAML metadata file (BundID publishes one per
 * environment): its entity ID, the single sign-on address for the HTTP-Redirect binding and the
 * certificates it signs with.
 */
import { parseXmlDocument } from "./xml-document";

const MD = "urn:oasis:names:tc:SAML:2.0:metadata";
const DS = "http://www.w3.org/2000/09/xmldsig#";
const REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

export type IdpMetadata = { entityId: string; ssoUrl: string; signingCerts: string[] };

export class MetadataError extends Error {}

export function parseIdpMetadata(xml: string): IdpMetadata {
  const { root: entity, errors } = parseXmlDocument(xml);
  if (errors.length > 0 || !entity) throw new MetadataError(`IdP metadata is not well-formed XML: ${errors[0] ?? "empty"}`);
  if (entity.localName !== "EntityDescriptor" || entity.namespaceURI !== MD)
    throw new MetadataError("IdP metadata has no EntityDescriptor");
  const entityId = entity.getAttribute("entityID");
  if (!entityId) throw new MetadataError("IdP metadata has no entityID");
  const idp = Array.from(entity.getElementsByTagNameNS(MD, "IDPSSODescriptor"))[0];
  if (!idp) throw new MetadataError("IdP metadata has no IDPSSODescriptor");
  const sso = Array.from(idp.getElementsByTagNameNS(MD, "SingleSignOnService")).find((e) => e.getAttribute("Binding") === REDIRECT);
  const ssoUrl = sso?.getAttribute("Location");
  if (!ssoUrl) throw new MetadataError("IdP metadata has no SingleSignOnService for the HTTP-Redirect binding");
  const signingCerts = Array.from(idp.getElementsByTagNameNS(MD, "KeyDescriptor"))
    .filter((key) => !key.hasAttribute("use") || key.getAttribute("use") === "signing")
    .flatMap((key) => Array.from(key.getElementsByTagNameNS(DS, "X509Certificate")))
    .map((cert) => (cert.textContent ?? "").replace(/\s+/g, ""))
    .filter((cert) => cert.length > 0);
  if (signingCerts.length === 0) throw new MetadataError("IdP metadata has no signing certificate");
  return { entityId, ssoUrl, signingCerts };
}
