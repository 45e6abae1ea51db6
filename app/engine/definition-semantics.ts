/**
 * Checks of a definition that the meta-schema cannot express: that steps,
 * fields, conditions and the dataSchema fit together. Runs on a definition
 * that already passed the meta-schema. Pure: the editor can reuse it.
 */
import { concerns, conditionReferences } from "./field-conditions";
import { formatPointer, parsePointer } from "./json-pointer";
import { ANY_ITEM, createSchemaResolver, factsOf, resolveRef, type SchemaResolver } from "./schema-resolver";
import { childSchemas, isSchemaObject } from "./schema-walk";
import type { FieldDefinition, FormDefinition, JsonSchema } from "./types";

export interface SemanticProblem {
  pointer: string;
  message: string;
}

/** A field with everything needed to check it. */
interface FieldSite {
  field: FieldDefinition;
  /** Data pointer segments, `*` for group items. */
  segments: string[];
  /** Pointer of the field object inside the definition. */
  at: string;
  stepId: string;
  stepIndex: number;
  /** For an item field: the segments of one item (`hunde`, `*`), where its condition is evaluated. */
  itemBase?: string[];
}

function fieldSites(definition: FormDefinition): { fields: FieldSite[]; items: FieldSite[] } {
  const fields: FieldSite[] = [];
  const items: FieldSite[] = [];
  definition.steps.forEach((step, stepIndex) =>
    step.fields.forEach((field, fieldIndex) => {
      const at = `/steps/${stepIndex}/fields/${fieldIndex}`;
      const segments = parsePointer(field.pointer);
      fields.push({ field, segments, at, stepId: step.id, stepIndex });
      (field.fields ?? []).forEach((item, itemIndex) =>
        items.push({
          field: item,
          segments: [...segments, ANY_ITEM, ...parsePointer(item.pointer)],
          at: `${at}/fields/${itemIndex}`,
          stepId: step.id,
          stepIndex,
          itemBase: [...segments, ANY_ITEM],
        }),
      );
    }),
  );
  return { fields, items };
}

function startsWith(segments: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= segments.length && prefix.every((segment, index) => segments[index] === segment);
}

function checkSteps(definition: FormDefinition): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const firstIndex = new Map<string, number>();
  definition.steps.forEach((step, index) => {
    const earlier = firstIndex.get(step.id);
    if (earlier === undefined) firstIndex.set(step.id, index);
    else problems.push({ pointer: `/steps/${index}/id`, message: `Schritt-ID „${step.id}“ ist doppelt (schon bei /steps/${earlier}).` });
  });
  if (definition.steps[0]?.when) {
    problems.push({
      pointer: "/steps/0/when",
      message: "Der erste Schritt darf keine Bedingung („when“) haben: mit ihm beginnt jeder Antrag.",
    });
  }
  return problems;
}

function checkPointerOverlaps(sites: readonly FieldSite[]): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  sites.forEach((site, index) => {
    for (const earlier of sites.slice(0, index)) {
      const pointer = formatPointer(site.segments);
      const other = formatPointer(earlier.segments);
      if (pointer === other) {
        problems.push({ pointer: `${site.at}/pointer`, message: `Feld-Pointer „${pointer}“ ist doppelt (schon bei ${earlier.at}).` });
        return;
      }
      if (startsWith(site.segments, earlier.segments) || startsWith(earlier.segments, site.segments)) {
        problems.push({
          pointer: `${site.at}/pointer`,
          message: `Feld-Pointer „${pointer}“ überschneidet sich mit „${other}“ (${earlier.at}): jeder Wert gehört zu genau einem Feld.`,
        });
        return;
      }
    }
  });
  return problems;
}

const EXPECTED_TYPES: Partial<Record<FieldDefinition["widget"], string[]>> = {
  group: ["array"],
  checkboxes: ["array"],
  checkbox: ["boolean"],
  number: ["number", "integer"],
};

function sameValues(a: readonly unknown[], b: readonly unknown[]): { missing: unknown[]; extra: unknown[] } {
  return { missing: b.filter((value) => !a.includes(value)), extra: a.filter((value) => !b.includes(value)) };
}

