/**
 * Changes a real SAMLResponse of the test IdP the way an attacker or a faulty IdP would: the test
 * holds the SP's key (to open the encrypted assertion) and, for the cases where a genuine IdP
 * itself says something wrong (audience, expiry, a reused assertion), the IdP's key to sign again.
 */
import { readFileSync } from "node:fs";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { SignedXml } from "xml-crypto";
import xmlenc from "xml-encryption";

const ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
const DS = "http://www.w3.org/2000/09/xmldsig#";

export type Keys = { spKeyFile: string; spCertFile: string; idpKeyFile: string };

const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");
const serialize = (node: Node) => new XMLSerializer().serializeToString(node);

function decrypt(encryptedXml: string, key: string): Promise<string> {
  return new Promise((resolve, reject) =>
    xmlenc.decrypt(encryptedXml, { key }, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

function encrypt(xml: string, cert: string): Promise<string> {
  return new Promise((resolve, reject) =>
    xmlenc.encrypt(
      xml,
      {
        rsa_pub: cert,
        pem: cert,
        encryptionAlgorithm: "http://www.w3.org/2001/04/xmlenc#aes256-cbc",
        keyEncryptionAlgorithm: "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p",
        disallowEncryptionWithInsecureAlgorithm: true,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

function removeSignature(element: Element) {
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 1 && (child as Element).localName === "Signature" && (child as Element).namespaceURI === DS)
      element.removeChild(child);
  }
}

function sign(assertionXml: string, idpKey: string): string {
  const signer = new SignedXml({
    privateKey: idpKey,
    canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
    signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
  });
  signer.addReference({
    xpath: "/*[local-name(.)='Assertion']",
    transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
    digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
  });
  signer.computeSignature(assertionXml, {
    location: { reference: "/*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: "after" },
  });
  return signer.getSignedXml();
}

export type Edit = {
  /** Changes the decrypted assertion (and the response around it). */
  change: (assertion: Element, response: Element) => void;
  /** Sign the changed assertion again with the IdP's key (a genuine IdP saying something wrong). */
  resign?: boolean;
  /** Leave the assertion unencrypted in the response. */
  plain?: boolean;
};

/** The response with its assertion opened, changed, optionally signed again, and closed again (or left open). */
export async function tamper(samlResponse: string, keys: Keys, edit: Edit): Promise<string> {
  const doc = parse(Buffer.from(samlResponse, "base64").toString("utf8"));
  const response = doc.documentElement!;
  removeSignature(response);
  const encrypted = Array.from(response.getElementsByTagNameNS(ASSERTION_NS, "EncryptedAssertion"))[0];
  const encryptedData = Array.from(encrypted.childNodes).find((node) => node.nodeType === 1) as Element;
  const assertionXml = await decrypt(serialize(encryptedData), readFileSync(keys.spKeyFile, "utf8"));
  const assertionDoc = parse(assertionXml);
  const assertion = assertionDoc.documentElement!;
  edit.change(assertion, response);
  let changed = serialize(assertion);
  if (edit.resign) {
    removeSignature(assertion);
    changed = sign(serialize(assertion), readFileSync(keys.idpKeyFile, "utf8"));
  }
  if (edit.plain) {
    response.replaceChild(parse(changed).documentElement!, encrypted);
  } else {
    const sealed = parse(await encrypt(changed, readFileSync(keys.spCertFile, "utf8"))).documentElement!;
    const wrapper = doc.createElementNS(ASSERTION_NS, "saml:EncryptedAssertion");
    wrapper.appendChild(doc.importNode(sealed, true));
    response.replaceChild(wrapper, encrypted);
  }
  return Buffer.from(serialize(doc)).toString("base64");
}

/** Every element of the assertion with this local name. */
export function elements(root: Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ASSERTION_NS, localName));
}
