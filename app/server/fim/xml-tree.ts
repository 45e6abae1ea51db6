/**
 * Reads an XML document into a small element tree, refusing what an import must never touch:
 * a DOCTYPE (the only way to declare entities, so no external entity and no entity expansion
 * can exist), entities other than the five predefined ones, and malformed or truncated input.
 * saxes streams the text and resolves namespaces; elements are identified by namespace URI and
 * local name, never by prefix. Subtrees named in `skip` (the FIM `relation` lineage, up to 90 %
 * of a real file) are passed over while streaming and never built.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { FimImportError } from "./import-error";

export interface XmlElement {
  ns: string;
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export const MAX_XML_BYTES = 10 * 1024 * 1024;

export interface ReadXmlOptions {
  /** Local names of subtrees to leave out (any namespace). */
  skip?: ReadonlySet<string>;
  /** What the file is called in messages. */
  fileName: string;
}

export function decodeXml(bytes: Uint8Array | string, fileName: string): string {
  if (typeof bytes === "string") return bytes.replace(/^\uFEFF/, "");
  if (bytes.byteLength > MAX_XML_BYTES) {
    throw new FimImportError(
      `${fileName}: Die Datei ist ${bytes.byteLength.toLocaleString("de-DE")} Bytes groß; angenommen werden höchstens 10 MB.`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new FimImportError(`${fileName}: Die Datei ist nicht in UTF-8 kodiert.`);
  }
}

export function readXml(input: Uint8Array | string, options: ReadXmlOptions): XmlElement {
  const text = decodeXml(input, options.fileName);
  if (text.length > MAX_XML_BYTES) {
    throw new FimImportError(`${options.fileName}: Die Datei ist größer als 10 MB.`);
  }
  const skip = options.skip ?? new Set<string>();
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let skipDepth = 0;
  const where = () => `${options.fileName}, Zeile ${parser.line}`;

  parser.on("doctype", () => {
    throw new FimImportError(
      `${where()}: Die Datei enthält eine DOCTYPE-Deklaration. Aus Sicherheitsgründen werden DTDs und Entitäten (XXE, Entitätenexpansion) nicht verarbeitet; bitte die Deklaration entfernen.`,
    );
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    if (skipDepth > 0 || skip.has(tag.local)) {
      skipDepth++;
      return;
    }
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) if (attr.uri === "") attrs[attr.local] = attr.value;
    const element: XmlElement = { ns: tag.uri, name: tag.local, attrs, children: [], text: "", line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    stack.pop();
  });
  const addText = (chunk: string) => {
    if (skipDepth > 0) return;
    const current = stack[stack.length - 1];
    if (current) current.text += chunk;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof FimImportError) throw error;
    throw new FimImportError(`${options.fileName}: kein wohlgeformtes XML: ${describeSaxError(error)}`);
  }
  if (!root) throw new FimImportError(`${options.fileName}: Die Datei enthält kein XML-Element.`);
  return root;
}

/** saxes messages read "file:line:column: text"; keep line and column, say it in German where we can. */
function describeSaxError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
  if (!match) return message;
  const [, line, column, reason] = match;
  const german = reason!
    .replace(/^unclosed tag: (.*)$/, "Element „$1“ wird nicht geschlossen (Datei abgeschnitten?)")
    .replace(/^undefined entity.*$/, "unbekannte Entität (Entitäten werden nicht aufgelöst)")
    .replace(/^unexpected close tag\.$/, "unerwartetes schließendes Element")
    .replace(/^text data outside of root node\.$/, "Text außerhalb des Wurzelelements")
    .replace(/^document must contain a root element\.$/, "kein Wurzelelement");
  return `Zeile ${line}, Spalte ${Number(column) + 1}: ${german}`;
}

/** The first child with this local name in the namespace of `parent`. */
export function child(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((c) => c.name === name && c.ns === parent.ns);
}

export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((c) => c.name === name && c.ns === parent.ns);
}

/** Trimmed text of a child, undefined when missing or blank. */
export function childText(parent: XmlElement, name: string): string | undefined {
  const value = child(parent, name)?.text.trim();
  return value ? value : undefined;
}

/** The `code` of a code-typed child (`<feldart><code>input</code></feldart>`); `code` is unqualified. */
export function childCode(parent: XmlElement, name: string): string | undefined {
  const element = child(parent, name);
  const code = element?.children.find((c) => c.name === "code");
  return code?.text.trim() || undefined;
}
