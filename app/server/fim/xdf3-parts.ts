/** The parts of XDatenfelder 3 that differ from 2: attribute praezisierung, inline werte, Auswahlgruppe, freitextRegel. */
import type { FimConstraints } from "./model";
import type { StandardParts } from "./standard-parts";
import { child, childrenNamed, childText, type XmlElement } from "./xml-tree";

function numberAttr(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

export const xdf3Parts: StandardParts = {
  standard: "xdf3",
  fieldDetails(element: XmlElement) {
    const precision = child(element, "praezisierung");
    const a = precision?.attrs ?? {};
    const constraints: FimConstraints = {
      minLength: numberAttr(a.minLength),
      maxLength: numberAttr(a.maxLength),
      minValue: numberAttr(a.minValue),
      maxValue: numberAttr(a.maxValue),
      pattern: a.pattern || undefined,
    };
    const werte = child(element, "werte");
    const values = werte
      ? childrenNamed(werte, "wert").map((w) => ({
          code: childText(w, "code") ?? "",
          name: childText(w, "name") ?? childText(w, "code") ?? "",
        }))
      : undefined;
    const reference = child(element, "codelisteReferenz");
    const uri = reference ? childText(reference, "canonicalIdentification") : undefined;
    const maxSize = numberAttr(childText(element, "maxSize"));
    return {
      constraints,
      values: values && values.length > 0 ? values : undefined,
      codeList: uri ? { uri, version: childText(reference!, "version") } : undefined,
      maxSize,
      mediaTypes: childrenNamed(element, "mediaType")
        .map((m) => m.text.trim())
        .filter(Boolean),
    };
  },
  ruleText(rule: XmlElement) {
    return childText(rule, "freitextRegel") ?? childText(rule, "beschreibung") ?? "";
  },
  isChoice(group: XmlElement) {
    return (
      child(group, "art")
        ?.children.find((c) => c.name === "code")
        ?.text.trim() === "X"
    );
  },
};
