import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface ExtractedPdf {
  numPages: number;
  /** Text per page, items joined as pdfjs positions them (it inserts spaces for gaps; line ends as "\n"). */
  pages: string[];
  info: Record<string, unknown>;
}

/** Parses a PDF with pdfjs-dist the way a reader/indexer would and returns its text and document info. */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  // pdfjs transfers (detaches) the buffer it gets, so hand it a copy.
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(text);
    }
    const { info } = await doc.getMetadata();
    return { numPages: doc.numPages, pages, info: info as Record<string, unknown> };
  } finally {
    await task.destroy();
  }
}

export const normalizeSpace = (s: string): string => s.replace(/\s+/g, " ").trim();
export const stripSpace = (s: string): string => s.replace(/\s+/g, "");
