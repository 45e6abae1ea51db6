/**
 * The FIM structure → the dataSchema, one node per position. Groups become objects, positions
 * with more than one occurrence arrays (minItems/maxItems from `anzahl`), `min ≥ 1` makes a
 * property required. Pointers are built from the element names along the path. Arrays do not
 * nest in a form (group items cannot hold groups): a repeating position inside a repeating group
 * is taken once, and the report says so.
 */
import { formatPointer } from "../../engine/json-pointer";
import type { JsonSchema } from "../../engine/types";
import { mapField, mappingLines, type FieldMapping } from "./field-schema";
import type { FimCodeList, FimElement, FimPosition } from "./model";
import { SiblingKeys } from "./property-key";
import type { ReportLine } from "./report";

export interface DataNode {
  element: FimElement;
  position: FimPosition;
  key: string;
  path: string[];
  pointer: string;
  parent?: DataNode;
  children: DataNode[];
  /** This position is an array (repeats). */
  array: boolean;
  /** This node or an ancestor repeats: its values live in group items. */
  inArray: boolean;
  /** The property schema (for a repeating position: the array). */
  schema: JsonSchema;
  /** Groups: the object schema (the items of a repeating group). */
  objectSchema?: JsonSchema;
  mapping?: FieldMapping;
  /** Choice groups: key of the property holding the choice. */
  choiceKey?: string;
  /** Label fields: not data, an info text. Hidden/locked fields: left out. */
  omitted?: "label" | "hidden" | "locked";
}

export interface DataTree {
  schema: JsonSchema;
  roots: DataNode[];
  all: DataNode[];
  approximated: ReportLine[];
  decisions: ReportLine[];
  codeListsUsed: Set<string>;
}

/** Upper bound for a repeating group or list that FIM leaves open (`*`). */
export const OPEN_MAX_ITEMS = 20;
/** Upper bound for an open list of files: every form may take 20 files in all. */
export const OPEN_MAX_FILES = 5;

export function buildDataTree(children: FimPosition[], codeLists: ReadonlyMap<string, FimCodeList>): DataTree {
  const tree: DataTree = {
    schema: { type: "object", properties: {}, required: [] },
    roots: [],
    all: [],
    approximated: [],
    decisions: [],
    codeListsUsed: new Set(),
  };

  const addPositions = (positions: FimPosition[], parent: DataNode | undefined, objectSchema: JsonSchema, reserved: string[]) => {
    const keys = new SiblingKeys(reserved);
    const properties = objectSchema.properties as Record<string, JsonSchema>;
    const required = objectSchema.required as string[];
    const nodes: DataNode[] = [];
    for (const position of positions) {
      const element = position.element;
      const key = keys.take(element.name);
      const path = [...(parent?.path ?? []), key];
      const wantsArray = position.max === null || position.max > 1;
      const parentInArray = parent?.inArray ?? false;
      const array = wantsArray && !parentInArray;
      const node: DataNode = {
        element,
        position,
        key,
        path,
        pointer: formatPointer(path),
        parent,
        children: [],
        array,
        inArray: parentInArray || array,
        schema: {},
      };
      if (wantsArray && parentInArray) {
        tree.approximated.push({
          element: element.id,
          pointer: node.pointer,
          message: `Wiederholung ${position.min}:${position.max ?? "*"} innerhalb einer wiederholten Gruppe: nur einmal erfragt.`,
        });
      }
      if (element.kind === "field") {
        if (element.fieldType === "label") node.omitted = "label";
        else if (element.fieldType === "hidden" || element.fieldType === "locked") {
          node.omitted = element.fieldType;
          tree.decisions.push({
            element: element.id,
            pointer: node.pointer,
            message: `Feld „${element.label}“ ist ${element.fieldType === "hidden" ? "verborgen (hidden)" : "gesperrt (locked)"} und braucht einen vorbelegten Wert: nicht in das Formular übernommen.`,
          });
        }
        if (node.omitted) {
          tree.all.push(node);
          nodes.push(node);
          continue;
        }
        const mapping = mapField(element, codeLists);
        node.mapping = mapping;
        if (mapping.codeListUsed) tree.codeListsUsed.add(mapping.codeListUsed);
        const lines = mappingLines(element, node.pointer, mapping);
        tree.approximated.push(...lines.approximated);
        tree.decisions.push(...lines.decisions);
        node.schema = array ? arrayOfField(node, mapping, tree) : mapping.schema;
      } else {
        const object: JsonSchema = { type: "object", properties: {}, required: [] };
        node.objectSchema = object;
        const reservedKeys: string[] = [];
        if (element.choice) {
          node.choiceKey = "auswahl";
          reservedKeys.push("auswahl");
        }
        node.children = addPositions(element.children, node, object, reservedKeys);
        if (element.choice) addChoice(node, object, tree);
        node.schema = array
          ? { type: "array", items: object, ...counts(position, hasFiles(node) ? OPEN_MAX_FILES : OPEN_MAX_ITEMS) }
          : object;
      }
      properties[key] = node.schema;
      if (position.min >= 1) required.push(key);
      tree.all.push(node);
      nodes.push(node);
    }
    return nodes;
  };

  tree.roots = addPositions(children, undefined, tree.schema, []);
  prune(tree.schema);
  return tree;
}

