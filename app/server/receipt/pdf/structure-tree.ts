import type { PDFContext, PDFRef } from "pdf-lib";
import { isElement, isMarkedContent, type StructElement } from "../layout/structure";
import { PreformattedObject } from "./preformatted-object";

/**
 * Writes the layout's structure (see layout/structure.ts) as a PDF structure tree: one indirect
 * structure element per element, marked-content references per page, OBJR entries for link
 * annotations, and the ParentTree that maps each page's MCIDs (key = page index) and each link
 * annotation (key = page count + link index) back to its element. Row-header cells get /Scope /Row.
 * /Type /StructElem is optional and left out (a sixth of the tree's bytes).
 */

export interface StructureTreeTargets {
  readonly pages: readonly PDFRef[];
  /** Link annotations in layout order, each with the page index it is on. */
  readonly annotations: ReadonlyArray<{ readonly ref: PDFRef; readonly page: number }>;
}

/** The /StructParent key of the i-th link annotation. */
export const annotationStructParent = (pageCount: number, linkIndex: number): number => pageCount + linkIndex;

const ROW_HEADER_ATTRIBUTES = "/A<</O/Table/Scope/Row>>";

export function writeStructureTree(context: PDFContext, root: StructElement, targets: StructureTreeTargets): PDFRef {
  const treeRootRef = context.nextRef();
  const pageRefs = targets.pages.map((ref) => ref.toString());
  const mcidOwners: string[][] = targets.pages.map(() => []);
  const annotationOwners: string[] = [];

  const write = (element: StructElement, parent: string): string => {
    const ref = context.nextRef();
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
        kids.push(`<</Type/OBJR/Obj ${annotation.ref.toString()}/Pg ${pageRefs[annotation.page]}>>`);
      }
    }
    const pg = page === undefined ? "" : `/Pg ${pageRefs[page]}`;
    const attributes = element.role === "TH" ? ROW_HEADER_ATTRIBUTES : "";
    context.assign(ref, new PreformattedObject(`<</S/${element.role}/P ${parent}/K[${kids.join(" ")}]${pg}${attributes}>>`));
    return self;
  };

  const documentRef = write(root, treeRootRef.toString());
  const nums: string[] = [];
  mcidOwners.forEach((owners, pageIndex) => nums.push(`${pageIndex}[${owners.join(" ")}]`));
  annotationOwners.forEach((owner, linkIndex) => nums.push(`${annotationStructParent(targets.pages.length, linkIndex)} ${owner}`));
  const parentTree = context.register(new PreformattedObject(`<</Nums[${nums.join(" ")}]>>`));
  const nextKey = annotationStructParent(targets.pages.length, annotationOwners.length);
  context.assign(
    treeRootRef,
    new PreformattedObject(`<</Type/StructTreeRoot/K ${documentRef}/ParentTree ${parentTree.toString()}/ParentTreeNextKey ${nextKey}>>`),
  );
  return treeRootRef;
}