function checkField(site: FieldSite, resolver: SchemaResolver): SemanticProblem[] {
  const { field, segments, at } = site;
  const locations = resolver.at(segments);
  const pointer = formatPointer(segments);
  if (locations.length === 0) {
    return [{ pointer: `${at}/pointer`, message: `Feld-Pointer „${pointer}“ kommt im dataSchema nicht vor.` }];
  }
  const problems: SemanticProblem[] = [];
  const facts = factsOf(locations);
  const expected = EXPECTED_TYPES[field.widget];
  if (expected && facts.types.size > 0 && !expected.some((type) => facts.types.has(type))) {
    problems.push({
      pointer: `${at}/widget`,
      message: `Widget „${field.widget}“ passt nicht zum Typ „${[...facts.types].join(", ")}“ bei „${pointer}“ (erwartet: ${expected.join(" oder ")}).`,
    });
  }
  if (field.options) {
    const valueFacts = field.widget === "checkboxes" ? factsOf(resolver.at([...segments, ANY_ITEM])) : facts;
    const allowed = valueFacts.enumValues ?? (valueFacts.types.has("boolean") ? [true, false] : undefined);
    if (allowed === undefined) {
      problems.push({ pointer: `${at}/options`, message: `Für die Optionen fehlt ein „enum“ im dataSchema bei „${pointer}“.` });
    } else {
      const { missing, extra } = sameValues(
        field.options.map((option) => option.value),
        allowed,
      );
      if (missing.length > 0 || extra.length > 0) {
        const list = (values: unknown[]) => values.map((value) => JSON.stringify(value)).join(", ");
        const parts = [
          extra.length > 0 ? `nicht im enum: ${list(extra)}` : "",
          missing.length > 0 ? `ohne Option: ${list(missing)}` : "",
        ].filter(Boolean);
        problems.push({
          pointer: `${at}/options`,
          message: `Optionen passen nicht zum enum bei „${pointer}“ (${parts.join("; ")}).`,
        });
      }
    }
  }
  return problems;
}

/**
 * `properties` and `required` inside a condition must name data the dataSchema
 * describes; `base` is where the condition is evaluated (a group item for an item field).
 */
function checkCondition(when: JsonSchema, at: string, resolver: SchemaResolver, base: string[] = []): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const visit = (schema: JsonSchema, pointer: string, path: string[]) => {
    const required = Array.isArray(schema.required) ? schema.required : [];
    required.forEach((name, index) => {
      if (resolver.at([...path, String(name)]).length === 0) {
        problems.push({
          pointer: `${pointer}/required/${index}`,
          message: `Bedingung bezieht sich auf „${formatPointer([...path, String(name)].slice(base.length))}“, das es im dataSchema nicht gibt.`,
        });
      }
    });
    for (const child of childSchemas(schema, pointer, { includeDefs: false })) {
      let childPath = path;
      if (child.keyword === "properties") {
        const name = parsePointer(child.pointer).at(-1)!;
        childPath = [...path, name];
        if (resolver.at(childPath).length === 0) {
          problems.push({
            pointer: child.pointer,
            message: `Bedingung bezieht sich auf „${formatPointer(childPath.slice(base.length))}“, das es im dataSchema nicht gibt.`,
          });
          continue;
        }
      } else if (child.keyword === "items") {
        childPath = [...path, ANY_ITEM];
      } else if (child.keyword === "additionalProperties" || child.keyword === "unevaluatedProperties") {
        continue;
      }
      visit(child.schema, child.pointer, childPath);
    }
  };
  visit(when, at, base);
  return problems;
}

/**
 * A question's condition may only name answers given before or beside it:
 * not the question itself, not one of a later page (not yet answered when the
 * page is shown), and not in a circle of questions that decide each other.
 */
function checkFieldConditions(sites: readonly FieldSite[], resolver: SchemaResolver): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const controllersOf = new Map<FieldSite, FieldSite[]>();
  for (const site of sites) {
    const when = site.field.when;
    if (!when || !isSchemaObject(when)) continue;
    const at = `${site.at}/when`;
    const base = site.itemBase ?? [];
    const unknown = checkCondition(when, at, resolver, base);
    problems.push(...unknown);
    if (unknown.length > 0) continue;
    const controllers: FieldSite[] = [];
    for (const relative of conditionReferences(when)) {
      const path = [...base, ...relative];
      for (const other of sites) {
        if (!concerns(path, other.segments)) continue;
        const named = formatPointer(relative);
        if (other === site) {
          problems.push({ pointer: at, message: `Bedingung bezieht sich auf „${named}“, also auf die Frage selbst.` });
        } else if (other.stepIndex > site.stepIndex) {
          problems.push({
            pointer: at,
            message: `Bedingung bezieht sich auf „${named}“, das erst auf einer späteren Seite („${other.stepId}“, ${other.at}) gefragt wird.`,
          });
        } else if (!controllers.includes(other)) {
          controllers.push(other);
        }
      }
    }
    controllersOf.set(site, controllers);
  }
  problems.push(...conditionCycles(controllersOf));
  return problems;
}

