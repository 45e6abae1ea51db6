import { deflateSync } from "node:zlib";
import { PDFDocument, PDFHexString, PDFName, PDFString, type PDFContext, type PDFRef } from "pdf-lib";
import { embedUsedFonts } from "../font/pdf-font";
import { PAGE, type LinkArea } from "../layout/page-composer";
import type { LaidOutReceipt } from "../layout/receipt-layout";
import { applyMetadata, setContentDerivedId, xmlSafeMetadata, type ReceiptMetadata } from "./metadata";
import { SRGB_PROFILE_DESCRIPTION, srgbProfile } from "./srgb-profile";
import { annotationStructParent, writeStructureTree } from "./structure-tree";
import { xmpPacket } from "./xmp";

const PRINT_FLAG = 4;
/**
 * Page content streams are long runs of hex glyph codes: the fastest level packs a receipt within
 * 2 % of the default level's size, and deflating is the largest single cost of writing one.
 */
const CONTENT_DEFLATE = { level: 1 };

function linkAnnotation(context: PDFContext, link: LinkArea, structParent: number): PDFRef {
  // The URI is ASCII after URL parsing; a hex string avoids any escaping issues.
  const uriHex = Buffer.from(link.uri, "latin1").toString("hex");
  return context.register(
    context.obj({
      Type: "Annot",
      Subtype: "Link",
      Rect: link.rect.map((n) => Math.round(n * 100) / 100),
      Border: [0, 0, 0],
      F: PRINT_FLAG,
      Contents: PDFHexString.fromText(link.description),
      StructParent: structParent,
      A: { Type: "Action", S: "URI", URI: PDFHexString.of(uriHex) },
    }),
  );
}

let compressedProfile: Uint8Array | undefined;

/** PDF/A output intent with the embedded sRGB profile (it also covers the DeviceGray text colour). */
function outputIntent(context: PDFContext): PDFRef {
  compressedProfile ??= deflateSync(srgbProfile());
  const profile = context.register(context.stream(compressedProfile, { N: 3, Filter: "FlateDecode" }));
  return context.register(
    context.obj({
      Type: "OutputIntent",
      S: "GTS_PDFA1",
      OutputConditionIdentifier: PDFString.of(SRGB_PROFILE_DESCRIPTION),
      Info: PDFString.of(SRGB_PROFILE_DESCRIPTION),
      DestOutputProfile: profile,
    }),
  );
}

/**
 * Assembles the PDF with pdf-lib: one Flate-compressed content stream per page, one shared
 * resource dictionary with the subset fonts, link annotations, the structure tree (PDF/UA-1),
 * XMP metadata and output intent (PDF/A-2b), and a content-derived ID.
 * No object streams and no yielding between objects: the document is small and this is faster.
 */
export async function writeReceiptPdf(layout: LaidOutReceipt, rawMeta: ReceiptMetadata): Promise<Uint8Array> {
  const meta = xmlSafeMetadata(rawMeta);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { context, catalog } = doc;
  const contents = layout.pages.map((page) => page.toString());
  const pageCount = contents.length;

  const resources = context.register(context.obj({ Font: embedUsedFonts(context, layout.usage), ProcSet: ["PDF", "Text"] }));
  const pageRefs: PDFRef[] = [];
  const annotations: Array<{ ref: PDFRef; page: number }> = [];
  contents.forEach((content, index) => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    pageRefs.push(page.ref);
    const stream = context.stream(deflateSync(Buffer.from(content, "latin1"), CONTENT_DEFLATE), { Filter: "FlateDecode" });
    page.node.set(PDFName.of("Contents"), context.register(stream));
    page.node.set(PDFName.of("Resources"), resources);
    page.node.set(PDFName.of("StructParents"), context.obj(index));
    page.node.set(PDFName.of("Tabs"), PDFName.of("S"));
    const links: PDFRef[] = [];
    layout.links.forEach((link, linkIndex) => {
      if (link.page !== index) return;
      const ref = linkAnnotation(context, link, annotationStructParent(pageCount, linkIndex));
      annotations[linkIndex] = { ref, page: index };
      links.push(ref);
    });
    if (links.length > 0) page.node.set(PDFName.of("Annots"), context.obj(links));
  });

  catalog.set(PDFName.of("StructTreeRoot"), writeStructureTree(context, layout.structure, { pages: pageRefs, annotations }));
  catalog.set(PDFName.of("MarkInfo"), context.obj({ Marked: true }));
  // Left uncompressed so that any tool can find and read the XMP packet.
  const xmp = context.stream(Buffer.from(xmpPacket(meta), "utf8"), { Type: "Metadata", Subtype: "XML" });
  catalog.set(PDFName.of("Metadata"), context.register(xmp));
  catalog.set(PDFName.of("OutputIntents"), context.obj([outputIntent(context)]));

  applyMetadata(doc, meta);
  setContentDerivedId(doc, [...contents, meta.title, meta.author, meta.subject, meta.language, meta.date.toISOString()]);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, objectsPerTick: Infinity, updateFieldAppearances: false });
}
