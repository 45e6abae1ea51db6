/**
 * Conditions in words ↔ JSON Schema: the one place that translates between
 * what an editor says ("show when ‚Zuzug‘ is ‚Ja‘") and the `when` schema the
 * engine evaluates. Pure; runs in the browser and on the server.
 *
 * Canonical shapes (what clausesToSchema writes; schemaToClauses reads them
 * back exactly, see docs/form-definitions.md):
 *  - a clause on `/a/b` nests `{type: "object", required: ["a"], properties: {a: …}}`
 *    down to the last segment, whose schema says what the value must be:
 *    is → `{const: v}`, isOneOf → `{enum: [..]}`, isFilled → (only `required`),
 *    isTicked → `{type: "boolean", const: true}` (a single checkbox),
 *    isTicked with values → `{type: "array", contains: {enum: [..]}}` (one of these options ticked),
 *    isGreaterThan / isAtLeast / isLessThan / isAtMost → `{type: "number", exclusiveMinimum: n}` /
 *    `minimum` / `exclusiveMaximum` / `maximum` (FIM rules such as "Jahr > 1970"; only a number
 *    answer satisfies a comparison);
 *  - the negated operators (isNot, isNoneOf, isEmpty, isNotTicked) wrap the
 *    positive shape in `{not: …}`;
 *  - one clause combined with "all" is the bare shape; several → `allOf`;
 *    "any" → `anyOf` (also with one clause, so the combination survives).
 * schemaToClauses also reads the merged shapes hand-written definitions use
 * (several required properties in one object = "all").
 */
import type { JsonSchema } from "./types";
import { escapeSegment, parsePointer } from "./json-pointer";

export type JsonSchemaObject = JsonSchema;

export type ConditionOperator =
  "is" | "isNot" | "isOneOf" | "isNoneOf" | "isFilled" | "isEmpty" | "isTicked" | "isNotTicked" | ComparisonOperator;

/** Number comparisons; they have no negated form (a reader writes the opposite comparison). */
export const comparisonOperators = ["isGreaterThan", "isAtLeast", "isLessThan", "isAtMost"] as const;
export type ComparisonOperator = (typeof comparisonOperators)[number];

export function isComparisonOperator(operator: ConditionOperator): operator is ComparisonOperator {
  return (comparisonOperators as readonly string[]).includes(operator);
}
export type ConditionValue = string | number | boolean;

export interface ConditionClause {
  /** Data pointer of the controlling answer; inside a group item relative to the item. */
  pointer: string;
  operator: ConditionOperator;
  /** is/isNot and comparisons: one value; isOneOf/isNoneOf: one or more; isTicked/isNotTicked: none (single checkbox) or options. */
  values?: readonly ConditionValue[];
}

export interface ConditionInWords {
  combine: "all" | "any";
  clauses: readonly ConditionClause[];
}

type PositiveOperator = "is" | "isOneOf" | "isFilled" | "isTicked" | ComparisonOperator;

/** The JSON Schema keyword of each comparison. */
const COMPARISON_KEYWORD: Readonly<Record<ComparisonOperator, string>> = {
  isGreaterThan: "exclusiveMinimum",
  isAtLeast: "minimum",
  isLessThan: "exclusiveMaximum",
  isAtMost: "maximum",
};

const COMPARISON_OF_KEYWORD = new Map(
  Object.entries(COMPARISON_KEYWORD).map(([operator, keyword]) => [keyword, operator as ComparisonOperator]),
);

const NEGATION: Readonly<Partial<Record<PositiveOperator, ConditionOperator>>> = {
  is: "isNot",
  isOneOf: "isNoneOf",
  isFilled: "isEmpty",
  isTicked: "isNotTicked",
};

const POSITIVE_OF: Readonly<Partial<Record<ConditionOperator, PositiveOperator>>> = {
  isNot: "is",
  isNoneOf: "isOneOf",
  isEmpty: "isFilled",
  isNotTicked: "isTicked",
};

// ---------------------------------------------------------------- to schema

export function clausesToSchema(condition: ConditionInWords): JsonSchemaObject {
  const shapes = condition.clauses.map(clauseToSchema);
  if (condition.combine === "any" && shapes.length > 0) return { anyOf: shapes };
  if (shapes.length === 1) return shapes[0]!;
  // No clause: always true. (Read back as "all" with no clause.)
  return shapes.length === 0 ? {} : { allOf: shapes };
}

function clauseToSchema(clause: ConditionClause): JsonSchemaObject {
  const positive = POSITIVE_OF[clause.operator];
  if (positive !== undefined) return { not: positiveShape(clause.pointer, positive, clause.values) };
  return positiveShape(clause.pointer, clause.operator as PositiveOperator, clause.values);
}

