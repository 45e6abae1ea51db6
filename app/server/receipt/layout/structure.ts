/**
 * The receipt's logical structure as the layout builds it: standard PDF structure types whose
 * content is referenced by marked-content ids per page. The PDF writer turns it into the
 * structure tree, so reading order is the order in which elements and their content were added.
 */

export type StructRole = "Document" | "H1" | "H2" | "H3" | "P" | "Table" | "TR" | "TH" | "TD" | "L" | "LI" | "LBody" | "Link";

/** Content drawn on page `page` (0-based) inside the marked-content sequence `mcid`. */
export interface MarkedContentRef {
  readonly page: number;
  readonly mcid: number;
}

/** A link annotation (index into the layout's links) that belongs to a Link element. */
export interface AnnotationRef {
  readonly link: number;
}

export interface StructElement {
  readonly role: StructRole;
  readonly kids: StructKid[];
}

export type StructKid = StructElement | MarkedContentRef | AnnotationRef;

export const isElement = (kid: StructKid): kid is StructElement => "role" in kid;
export const isMarkedContent = (kid: StructKid): kid is MarkedContentRef => "mcid" in kid;

export function structElement(role: StructRole): StructElement {
  return { role, kids: [] };
}
