/**
 * Turns raw validation issues into what a citizen sees: one error per field
 * (the most relevant one), labelled, phrased, in the order of the form.
 */
import { compareLocations, type FieldIndex, type FieldLocation } from "./field-index";
import { escapeSegment, parsePointer } from "./json-pointer";
import { errorMessage, itemLabel, localize } from "./messages";
import type { FieldError, Lang, ValidationIssue } from "./types";

/** Lower is more relevant: tell people what is missing before what is malformed. */
const KEYWORD_PRIORITY = [
  "required",
  "dependentRequired",
  "type",
  "const",
  "enum",
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "exclusiveMinimum",
  "maximum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "additionalProperties",
  "unevaluatedProperties",
  "anyOf",
  "oneOf",
  "not",
];

function priority(keyword: string): number {
  const index = KEYWORD_PRIORITY.indexOf(keyword);
  return index < 0 ? KEYWORD_PRIORITY.length : index;
}

/** The pointer an issue is about: a missing or unexpected property is addressed by its own pointer. */
export function issuePointer(issue: ValidationIssue): string {
  const { params, instancePath } = issue;
  const property = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty ?? undefined;
  return property === undefined ? instancePath : `${instancePath}/${escapeSegment(String(property))}`;
}

/**
 * Drops issues that only restate others: `if` reports "must match then" next
 * to the real error, and the alternatives of anyOf/oneOf each report why they
 * did not match, which would confuse more than one error on the wrapper.
 * The wrapper is addressed where its first alternative failed (e.g. the
 * e-mail field of "e-mail or phone"), not at the object holding it.
 */
function withoutNoise(issues: readonly ValidationIssue[]): Array<{ issue: ValidationIssue; pointer: string }> {
  const kept: Array<{ issue: ValidationIssue; pointer: string }> = [];
  const wrappers: Array<{ prefix: string; entry: { issue: ValidationIssue; pointer: string }; relocated: boolean }> = [];
  for (const issue of issues) {
    if (issue.keyword === "if") continue;
    const wrapper = wrappers.find(({ prefix }) => issue.schemaPath.startsWith(prefix));
    if (wrapper) {
      if (!wrapper.relocated) {
        wrapper.entry.pointer = issuePointer(issue);
        wrapper.relocated = true;
      }
      continue;
    }
    const entry = { issue, pointer: issuePointer(issue) };
    kept.push(entry);
    if (issue.keyword === "anyOf" || issue.keyword === "oneOf") {
      wrappers.push({ prefix: `${issue.schemaPath}/`, entry, relocated: false });
    }
  }
  return kept;
}

/**
 * Ajv reports the failing alternatives before the anyOf/oneOf that wraps
 * them; putting each wrapper first lets one forward pass drop its inner ones.
 */
function orderedForWrappers(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const wrappers = issues.filter((issue) => issue.keyword === "anyOf" || issue.keyword === "oneOf");
  return wrappers.length === 0 ? [...issues] : [...wrappers, ...issues.filter((issue) => !wrappers.includes(issue))];
}

/** The issues worth reporting, each with the pointer it is shown at. */
export function relevantIssues(issues: readonly ValidationIssue[]): Array<{ issue: ValidationIssue; pointer: string }> {
  return withoutNoise(orderedForWrappers(issues));
}

function labelFor(location: FieldLocation, lang: Lang): string {
  const { entry, itemIndex, itemField } = location;
  if (itemIndex === undefined) return localize(entry.field.label, lang);
  const item = itemLabel(entry.field, itemIndex, lang);
  return itemField ? `${item}: ${localize(itemField.label, lang)}` : item;
}

interface Candidate {
  error: FieldError;
  location?: FieldLocation;
  rank: number;
}

export interface FieldErrorOptions {
  lang: Lang;
  /** Which located errors to keep; `undefined` location = data no field shows. */
  include: (location: FieldLocation | undefined) => boolean;
}

export function toFieldErrors(issues: readonly ValidationIssue[], index: FieldIndex, { lang, include }: FieldErrorOptions): FieldError[] {
  const byPointer = new Map<string, Candidate>();
  for (const { issue, pointer } of relevantIssues(issues)) {
    const location = index.locate(pointer);
    if (!include(location)) continue;
    const field = location ? (location.itemField ?? location.entry.field) : undefined;
    const label = location ? labelFor(location, lang) : (parsePointer(pointer).at(-1) ?? "");
    const key = location?.pointer ?? pointer;
    const rank = priority(issue.keyword);
    const existing = byPointer.get(key);
    if (existing && existing.rank <= rank) continue;
    byPointer.set(key, {
      location,
      rank,
      error: {
        pointer: key,
        fieldPointer: location?.entry.field.pointer ?? pointer,
        stepId: location?.entry.stepId,
        label,
        message: errorMessage({ keyword: issue.keyword, params: issue.params, field, label, lang }),
        keyword: issue.keyword,
      },
    });
  }
  return [...byPointer.values()]
    .sort((a, b) => {
      // Data no field shows goes last: there is nothing on the page to link to.
      if (!a.location || !b.location) return (a.location ? 0 : 1) - (b.location ? 0 : 1);
      return compareLocations(a.location, b.location);
    })
    .map(({ error }) => error);
}