function positiveShape(pointer: string, operator: PositiveOperator, values: readonly ConditionValue[] | undefined): JsonSchemaObject {
  const segments = parsePointer(pointer);
  if (segments.length === 0) throw new Error("A condition needs the pointer of an answer, not the whole data");
  let schema: JsonSchemaObject | undefined = leafSchema(operator, values ?? []);
  for (let index = segments.length - 1; index >= 0; index--) {
    const name = segments[index]!;
    schema = { type: "object", required: [name], ...(schema ? { properties: { [name]: schema } } : {}) };
  }
  return schema!;
}

/** What the answer itself must be; undefined = only that it is there (isFilled). */
function leafSchema(operator: PositiveOperator, values: readonly ConditionValue[]): JsonSchemaObject | undefined {
  switch (operator) {
    case "is":
      return { const: values[0] };
    case "isOneOf":
      return { enum: [...values] };
    case "isFilled":
      return undefined;
    case "isTicked":
      return values.length === 0 ? { type: "boolean", const: true } : { type: "array", contains: { enum: [...values] } };
    default:
      return { type: "number", [COMPARISON_KEYWORD[operator]]: values[0] };
  }
}

// ---------------------------------------------------------------- from schema

/** The condition in words, or null when the schema says more than words can (shown as "Expertenangabe"). */
export function schemaToClauses(schema: unknown): ConditionInWords | null {
  if (!isPlainObject(schema)) return null;
  const keys = Object.keys(schema);
  if (keys.length === 1 && (keys[0] === "anyOf" || keys[0] === "allOf")) {
    const combine = keys[0] === "anyOf" ? "any" : "all";
    const parts = schema[keys[0]];
    if (!Array.isArray(parts) || parts.length === 0) return null;
    const clauses: ConditionClause[] = [];
    for (const part of parts) {
      const read = readClauses(part);
      // "any" of parts that are themselves "all" of several is not a list of clauses.
      if (read === null || read.length === 0 || (combine === "any" && read.length !== 1)) return null;
      clauses.push(...read);
    }
    return { combine, clauses };
  }
  const clauses = readClauses(schema);
  return clauses === null ? null : { combine: "all", clauses };
}

/** Clauses that must all hold, from one positive or negated shape; null when not expressible. */
function readClauses(schema: unknown): ConditionClause[] | null {
  if (!isPlainObject(schema)) return null;
  const keys = Object.keys(schema);
  if (keys.length === 1 && keys[0] === "not") {
    const inner = readObject(schema.not, "");
    // not(A and B) is not a list of clauses; only a single positive clause negates.
    if (inner === null || inner.length !== 1) return null;
    const positive = inner[0]!;
    const negated = NEGATION[positive.operator as PositiveOperator];
    return negated === undefined ? null : [{ ...positive, operator: negated }];
  }
  return readObject(schema, "");
}

function readObject(schema: unknown, prefix: string): ConditionClause[] | null {
  if (!isPlainObject(schema)) return null;
  for (const key of Object.keys(schema)) if (key !== "type" && key !== "required" && key !== "properties") return null;
  if (schema.type !== undefined && schema.type !== "object") return null;
  const required = schema.required ?? [];
  const properties = schema.properties ?? {};
  if (!Array.isArray(required) || !required.every((name) => typeof name === "string")) return null;
  if (!isPlainObject(properties)) return null;
  const requiredNames = new Set(required as string[]);
  // A property that may be absent says "if answered, then …": not a clause.
  for (const name of Object.keys(properties)) if (!requiredNames.has(name)) return null;
  if (requiredNames.size !== required.length) return null;
  const clauses: ConditionClause[] = [];
  for (const name of required as string[]) {
    const pointer = `${prefix}/${escapeSegment(name)}`;
    if (!Object.prototype.hasOwnProperty.call(properties, name)) {
      clauses.push({ pointer, operator: "isFilled" });
      continue;
    }
    const read = readValue(properties[name], pointer);
    if (read === null) return null;
    clauses.push(...read);
  }
  return clauses.length > 0 ? clauses : null;
}

/** The schema of one named answer: a leaf test, or a nested object with clauses of its own. */
function readValue(schema: unknown, pointer: string): ConditionClause[] | null {
  if (!isPlainObject(schema)) return null;
  const keys = Object.keys(schema).sort().join(",");
  if (keys === "const" && isConditionValue(schema.const)) return [{ pointer, operator: "is", values: [schema.const] }];
  if (keys === "enum" && isValueList(schema.enum)) return [{ pointer, operator: "isOneOf", values: [...schema.enum] }];
  if (keys === "const,type" && schema.type === "boolean" && schema.const === true) return [{ pointer, operator: "isTicked" }];
  if (keys === "contains,type" && schema.type === "array" && isPlainObject(schema.contains)) {
    const contained = schema.contains;
    const inner = Object.keys(contained).join(",");
    if (inner === "enum" && isValueList(contained.enum)) return [{ pointer, operator: "isTicked", values: [...contained.enum] }];
    if (inner === "const" && isConditionValue(contained.const)) return [{ pointer, operator: "isTicked", values: [contained.const] }];
    return null;
  }
  const comparison = readComparison(schema);
  if (comparison) return [{ pointer, ...comparison }];
  if (keys === "") return [{ pointer, operator: "isFilled" }];
  return readObject(schema, pointer);
}

