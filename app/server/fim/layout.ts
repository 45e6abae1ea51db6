/**
 * Pages from the data tree: each top-level group is a page, fields directly under the schema
 * form a first page. Nested groups stay on their page (their fields point into the nested
 * object), a repeating group becomes a `group` field with its item fields. Label fields add their
 * text to the page description. Conditional groups (rule targets, choice branches) are moved to a
 * page of their own right after the page they came from, shown only when their condition holds
 * (a conditional single field keeps its place and gets a question-level `when` instead).
 */
import type { FieldDefinition, JsonSchema, StepDefinition } from "../../engine/types";
import type { DataNode, DataTree } from "./data-tree";
import { stepSlug } from "./property-key";
import type { ReportLine } from "./report";

export interface Entry {
  node: DataNode;
  field: FieldDefinition;
}

export interface PageDraft {
  id: string;
  title: string;
  description: string[];
  when?: JsonSchema;
  entries: Entry[];
  /** The node whose page this is (a top-level group or a split-off part). */
  node?: DataNode;
}

export const MAX_FIELDS_PER_STEP = 100;
const MAX_ITEM_FIELDS = 50;

const short = (text: string) => (text.length > 300 ? `${text.slice(0, 299)}…` : text);

function fieldOf(node: DataNode, pointer: string): FieldDefinition {
  const m = node.mapping!;
  const field: FieldDefinition = { pointer, widget: m.widget, label: { de: short(node.element.label) } };
  if (node.element.hint) field.hint = { de: node.element.hint.slice(0, 5000) };
  if (m.options) field.options = m.options;
  if (m.accept) field.accept = m.accept;
  if (m.maxBytes) field.maxBytes = m.maxBytes;
  return field;
}

function choiceField(node: DataNode, pointer: string): FieldDefinition {
  const branches = node.children.filter((c) => !c.omitted);
  return {
    pointer: `${pointer}/${node.choiceKey}`,
    widget: "radio",
    label: { de: short(node.element.label) },
    ...(node.element.hint ? { hint: { de: node.element.hint.slice(0, 5000) } } : {}),
    options: branches.map((b) => ({ value: b.key, label: { de: short(b.element.label) } })),
  };
}

/** Item fields of a repeating group, pointers relative to one item. */
function itemFields(node: DataNode, base: string, lines: ReportLine[]): FieldDefinition[] {
  const fields: FieldDefinition[] = [];
  for (const child of node.children) {
    const pointer = `${base}/${child.key}`;
    if (child.omitted) continue;
    if (child.element.kind === "field") fields.push(fieldOf(child, pointer));
    else {
      if (child.choiceKey && child.children.filter((c) => !c.omitted).length >= 2) fields.push(choiceField(child, pointer));
      fields.push(...itemFields(child, pointer, lines));
    }
  }
  return fields;
}

function entriesOf(node: DataNode, page: PageDraft, lines: ReportLine[]): Entry[] {
  if (node.omitted === "label") {
    const text = node.element.kind === "field" ? (node.element.content ?? node.element.label) : node.element.label;
    page.description.push(text);
    return [];
  }
  if (node.omitted) return [];
  if (node.element.kind === "field") {
    if (!node.array || node.mapping!.widget === "checkboxes" || node.mapping!.widget === "file") {
      return [{ node, field: fieldOf(node, node.pointer) }];
    }
    const item = fieldOf(node, "/wert");
    return [
      {
        node,
        field: { pointer: node.pointer, widget: "group", label: item.label, fields: [item], itemLabel: { de: short(node.element.label) } },
      },
    ];
  }
  if (node.array) {
    let fields = itemFields(node, "", lines);
    if (fields.length > MAX_ITEM_FIELDS) {
      lines.push({
        element: node.element.id,
        pointer: node.pointer,
        message: `Die wiederholte Gruppe hat ${fields.length} Felder; übernommen werden die ersten ${MAX_ITEM_FIELDS}.`,
      });
      fields = fields.slice(0, MAX_ITEM_FIELDS);
    }
    const group: FieldDefinition = {
      pointer: node.pointer,
      widget: "group",
      label: { de: short(node.element.label) },
      fields,
      itemLabel: { de: short(node.element.label) },
    };
    if (node.element.hint) group.hint = { de: node.element.hint.slice(0, 5000) };
    return [{ node, field: group }];
  }
  const entries: Entry[] = [];
  if (node.choiceKey && node.children.filter((c) => !c.omitted).length >= 2) entries.push({ node, field: choiceField(node, node.pointer) });
  for (const child of node.children) entries.push(...entriesOf(child, page, lines));
  return entries;
}

