import { deflateSync } from "node:zlib";
import { PDFDocument, PDFHexString, PDFName, type PDFContext, type PDFRef } from "pdf-lib";
import { embedUsedFonts } from "../font/pdf-font";
import { PAGE, type LinkArea } from "../layout/page-composer";
import type { LaidOutReceipt } from "../layout/receipt-layout";
import { applyMetadata, setContentDerivedId, type ReceiptMetadata } from "./metadata";

function linkAnnotation(context: PDFContext, link: LinkArea): PDFRef {
  // The URI is ASCII after URL parsing; a hex string avoids any escaping issues.
  const uriHex = Buffer.from(link.uri, "latin1").toString("hex");
  return context.register(
    context.obj({
      Type: "Annot",
      Subtype: "Link",
      Rect: link.rect.map((n) => Math.round(n * 100) / 100),
      Border: [0, 0, 0],
      A: { Type: "Action", S: "URI", URI: PDFHexString.of(uriHex) },
    }),
  );
}

/**
 * Assembles the PDF with pdf-lib: one Flate-compressed content stream per page, one shared
 * resource dictionary with the subset fonts, link annotations, metadata and a content-derived ID.
 * No object streams and no yielding between objects: the document is small and this is faster.
 */
export async function writeReceiptPdf(layout: LaidOutReceipt, meta: ReceiptMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { context } = doc;
  const contents = layout.pages.map((page) => page.toString());

  const resources = context.register(context.obj({ Font: embedUsedFonts(context, layout.usage), ProcSet: ["PDF", "Text"] }));
  contents.forEach((content, index) => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    const stream = context.stream(deflateSync(Buffer.from(content, "latin1")), { Filter: "FlateDecode" });
    page.node.set(PDFName.of("Contents"), context.register(stream));
    page.node.set(PDFName.of("Resources"), resources);
    const links = layout.links.filter((link) => link.page === index).map((link) => linkAnnotation(context, link));
    if (links.length > 0) page.node.set(PDFName.of("Annots"), context.obj(links));
  });

  applyMetadata(doc, meta);
  setContentDerivedId(doc, [...contents, meta.title, meta.author, meta.subject, meta.language, meta.date.toISOString()]);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, objectsPerTick: Infinity, updateFieldAppearances: false });
}