/** One problem per circle of questions whose conditions name each other. */
function conditionCycles(controllersOf: ReadonlyMap<FieldSite, readonly FieldSite[]>): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const done = new Set<FieldSite>();
  const onPath: FieldSite[] = [];
  const visit = (site: FieldSite) => {
    if (done.has(site)) return;
    const cycleStart = onPath.indexOf(site);
    if (cycleStart >= 0) {
      const circle = [...onPath.slice(cycleStart), site].map((member) => `„${formatPointer(member.segments)}“`);
      problems.push({ pointer: `${site.at}/when`, message: `Bedingungen bilden einen Kreis: ${circle.join(" → ")}.` });
      return;
    }
    onPath.push(site);
    for (const controller of controllersOf.get(site) ?? []) visit(controller);
    onPath.pop();
    done.add(site);
  };
  for (const site of controllersOf.keys()) visit(site);
  return problems;
}

/**
 * Every property the dataSchema requires (also conditionally, via then/else)
 * must be asked for by some field, or no application could ever be complete.
 */
function checkRequiredCoverage(
  definition: FormDefinition,
  sites: readonly FieldSite[],
  items: readonly FieldSite[],
  shared: ReadonlyMap<string, JsonSchema>,
): SemanticProblem[] {
  // A field owns its whole subtree (a file field owns the attachment's
  // internals) — except a group, which owns only the list and its items.
  const owners = [
    ...sites
      .map((site) =>
        site.field.widget === "group"
          ? [
              { segments: site.segments, subtree: false },
              { segments: [...site.segments, ANY_ITEM], subtree: false },
            ]
          : [{ segments: site.segments, subtree: true }],
      )
      .flat(),
    ...items.map((site) => ({ segments: site.segments, subtree: true })),
  ];
  const owned = (path: readonly string[]) => owners.some(({ segments, subtree }) => subtree && startsWith(path, segments));
  const covered = (path: readonly string[]) =>
    owners.some(
      ({ segments, subtree }) =>
        startsWith(segments, path) ||
        (subtree ? startsWith(path, segments) : segments.length === path.length && startsWith(path, segments)),
    );

  const problems: SemanticProblem[] = [];
  const reported = new Set<string>();
  const seen = new Set<string>();
  const visit = (schema: JsonSchema, document: JsonSchema, path: string[], at: string, inShared: boolean) => {
    const key = `${formatPointer(path)}|${at}`;
    if (seen.has(key) || path.length > 32) return;
    seen.add(key);
    if (owned(path)) return;
    const required = Array.isArray(schema.required) ? schema.required : [];
    required.forEach((name, index) => {
      const childPath = [...path, String(name)];
      const pointer = formatPointer(childPath);
      if (covered(childPath) || reported.has(pointer)) return;
      reported.add(pointer);
      problems.push({
        pointer: inShared ? at : `${at}/required/${index}`,
        message: `Pflichtangabe „${pointer}“ wird in keinem Schritt abgefragt (kein Feld mit diesem Pointer).`,
      });
    });
    if (typeof schema.$ref === "string") {
      const target = resolveRef(schema.$ref, document, shared);
      const isShared = !schema.$ref.startsWith("#");
      if (target) visit(target.schema, target.document, path, inShared || isShared ? at : `${at}/$ref`, inShared || isShared);
    }
    for (const child of childSchemas(schema, at, { includeDefs: false })) {
      if (child.keyword === "not" || child.keyword === "if") continue; // conditions, not requirements
      if (child.keyword === "additionalProperties" || child.keyword === "unevaluatedProperties") continue;
      let childPath = path;
      if (child.keyword === "properties") childPath = [...path, parsePointer(child.pointer).at(-1)!];
      if (child.keyword === "items") childPath = [...path, ANY_ITEM];
      visit(child.schema, document, childPath, inShared ? at : child.pointer, inShared);
    }
  };
  visit(definition.dataSchema, definition.dataSchema, [], "/dataSchema", false);
  return problems;
}

export function checkSemantics(definition: FormDefinition, shared: ReadonlyMap<string, JsonSchema>): SemanticProblem[] {
  const resolver = createSchemaResolver(definition.dataSchema, shared);
  const { fields, items } = fieldSites(definition);
  const itemsByGroup = new Map<string, FieldSite[]>();
  for (const item of items) {
    const group = item.at.slice(0, item.at.lastIndexOf("/fields/"));
    itemsByGroup.set(group, [...(itemsByGroup.get(group) ?? []), item]);
  }
  return [
    ...checkSteps(definition),
    ...checkPointerOverlaps(fields),
    ...[...itemsByGroup.values()].flatMap(checkPointerOverlaps),
    ...[...fields, ...items].flatMap((site) => checkField(site, resolver)),
    ...definition.steps.flatMap((step, index) =>
      step.when && isSchemaObject(step.when) ? checkCondition(step.when, `/steps/${index}/when`, resolver) : [],
    ),
    ...checkFieldConditions([...fields, ...items], resolver),
    ...checkRequiredCoverage(definition, fields, items, shared),
  ];
}
