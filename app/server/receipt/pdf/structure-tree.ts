import { isElement, isMarkedContent, type StructElement } from "../layout/structure";
import type { PdfFile, PdfRef } from "./pdf-file";

/**
 * Writes the layout's structure (see layout/structure.ts) as a PDF structure tree: one indirect
 * structure element per element, marked-content references per page, OBJR entries for link
 * annotations, and the ParentTree that maps each page's MCIDs (key = page index) and each link
 * annotation (key = page count + link index) back to its element. Row-header cells get /Scope /Row.
 * /Type /StructElem is optional and left out (a sixth of the tree's bytes).
 */

export interface StructureTreeTargets {
  readonly pages: readonly PdfRef[];
  /** Link annotations in layout order, each with the page index it is on. */
  readonly annotations: ReadonlyArray<{ readonly ref: PdfRef; readonly page: number }>;
}

/** The /StructParent key of the i-th link annotation. */
export const annotationStructParent = (pageCount: number, linkIndex: number): number => pageCount + linkIndex;

const ROW_HEADER_ATTRIBUTES = "/A<</O/Table/Scope/Row>>";

export function writeStructureTree(file: PdfFile, root: StructElement, targets: StructureTreeTargets): PdfRef {
  const treeRootRef = file.reserve();
  const pageRefs = targets.pages.map((ref) => ref.toString());
  const mcidOwners: string[][] = targets.pages.map(() => []);
  const annotationOwners: string[] = [];

  const write = (element: StructElement, parent: string): string => {
    const ref = file.reserve();
    const self = ref.toString();
    const page = element.kids.find(isMarkedContent)?.page;
    const kids: string[] = [];
    for (const kid of element.kids) {
      if (isElement(kid)) kids.push(write(kid, self));
      else if (isMarkedContent(kid)) {
        mcidOwners[kid.page][kid.mcid] = self;
        kids.push(kid.page === page ? String(kid.mcid) : `<</Type/MCR/Pg ${pageRefs[kid.page]}/MCID ${kid.mcid}>>`);
      } else {
        const annotation = targets.annotations[kid.link];
        annotationOwners[kid.link] = self;
        kids.push(`<</Type/OBJR/Obj ${annotation.ref}/Pg ${pageRefs[annotation.page]}>>`);
      }
    }
    const pg = page === undefined ? "" : `/Pg ${pageRefs[page]}`;
    const attributes = element.role === "TH" ? ROW_HEADER_ATTRIBUTES : "";
    file.set(ref, `<</S/${element.role}/P ${parent}/K[${kids.join(" ")}]${pg}${attributes}>>`);
    return self;
  };

  const documentRef = write(root, treeRootRef.toString());
  const nums: string[] = [];
  mcidOwners.forEach((owners, pageIndex) => nums.push(`${pageIndex}[${owners.join(" ")}]`));
  annotationOwners.forEach((owner, linkIndex) => nums.push(`${annotationStructParent(targets.pages.length, linkIndex)} ${owner}`));
  const parentTree = file.add(`<</Nums[${nums.join(" ")}]>>`);
  const nextKey = annotationStructParent(targets.pages.length, annotationOwners.length);
  file.set(treeRootRef, `<</Type/StructTreeRoot/K ${documentRef}/ParentTree ${parentTree}/ParentTreeNextKey ${nextKey}>>`);
  return treeRootRef;
}
