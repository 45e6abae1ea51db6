import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
} from "pdf-lib";

/**
 * Reads a tagged PDF back the way an assistive technology or validator would, with pdf-lib's
 * low-level objects: the structure tree, the parent tree, the marked content of each page's content
 * stream, and the text inside each marked-content sequence, decoded through the fonts' ToUnicode
 * maps. Nothing here trusts the writer's model. The content-stream reader knows the operators the
 * receipt writer uses (hex strings shown with Tj); any other text operator is reported, not skipped.
 */

export interface TaggedElement {
  /** Object reference, e.g. "12 0 R". */
  readonly ref: string;
  readonly role: string;
  readonly kids: TaggedElement[];
  /** Marked content of this element itself (not of its descendants). */
  readonly content: Array<{ page: number; mcid: number }>;
  /** Annotations this element owns through OBJR entries, as object references. */
  readonly annotations: string[];
  /** /Scope from the element's Table attributes, if any. */
  readonly scope?: string;
  /** Text of this element and all its descendants, in structure order, joined by single spaces. */
  text: string;
}

export interface TaggedPage {
  readonly ref: string;
  readonly tabs?: string;
  readonly structParents?: number;
  /** MCIDs of the BDC operators in the content stream, in stream order. */
  readonly mcids: number[];
  /** Text-showing and painting operators that are outside any marked content (should be none). */
  readonly unmarkedOperators: string[];
  readonly annotations: Array<{ ref: string; structParent?: number; flags?: number; contents?: string }>;
}

export interface TaggedPdf {
  readonly root: TaggedElement;
  readonly pages: TaggedPage[];
  readonly lang?: string;
  readonly marked?: boolean;
  readonly displayDocTitle?: boolean;
  readonly title?: string;
  /** ParentTree: key → owning element reference (pages: one per MCID; annotations: one). */
  readonly parentTree: Map<number, string | string[]>;
  readonly parentTreeNextKey?: number;
  readonly xmp?: string;
  readonly outputIntents: Array<{ subtype?: string; identifier?: string; components?: number; profile?: Uint8Array }>;
  readonly hasDocumentId: boolean;
}

const name = (key: string): PDFName => PDFName.of(key);

function text(obj: PDFObject | undefined): string | undefined {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.decodeText();
  if (obj instanceof PDFName) return obj.decodeText();
  return undefined;
}

function numberOf(obj: PDFObject | undefined): number | undefined {
  return obj instanceof PDFNumber ? obj.asNumber() : undefined;
}

function streamBytes(stream: PDFObject | undefined): Uint8Array | undefined {
  return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : undefined;
}

const TOKEN = /<<|>>|<[0-9a-fA-F\s]*>|\[|\]|\/[^\s<>/[\]()]+|[^\s<>/[\]()]+/g;
const PAINTING = new Set(["Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh"]);

/** glyph code (4 hex digits) → text, from a ToUnicode CMap's bfchar entries. */
function parseToUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const units = unicode.match(/.{4}/g)!.map((unit) => parseInt(unit, 16));
      map.set(code.toLowerCase(), String.fromCharCode(...units));
    }
  }
  return map;
}

interface ScannedContent {
  mcids: number[];
  unmarkedOperators: string[];
  /** Decoded text per MCID (text inside artifacts is left out). */
  texts: Map<number, string>;
}

