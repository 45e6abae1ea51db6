import { PDFName, type PDFContext, type PDFObject, type PDFRef } from "pdf-lib";
import { isElement, isMarkedContent, type StructElement } from "../layout/structure";

/**
 * Writes the layout's structure (see layout/structure.ts) as a PDF structure tree: one indirect
 * StructElem per element, marked-content references per page, OBJR entries for link annotations,
 * and the ParentTree that maps each page's MCIDs (key = page index) and each link annotation
 * (key = page count + link index) back to its element. Row-header cells get /Scope /Row.
 */

export interface StructureTreeTargets {
  readonly pages: readonly PDFRef[];
  /** Link annotations in layout order, each with the page index it is on. */
  readonly annotations: ReadonlyArray<{ readonly ref: PDFRef; readonly page: number }>;
}

/** The /StructParent key of the i-th link annotation. */
export const annotationStructParent = (pageCount: number, linkIndex: number): number => pageCount + linkIndex;

export function writeStructureTree(context: PDFContext, root: StructElement, targets: StructureTreeTargets): PDFRef {
  const treeRootRef = context.nextRef();
  const mcidOwners: PDFRef[][] = targets.pages.map(() => []);
  const annotationOwners: PDFRef[] = [];
  const rowHeaderAttributes = context.obj({ O: "Table", Scope: "Row" });

  const write = (element: StructElement, parentRef: PDFRef): PDFRef => {
    const ref = context.nextRef();
    const firstContent = element.kids.find(isMarkedContent);
    const page = firstContent?.page;
    const kids: PDFObject[] = [];
    for (const kid of element.kids) {
      if (isElement(kid)) kids.push(write(kid, ref));
      else if (isMarkedContent(kid)) {
        mcidOwners[kid.page][kid.mcid] = ref;
        kids.push(kid.page === page ? context.obj(kid.mcid) : context.obj({ Type: "MCR", Pg: targets.pages[kid.page], MCID: kid.mcid }));
      } else {
        const annotation = targets.annotations[kid.link];
        annotationOwners[kid.link] = ref;
        kids.push(context.obj({ Type: "OBJR", Obj: annotation.ref, Pg: targets.pages[annotation.page] }));
      }
    }
    // /Type /StructElem is optional and left out: it would add a sixth of the structure tree's bytes.
    const dict = context.obj({ S: element.role, P: parentRef, K: kids });
    if (page !== undefined) dict.set(PDFName.of("Pg"), targets.pages[page]);
    if (element.role === "TH") dict.set(PDFName.of("A"), rowHeaderAttributes);
    context.assign(ref, dict);
    return ref;
  };

  const documentRef = write(root, treeRootRef);
  const nums: PDFObject[] = [];
  mcidOwners.forEach((owners, pageIndex) => nums.push(context.obj(pageIndex), context.obj(owners)));
  annotationOwners.forEach((owner, linkIndex) => nums.push(context.obj(annotationStructParent(targets.pages.length, linkIndex)), owner));
  const parentTree = context.register(context.obj({ Nums: nums }));
  context.assign(
    treeRootRef,
    context.obj({
      Type: "StructTreeRoot",
      K: documentRef,
      ParentTree: parentTree,
      ParentTreeNextKey: annotationStructParent(targets.pages.length, annotationOwners.length),
    }),
  );
  return treeRootRef;
}