export function layoutPages(tree: DataTree, schemaLabel: string, lines: ReportLine[]): PageDraft[] {
  const pages: PageDraft[] = [];
  const topFields = tree.roots.filter((n) => n.element.kind === "field");
  if (topFields.length > 0) {
    const page: PageDraft = { id: "allgemein", title: "Allgemeine Angaben", description: [], entries: [] };
    for (const node of topFields) page.entries.push(...entriesOf(node, page, lines));
    pages.push(page);
  }
  for (const node of tree.roots.filter((n) => n.element.kind === "group")) {
    const page: PageDraft = { id: stepSlug(node.key), title: node.element.label, description: [], entries: [], node };
    if (node.element.hint) page.description.push(node.element.hint);
    page.entries.push(...entriesOf(node, page, lines));
    pages.push(page);
  }
  if (pages.length === 0) pages.push({ id: "angaben", title: schemaLabel, description: [], entries: [] });
  return pages;
}

/** Moves the entries of `node` into a page of its own after their page. Null when it cannot. */
export function splitOff(pages: PageDraft[], node: DataNode, when: JsonSchema): PageDraft | null {
  const inside = (entry: Entry) => entry.node === node || isWithin(entry.node, node);
  const from = pages.findIndex((p) => p.entries.some(inside));
  if (from < 0) return null;
  const origin = pages[from]!;
  if (origin.node === node) {
    if (from === 0) return null;
    origin.when = origin.when ? { allOf: [origin.when, when] } : when;
    return origin;
  }
  const moved = origin.entries.filter(inside);
  origin.entries = origin.entries.filter((e) => !inside(e));
  const page: PageDraft = {
    id: stepSlug(node.key),
    title: node.element.label,
    description: node.element.kind === "group" && node.element.hint ? [node.element.hint] : [],
    when: origin.when ? { allOf: [origin.when, when] } : when,
    entries: moved,
    node,
  };
  pages.splice(from + 1, 0, page);
  return page;
}

export function isWithin(node: DataNode, ancestor: DataNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** Index of the first page showing the node, a field inside it, or the group field holding it. */
export function pageIndexOf(pages: PageDraft[], node: DataNode): number {
  return pages.findIndex((p) => p.entries.some((e) => e.node === node || isWithin(node, e.node) || isWithin(e.node, node)));
}

/** Final steps: empty pages dropped, long pages split, ids unique. */
export function toSteps(pages: PageDraft[]): StepDefinition[] {
  const steps: StepDefinition[] = [];
  const ids = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base.slice(0, 50) || "seite";
    for (let n = 2; ids.has(id) || id === "review" || id === "submitted"; n++) id = `${base.slice(0, 50)}-${n}`;
    ids.add(id);
    return id;
  };
  for (const page of pages) {
    if (page.entries.length === 0) continue;
    for (let start = 0, part = 1; start < page.entries.length; start += MAX_FIELDS_PER_STEP, part++) {
      const step: StepDefinition = {
        id: uniqueId(part === 1 ? page.id : `${page.id}-${part}`),
        title: { de: short(part === 1 ? page.title : `${page.title} (Teil ${part})`) },
        fields: page.entries.slice(start, start + MAX_FIELDS_PER_STEP).map((e) => e.field),
      };
      const description = page.description.join("\n\n").slice(0, 5000);
      if (description && part === 1) step.description = { de: description };
      if (page.when) step.when = page.when;
      steps.push(step);
    }
  }
  return steps;
}
