/**
 * The parts of XDatenfelder 2 that differ from 3: praezisierung is a JSON text that may be
 * empty or not JSON at all, code lists are always referenced (genericode), rules are prose in
 * `definition` (the `script` is almost always an empty function), and there are no choice groups.
 */
import type { FimConstraints } from "./model";
import type { StandardParts } from "./standard-parts";
import { child, childText, type XmlElement } from "./xml-tree";

function readPrecision(text: string | undefined): { constraints: FimConstraints; constraintProblem?: string } {
  if (!text) return { constraints: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { constraints: {}, constraintProblem: `Präzisierung ist kein JSON und wurde nicht übernommen: ${text.slice(0, 200)}` };
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { constraints: {}, constraintProblem: `Präzisierung ist kein JSON-Objekt und wurde nicht übernommen: ${text.slice(0, 200)}` };
  }
  const p = parsed as Record<string, unknown>;
  const num = (key: string) => {
    const value = p[key];
    if (value === undefined || value === "") return undefined;
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  };
  return {
    constraints: {
      minLength: num("minLength"),
      maxLength: num("maxLength"),
      minValue: num("minValue"),
      maxValue: num("maxValue"),
      pattern: typeof p.pattern === "string" && p.pattern !== "" ? p.pattern : undefined,
    },
  };
}

export const xdf2Parts: StandardParts = {
  standard: "xdf2",
  fieldDetails(element: XmlElement) {
    const reference = child(element, "codelisteReferenz");
    const generic = reference ? child(reference, "genericodeIdentification") : undefined;
    const uri = generic ? childText(generic, "canonicalIdentification") : undefined;
    const id = reference ? childText(child(reference, "identifikation") ?? reference, "id") : undefined;
    return {
      ...readPrecision(childText(element, "praezisierung")),
      codeList: uri ? { uri, version: childText(generic!, "version"), id } : undefined,
      mediaTypes: [],
    };
  },
  ruleText(rule: XmlElement) {
    return childText(rule, "definition") ?? childText(rule, "beschreibung") ?? childText(rule, "bezeichnungEingabe") ?? "";
  },
  isChoice() {
    return false;
  },
};