function counts(position: FimPosition, openMax: number): JsonSchema {
  const max = position.max ?? Math.max(openMax, position.min);
  return { ...(position.min > 0 ? { minItems: position.min } : {}), maxItems: Math.min(max, 1000) };
}

function hasFiles(node: DataNode): boolean {
  return node.element.kind === "field" ? node.element.dataType === "file" : node.children.some(hasFiles);
}

function arrayOfField(node: DataNode, mapping: FieldMapping, tree: DataTree): JsonSchema {
  const isFile = mapping.widget === "file";
  const limits = counts(node.position, isFile ? OPEN_MAX_FILES : OPEN_MAX_ITEMS);
  const valueList = node.element.kind === "field" && node.element.dataType !== "bool";
  if ((mapping.widget === "select" || mapping.widget === "radio") && valueList) {
    mapping.widget = "checkboxes";
    return { type: "array", items: mapping.schema, uniqueItems: true, ...limits };
  }
  if (isFile) return { type: "array", items: mapping.schema, ...limits };
  tree.approximated.push({
    element: node.element.id,
    pointer: node.pointer,
    message: "Wiederholtes Feld als Liste mit einem Eintrag je Wert („wert“) übernommen.",
  });
  mapping.widget = mapping.widget === "checkboxes" ? "text" : mapping.widget;
  return { type: "array", items: { type: "object", properties: { wert: mapping.schema }, required: ["wert"] }, ...limits };
}

function addChoice(node: DataNode, object: JsonSchema, tree: DataTree): void {
  const branches = node.children.filter((c) => !c.omitted);
  if (branches.length < 2) return;
  (object.properties as Record<string, JsonSchema>)[node.choiceKey!] = { type: "string", enum: branches.map((b) => b.key) };
  (object.required as string[]).unshift(node.choiceKey!);
  if (node.inArray) {
    tree.approximated.push({
      element: node.element.id,
      pointer: node.pointer,
      message: "Auswahlgruppe in einer wiederholten Gruppe: alle Zweige werden gezeigt, die Auswahl steuert sie nicht.",
    });
    const required = object.required as string[];
    required.splice(0, required.length, node.choiceKey!);
  }
}

/** Leaves out empty `required` lists. */
function prune(schema: JsonSchema): void {
  if (Array.isArray(schema.required) && schema.required.length === 0) delete schema.required;
  for (const child of Object.values((schema.properties as Record<string, JsonSchema>) ?? {})) prune(child);
  if (schema.items && typeof schema.items === "object") prune(schema.items as JsonSchema);
}