/** Scans a content stream: BDC MCIDs, painting operators outside marked content, text per MCID. */
function scanContent(content: string, fonts: Map<string, Map<string, string>>): ScannedContent {
  const result: ScannedContent = { mcids: [], unmarkedOperators: [], texts: new Map() };
  const stack: Array<number | null> = [];
  let font: Map<string, string> | undefined;
  let operands: string[] = [];
  for (const [token] of content.matchAll(TOKEN)) {
    if (!/^[A-Za-z'"*]+$/.test(token) || ["true", "false", "null"].includes(token)) {
      operands.push(token);
      continue;
    }
    if (token === "BDC" || token === "BMC") {
      const mcidAt = operands.indexOf("/MCID");
      const mcid = token === "BDC" && mcidAt >= 0 ? Number(operands[mcidAt + 1]) : null;
      if (mcid !== null) result.mcids.push(mcid);
      stack.push(mcid);
    } else if (token === "EMC") stack.pop();
    else if (token === "Tf") font = fonts.get(operands[0].slice(1));
    else if (PAINTING.has(token)) {
      if (stack.length === 0) result.unmarkedOperators.push(token);
      if (["TJ", "'", '"'].includes(token)) throw new Error(`Unsupported text operator ${token}`);
      const mcid = stack.at(-1);
      if (token === "Tj" && mcid !== null && mcid !== undefined && !stack.includes(null)) {
        const hex = /^<([0-9a-fA-F\s]*)>$/.exec(operands[0])?.[1].replace(/\s/g, "");
        if (hex === undefined) throw new Error(`Unsupported string operand ${operands[0]}`);
        const decoded = (hex.match(/.{4}/g) ?? []).map((code) => font?.get(code.toLowerCase()) ?? "\ufffd").join("");
        result.texts.set(mcid, (result.texts.get(mcid) ?? "") + decoded);
      }
    }
    operands = [];
  }
  return result;
}

export async function readTaggedPdf(bytes: Uint8Array): Promise<TaggedPdf> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context, catalog } = doc;
  const lookup = (obj: PDFObject | undefined): PDFObject | undefined => (obj ? context.lookup(obj) : undefined);
  const dictOf = (obj: PDFObject | undefined): PDFDict | undefined => {
    const resolved = lookup(obj);
    return resolved instanceof PDFDict ? resolved : undefined;
  };
  const arrayOf = (obj: PDFObject | undefined): PDFObject[] => {
    const resolved = lookup(obj);
    if (resolved instanceof PDFArray) return resolved.asArray();
    return resolved === undefined ? [] : [obj!];
  };

  const pageRefs = doc.getPages().map((page) => page.ref.toString());
  const pageIndex = (obj: PDFObject | undefined): number => (obj instanceof PDFRef ? pageRefs.indexOf(obj.toString()) : -1);

  const texts = new Map<string, string>();
  const pages: TaggedPage[] = doc.getPages().map((page, index) => {
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = dictOf(dictOf(page.node.get(name("Resources")))?.get(name("Font")));
    for (const [fontName, ref] of fontDict?.entries() ?? []) {
      const toUnicode = streamBytes(lookup(dictOf(ref)?.get(name("ToUnicode"))));
      fonts.set(fontName.decodeText(), parseToUnicode(toUnicode ? Buffer.from(toUnicode).toString("latin1") : ""));
    }
    const contentBytes = arrayOf(page.node.get(name("Contents"))).map((ref) => streamBytes(lookup(ref)) ?? new Uint8Array());
    const content = contentBytes.map((b) => Buffer.from(b).toString("latin1")).join("\n");
    const annotations = arrayOf(page.node.get(name("Annots"))).map((ref) => {
      const annot = dictOf(ref)!;
      return {
        ref: ref.toString(),
        structParent: numberOf(annot.get(name("StructParent"))),
        flags: numberOf(annot.get(name("F"))),
        contents: text(annot.get(name("Contents"))),
      };
    });
    const scanned = scanContent(content, fonts);
    for (const [mcid, decoded] of scanned.texts) texts.set(`${index}:${mcid}`, decoded);
    return {
      ref: page.ref.toString(),
      tabs: text(page.node.get(name("Tabs"))),
      structParents: numberOf(page.node.get(name("StructParents"))),
      mcids: scanned.mcids,
      unmarkedOperators: scanned.unmarkedOperators,
      annotations,
    };
  });

  const readElement = (ref: PDFObject): TaggedElement => {
    const dict = dictOf(ref);
    if (!dict) throw new Error(`Structure element ${ref.toString()} is not a dictionary`);
    const elementPage = pageIndex(dict.get(name("Pg")));
    const attributes = dictOf(dict.get(name("A")));
    const element: TaggedElement = {
      ref: ref.toString(),
      role: text(dict.get(name("S"))) ?? "?",
      kids: [],
      content: [],
      annotations: [],
      scope: text(attributes?.get(name("Scope"))),
      text: "",
    };
    // Content of one element continues across marked-content sequences (a value over a page
    // break); child elements are separate pieces of text.
    const parts: string[] = [];
    let continuing = false;
    const addContent = (part: string): void => {
      if (continuing) parts[parts.length - 1] += part;
      else parts.push(part);
      continuing = true;
    };
    for (const kid of arrayOf(dict.get(name("K")))) {
      if (kid instanceof PDFNumber) {
        element.content.push({ page: elementPage, mcid: kid.asNumber() });
        addContent(texts.get(`${elementPage}:${kid.asNumber()}`) ?? "");
        continue;
      }
      const kidDict = dictOf(kid);
      const type = text(kidDict?.get(name("Type")));
      if (type === "MCR") {
        const page = pageIndex(kidDict!.get(name("Pg")) ?? dict.get(name("Pg")));
        const mcid = numberOf(kidDict!.get(name("MCID")))!;
        element.content.push({ page, mcid });
        addContent(texts.get(`${page}:${mcid}`) ?? "");
      } else if (type === "OBJR") {
        element.annotations.push(kidDict!.get(name("Obj"))!.toString());
      } else {
        const child = readElement(kid);
        element.kids.push(child);
        parts.push(child.text);
        continuing = false;
      }
    }
    element.text = parts.join(" ").replace(/\s+/g, " ").trim();
    return element;
  };

  const treeRoot = dictOf(catalog.get(name("StructTreeRoot")));
  if (!treeRoot) throw new Error("The PDF has no structure tree");
  const top = arrayOf(treeRoot.get(name("K")));
  if (top.length !== 1) throw new Error(`Expected one top-level structure element, found ${top.length}`);
  const root = readElement(top[0]);

  const parentTree = new Map<number, string | string[]>();
  const nums = arrayOf(dictOf(treeRoot.get(name("ParentTree")))?.get(name("Nums")));
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const value = nums[i + 1];
    const resolved = lookup(value);
    parentTree.set(
      numberOf(nums[i])!,
      resolved instanceof PDFArray ? resolved.asArray().map((entry) => entry.toString()) : value.toString(),
    );
  }

  const markInfo = dictOf(catalog.get(name("MarkInfo")));
  const marked = markInfo?.get(name("Marked"));
  const displayDocTitle = dictOf(catalog.get(name("ViewerPreferences")))?.get(name("DisplayDocTitle"));
  const xmp = streamBytes(lookup(catalog.get(name("Metadata"))));
  const info = dictOf(context.trailerInfo.Info);
  const outputIntents = arrayOf(catalog.get(name("OutputIntents"))).map((ref) => {
    const intent = dictOf(ref)!;
    const profile = lookup(intent.get(name("DestOutputProfile")));
    return {
      subtype: text(intent.get(name("S"))),
      identifier: text(intent.get(name("OutputConditionIdentifier"))),
      components: profile instanceof PDFRawStream ? numberOf(profile.dict.get(name("N"))) : undefined,
      profile: streamBytes(profile),
    };
  });

  return {
    root,
    pages,
    lang: text(catalog.get(name("Lang"))),
    marked: marked instanceof PDFBool ? marked.asBoolean() : undefined,
    displayDocTitle: displayDocTitle instanceof PDFBool ? displayDocTitle.asBoolean() : undefined,
    title: text(info?.get(name("Title"))),
    parentTree,
    parentTreeNextKey: numberOf(treeRoot.get(name("ParentTreeNextKey"))),
    xmp: xmp ? Buffer.from(xmp).toString("utf8") : undefined,
    outputIntents,
    hasDocumentId: context.trailerInfo.ID !== undefined,
  };
}

/** All elements in document (depth-first) order. */
export function flatten(element: TaggedElement): TaggedElement[] {
  return [element, ...element.kids.flatMap(flatten)];
}
