import { deflateSync } from "node:zlib";
import { embedUsedFonts } from "../font/pdf-font";
import { num } from "../layout/content-stream";
import { PAGE, type LinkArea } from "../layout/page-composer";
import type { LaidOutReceipt } from "../layout/receipt-layout";
import { contentDerivedId, infoDictionary, xmlSafeMetadata, type ReceiptMetadata } from "./metadata";
import { PdfFile, pdfAsciiString, pdfHexBytes, pdfTextString, type PdfRef } from "./pdf-file";
import { SRGB_PROFILE_DESCRIPTION, srgbProfile } from "./srgb-profile";
import { annotationStructParent, writeStructureTree } from "./structure-tree";
import { xmpPacket } from "./xmp";

const PRINT_FLAG = 4;
/**
 * Page content streams are long runs of hex glyph codes: the fastest level packs a receipt within
 * 2 % of the default level's size, and deflating is the largest single cost of writing one.
 */
const CONTENT_DEFLATE = { level: 1 };

function linkAnnotation(file: PdfFile, link: LinkArea, structParent: number): PdfRef {
  // The URI is ASCII after URL parsing; a hex string avoids any escaping issues.
  return file.add(
    `<</Type/Annot/Subtype/Link/Rect[${link.rect.map(num).join(" ")}]/Border[0 0 0]/F ${PRINT_FLAG}` +
      `/Contents ${pdfTextString(link.description)}/StructParent ${structParent}` +
      `/A<</Type/Action/S/URI/URI ${pdfHexBytes(link.uri)}>>>>`,
  );
}

let compressedProfile: Uint8Array | undefined;

/** PDF/A output intent with the embedded sRGB profile (it also covers the DeviceGray text colour). */
function outputIntent(file: PdfFile): PdfRef {
  compressedProfile ??= deflateSync(srgbProfile());
  const profile = file.addStream("/N 3/Filter/FlateDecode", compressedProfile);
  const description = pdfAsciiString(SRGB_PROFILE_DESCRIPTION);
  return file.add(
    `<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier ${description}/Info ${description}/DestOutputProfile ${profile}>>`,
  );
}

/**
 * Writes the PDF (ADR 046): one Flate-compressed content stream per page, one shared resource
 * dictionary with the subset fonts, link annotations, the structure tree (PDF/UA-1), XMP metadata
 * and output intent (PDF/A-2b), and a content-derived ID. No object streams: the document is small.
 */
export function writeReceiptPdf(layout: LaidOutReceipt, rawMeta: ReceiptMetadata): Uint8Array {
  const meta = xmlSafeMetadata(rawMeta);
  const file = new PdfFile();
  const contents = layout.pages.map((page) => page.toString());
  const pageCount = contents.length;

  const pageTree = file.reserve();
  const catalog = file.reserve();
  const resources = file.add(`<</Font ${embedUsedFonts(file, layout.usage)}/ProcSet[/PDF/Text]>>`);
  const mediaBox = `[0 0 ${num(PAGE.width)} ${num(PAGE.height)}]`;
  const pageRefs: PdfRef[] = [];
  const annotations: Array<{ ref: PdfRef; page: number }> = [];
  contents.forEach((content, index) => {
    const page = file.reserve();
    pageRefs.push(page);
    const stream = file.addStream("/Filter/FlateDecode", deflateSync(Buffer.from(content, "latin1"), CONTENT_DEFLATE));
    const links: PdfRef[] = [];
    layout.links.forEach((link, linkIndex) => {
      if (link.page !== index) return;
      const ref = linkAnnotation(file, link, annotationStructParent(pageCount, linkIndex));
      annotations[linkIndex] = { ref, page: index };
      links.push(ref);
    });
    file.set(
      page,
      `<</Type/Page/Parent ${pageTree}/Resources ${resources}/MediaBox${mediaBox}/Contents ${stream}/StructParents ${index}/Tabs/S` +
        `${links.length > 0 ? `/Annots[${links.join(" ")}]` : ""}>>`,
    );
  });
  file.set(pageTree, `<</Type/Pages/Kids[${pageRefs.join(" ")}]/Count ${pageCount}>>`);

  const structureTree = writeStructureTree(file, layout.structure, { pages: pageRefs, annotations });
  // Left uncompressed so that any tool can find and read the XMP packet.
  const xmp = file.addStream("/Type/Metadata/Subtype/XML", Buffer.from(xmpPacket(meta), "utf8"));
  file.set(
    catalog,
    `<</Type/Catalog/Pages ${pageTree}/StructTreeRoot ${structureTree}/MarkInfo<</Marked true>>/Metadata ${xmp}` +
      `/OutputIntents[${outputIntent(file)}]/ViewerPreferences<</DisplayDocTitle true>>/Lang ${pdfAsciiString(meta.language)}>>`,
  );
  const info = file.add(infoDictionary(meta));
  const id = contentDerivedId([...contents, meta.title, meta.author, meta.subject, meta.language, meta.date.toISOString()]);
  return file.toBytes({ root: catalog, info, id });
}
