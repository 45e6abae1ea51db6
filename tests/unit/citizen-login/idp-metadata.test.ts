import { describe, expect, it } from "vitest";
import { MetadataError, parseIdpMetadata } from "~/server/citizen-login/idp-metadata.server";

const metadata = (sso: string, keys: string) => `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://id.bund.de/idp">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    ${keys}
    ${sso}
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
const key = (use: string, cert: string) =>
  `<md:KeyDescriptor ${use}><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\n ${cert}\n</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;
const redirect = `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://id.bund.de/sso"/>`;

describe("the IdP's metadata", () => {
  it("gives the entity ID, the redirect-binding address and the signing certificates", () => {
    expect(
      parseIdpMetadata(metadata(redirect, key('use="signing"', "MIIBsign") + key('use="encryption"', "MIIBenc") + key("", "MIIBboth"))),
    ).toEqual({
      entityId: "https://id.bund.de/idp",
      ssoUrl: "https://id.bund.de/sso",
      signingCerts: ["MIIBsign", "MIIBboth"],
    });
  });

  it.each([
    ["not XML", "<nope", /well-formed/],
    ["no redirect binding", metadata(redirect.replace("HTTP-Redirect", "HTTP-POST"), key('use="signing"', "MIIB")), /HTTP-Redirect/],
    ["no signing key", metadata(redirect, key('use="encryption"', "MIIB")), /signing certificate/],
  ])("refuses metadata with %s, naming what is missing", (_case, xml, message) => {
    expect(() => parseIdpMetadata(xml)).toThrow(MetadataError);
    expect(() => parseIdpMetadata(xml)).toThrow(message);
  });
});