function readComparison(schema: Record<string, unknown>): Pick<ConditionClause, "operator" | "values"> | null {
  const keys = Object.keys(schema);
  if (keys.length !== 2 || schema.type !== "number") return null;
  const keyword = keys.find((key) => key !== "type")!;
  const operator = COMPARISON_OF_KEYWORD.get(keyword);
  const bound = schema[keyword];
  return operator && typeof bound === "number" && Number.isFinite(bound) ? { operator, values: [bound] } : null;
}

function isConditionValue(value: unknown): value is ConditionValue {
  return typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

function isValueList(value: unknown): value is ConditionValue[] {
  return Array.isArray(value) && value.length > 0 && value.every(isConditionValue);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------- in words

export interface ConditionSubject {
  /** The controlling question's label; "" when it stands right above (then the words leave it out). */
  label: string;
  optionLabel?: (value: ConditionValue) => string;
}

const QUOTES = { de: ["‚", "‘"], en: ["‘", "’"] } as const;

/**
 * The condition as a sentence: "Nur wenn Sie bei ‚Zuzug‘ ‚Ja‘ gewählt haben".
 * `labelOf` names the controlling question (undefined: its pointer is shown);
 * an empty label leaves it out ("Nur wenn Sie ‚Ja‘ gewählt haben").
 */
export function describeCondition(
  condition: ConditionInWords,
  labelOf: (pointer: string) => ConditionSubject | undefined,
  language: "de" | "en",
): string {
  const [open, close] = QUOTES[language];
  const quote = (text: string) => `${open}${text}${close}`;
  const parts = condition.clauses.map((clause) => {
    const subject = labelOf(clause.pointer) ?? { label: clause.pointer };
    const optionText = (value: ConditionValue) => quote(subject.optionLabel?.(value) ?? plainValue(value, language));
    return describeClause(clause, subject.label === "" ? undefined : quote(subject.label), optionText, language);
  });
  const joiner = language === "de" ? (condition.combine === "all" ? " und " : " oder ") : condition.combine === "all" ? " and " : " or ";
  if (language === "de") return `Nur wenn Sie ${parts.join(joiner)}`;
  return `Only if you ${parts.join(joiner)}`;
}

const COMPARISON_WORDS: Readonly<Record<ComparisonOperator, readonly [de: string, en: string]>> = {
  isGreaterThan: ["mehr als", "more than"],
  isAtLeast: ["mindestens", "at least"],
  isLessThan: ["weniger als", "less than"],
  isAtMost: ["höchstens", "at most"],
};

function plainValue(value: ConditionValue, language: "de" | "en"): string {
  if (typeof value === "boolean") return language === "de" ? (value ? "Ja" : "Nein") : value ? "Yes" : "No";
  return String(value);
}

function describeClause(
  clause: ConditionClause,
  label: string | undefined,
  option: (value: ConditionValue) => string,
  language: "de" | "en",
): string {
  const values = clause.values ?? [];
  const de = language === "de";
  const either = values.map(option).join(de ? " oder " : " or ");
  const neither = values.length === 1 ? option(values[0]!) : values.map(option).join(de ? " noch " : " nor ");
  const at = (text: string) => (label === undefined ? text : de ? `bei ${label} ${text}` : `${text} for ${label}`);
  const question = label ?? (de ? "die Frage darüber" : "the question above");
  switch (clause.operator) {
    case "is":
    case "isOneOf":
      return de ? `${at(either)} gewählt haben` : at(`chose ${either}`);
    case "isNot":
    case "isNoneOf":
      if (de) return `${at(values.length === 1 ? `nicht ${neither}` : `weder ${neither}`)} gewählt haben`;
      return at(values.length === 1 ? `did not choose ${neither}` : `chose neither ${neither}`);
    case "isFilled":
      return de ? `${question} ausgefüllt haben` : `filled in ${question}`;
    case "isEmpty":
      return de ? `${question} nicht ausgefüllt haben` : `left ${question} empty`;
    case "isTicked":
      if (values.length === 0) return de ? `${question} angekreuzt haben` : `ticked ${question}`;
      return de ? `${at(either)} angekreuzt haben` : at(`ticked ${either}`);
    case "isNotTicked":
      if (values.length === 0) return de ? `${question} nicht angekreuzt haben` : `did not tick ${question}`;
      if (de) return `${at(values.length === 1 ? `nicht ${neither}` : `weder ${neither}`)} angekreuzt haben`;
      return at(values.length === 1 ? `did not tick ${neither}` : `ticked neither ${neither}`);
    default: {
      const [wordDe, wordEn] = COMPARISON_WORDS[clause.operator];
      const amount = plainValue(values[0] ?? "", language);
      return de ? `${at(`${wordDe} ${amount}`)} angegeben haben` : at(`entered ${wordEn} ${amount}`);
    }
  }
}
