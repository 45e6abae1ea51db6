/**
 * XDatenfelder 2 and 3 Stammdatenschema → the common model. The two standards share the
 * structure (struktur → enthaelt → datenfeld | datenfeldgruppe, anzahl "min:max"); they differ
 * in a few parts, read by `xdf2-parts.ts` and `xdf3-parts.ts`. Elements are recognised by
 * namespace URI and local name.
 */
import { FimImportError } from "./import-error";
import type { FimElement, FimField, FimGroup, FimPosition, FimRule, FimSchema } from "./model";
import type { StandardParts } from "./standard-parts";
import { xdf2Parts } from "./xdf2-parts";
import { xdf3Parts } from "./xdf3-parts";
import { child, childrenNamed, childText, readXml, type XmlElement } from "./xml-tree";

export const XDF2_NS = "urn:xoev-de:fim:standard:xdatenfelder_2";
export const XDF3_NS = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";
const ROOT = "xdatenfelder.stammdatenschema.0102";

function partsFor(root: XmlElement, fileName: string): StandardParts {
  const known = root.ns === XDF2_NS ? xdf2Parts : root.ns === XDF3_NS ? xdf3Parts : undefined;
  if (!known) {
    throw new FimImportError(
      `${fileName}, Zeile ${root.line}: Das Wurzelelement „${root.name}“ hat den Namensraum „${root.ns || "(keiner)"}“; erwartet wird ` +
        `ein FIM-Stammdatenschema in XDatenfelder 2 (${XDF2_NS}) oder 3 (${XDF3_NS}).`,
    );
  }
  if (root.name !== ROOT) {
    throw new FimImportError(
      `${fileName}, Zeile ${root.line}: Das Wurzelelement ist „${root.name}“; erwartet wird „${ROOT}“ (eine Stammdatenschema-Nachricht).`,
    );
  }
  return known;
}

function required(element: XmlElement, name: string, fileName: string): XmlElement {
  const found = child(element, name);
  if (!found) throw new FimImportError(`${fileName}, Zeile ${element.line}: Im Element „${element.name}“ fehlt „${name}“.`);
  return found;
}

function parseCount(text: string | undefined, element: XmlElement, fileName: string): { min: number; max: number | null } {
  const match = /^(\d+):(\d+|\*)$/.exec((text ?? "1:1").trim());
  if (!match) {
    throw new FimImportError(`${fileName}, Zeile ${element.line}: Die Anzahl „${text}“ ist nicht im Format „min:max“ (z. B. 0:1, 1:*).`);
  }
  const min = Number(match[1]);
  const max = match[2] === "*" ? null : Number(match[2]);
  if (max !== null && max < min)
    throw new FimImportError(`${fileName}, Zeile ${element.line}: Anzahl „${text}“: das Maximum ist kleiner als das Minimum.`);
  return { min, max };
}

export function readSchema(input: Uint8Array | string, fileName: string): FimSchema {
  const root = readXml(input, { fileName, skip: new Set(["relation"]) });
  const parts = partsFor(root, fileName);
  const schema = required(root, "stammdatenschema", fileName);

  const rulesOf = (element: XmlElement): FimRule[] =>
    childrenNamed(element, "regel").map((rule) => ({
      id: childText(child(rule, "identifikation") ?? rule, "id") ?? "",
      name: childText(rule, "name") ?? "",
      text: parts.ruleText(rule),
      line: rule.line,
    }));

  const base = (element: XmlElement) => {
    const name = childText(element, "name") ?? childText(element, "bezeichnungEingabe");
    const id = childText(required(element, "identifikation", fileName), "id");
    if (!name || !id) throw new FimImportError(`${fileName}, Zeile ${element.line}: Element „${element.name}“ ohne Kennung oder Namen.`);
    return {
      id,
      name,
      label: childText(element, "bezeichnungEingabe") ?? name,
      hint: childText(element, "hilfetextEingabe"),
      rules: rulesOf(element),
      line: element.line,
    };
  };

  const readElement = (element: XmlElement, depth: number): FimElement => {
    if (depth > 30) throw new FimImportError(`${fileName}, Zeile ${element.line}: Die Gruppen sind tiefer als 30 Ebenen verschachtelt.`);
    if (element.name === "datenfeldgruppe") {
      const group: FimGroup = { kind: "group", ...base(element), choice: parts.isChoice(element), children: positions(element, depth + 1) };
      return group;
    }
    const field: FimField = {
      kind: "field",
      ...base(element),
      fieldType: childCodeOf(element, "feldart") ?? "input",
      dataType: childCodeOf(element, "datentyp") ?? "text",
      content: childText(element, "inhalt"),
      ...parts.fieldDetails(element),
    };
    return field;
  };

  const positions = (parent: XmlElement, depth: number): FimPosition[] =>
    childrenNamed(parent, "struktur").map((structure) => {
      const contains = required(structure, "enthaelt", fileName);
      const element = contains.children.find((c) => c.ns === root.ns && (c.name === "datenfeld" || c.name === "datenfeldgruppe"));
      if (!element) {
        throw new FimImportError(`${fileName}, Zeile ${contains.line}: „enthaelt“ ohne „datenfeld“ oder „datenfeldgruppe“.`);
      }
      const anzahl = child(structure, "anzahl");
      return { ...parseCount(anzahl?.text, anzahl ?? structure, fileName), element: readElement(element, depth) };
    });

  const identification = required(schema, "identifikation", fileName);
  const name = childText(schema, "name") ?? childText(identification, "id") ?? "FIM-Stammdatenschema";
  return {
    standard: parts.standard,
    id: childText(identification, "id") ?? "",
    version: childText(identification, "version"),
    name,
    label: childText(schema, "bezeichnungEingabe") ?? childText(schema, "bezeichnung") ?? name,
    description: childText(schema, "beschreibung"),
    legalBasis: childrenNamed(schema, "bezug")
      .map((b) => b.text.replace(/\s+/g, " ").trim())
      .filter((b) => b.length > 0),
    rules: rulesOf(schema),
    children: positions(schema, 0),
  };
}

function childCodeOf(element: XmlElement, name: string): string | undefined {
  return (
    child(element, name)
      ?.children.find((c) => c.name === "code")
      ?.text.trim() || undefined
  );
}
