/** What differs between XDatenfelder 2 and 3: each standard's reader supplies these parts. */
import type { FimField, FimStandard } from "./model";
import type { XmlElement } from "./xml-tree";

export interface StandardParts {
  standard: FimStandard;
  fieldDetails(element: XmlElement): Pick<FimField, "constraints" | "constraintProblem" | "values" | "codeList" | "maxSize" | "mediaTypes">;
  ruleText(element: XmlElement): string;
  isChoice(group: XmlElement): boolean;
}
