/**
 * SAML's XML read as a DOM with @xmldom/xmldom, collecting the parser's complaints instead of
 * printing them: a document with any is not trusted. xmldom resolves no external entities.
 */
import { DOMParser } from "@xmldom/xmldom";

export function parseXmlDocument(xml: string): { root: Element | null; errors: string[] } {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { error: (message: string) => void errors.push(message), fatalError: (message: string) => void errors.push(message) },
  }).parseFromString(xml, "text/xml");
  return { root: doc.documentElement ?? null, errors };
}
