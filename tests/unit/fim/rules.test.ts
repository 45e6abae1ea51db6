/**
 * Rules over every schema in ../shared/fim: the statistics the report gives, the 85 % goal for
 * rules that compare a field with a value, and each condition checked at engine level by filing
 * the imported form with the condition true and false.
 */
import { describe, expect, it } from "vitest";
import { compileFresh } from "../../../app/engine/compile.server";
import { getAt, parsePointer, removeAtAndTidy, setAt } from "../../../app/engine/json-pointer";
import type { FormDefinition, FormValues, JsonSchema } from "../../../app/engine/types";
import { ruleStats, type RuleReport, type TranslatedCondition } from "../../../app/server/fim/report";
import { runJourney } from "../engine/support";
import { applyConditionals, fimCases, generate, holds, importWithTree, schemaAt } from "./support";

const cases = fimCases().map((c) => ({ c, ...importWithTree(c) }));

/** Values a controller can take: its list, yes/no, numbers around its limits, and no answer at all. */
function candidates(schema: JsonSchema): unknown[] {
  if (Array.isArray(schema.enum)) return [...schema.enum, undefined];
  if (schema.type === "boolean") return [true, false, undefined];
  if (schema.type === "integer" || schema.type === "number") {
    const min = (schema.minimum as number | undefined) ?? 0;
    const max = (schema.maximum as number | undefined) ?? 3000;
    return [min, 1970, 1971, max, undefined];
  }
  return [generate(schema), undefined];
}

function withValue(data: FormValues, pointer: string, value: unknown): FormValues {
  const segments = parsePointer(pointer);
  return value === undefined ? removeAtAndTidy(structuredClone(data), segments) : setAt(structuredClone(data), segments, value);
}

/** Data (whole form, or one item when scoped) where the condition holds and where it does not. */
function settle(condition: TranslatedCondition, base: FormValues, schema: JsonSchema) {
  const controller = condition.controllers[0]!;
  let whenTrue: FormValues | undefined;
  let whenFalse: FormValues | undefined;
  for (const value of candidates(schemaAt(schema, parsePointer(controller)))) {
    const data = withValue(base, controller, value);
    applyConditionals(schema, data);
    if (holds(condition.when, data)) whenTrue ??= data;
    else whenFalse ??= data;
  }
  return { whenTrue, whenFalse };
}

/** Changes `data` so that it satisfies a step condition of the shapes the import writes. */
function satisfy(schema: JsonSchema, data: FormValues, path: string[] = [], wanted = true): FormValues {
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf as JsonSchema[];
    return wanted ? parts.reduce((d, p) => satisfy(p, d, path, true), data) : satisfy(parts[0]!, data, path, false);
  }
  if (Array.isArray(schema.anyOf)) {
    const parts = schema.anyOf as JsonSchema[];
    return wanted ? satisfy(parts[0]!, data, path, true) : parts.reduce((d, p) => satisfy(p, d, path, false), data);
  }
  if (schema.not) return satisfy(schema.not as JsonSchema, data, path, !wanted);
  let result = data;
  for (const [key, sub] of Object.entries((schema.properties as Record<string, JsonSchema>) ?? {})) {
    const at = [...path, key];
    if ("const" in sub || Array.isArray(sub.enum)) {
      const values = "const" in sub ? [sub.const] : (sub.enum as unknown[]);
      if (wanted) result = setAt(structuredClone(result), at, values[0]);
      else if (values.includes(getAt(result, at))) result = removeAtAndTidy(structuredClone(result), at);
    } else result = satisfy(sub, result, at, wanted);
  }
  return result;
}

/** The answers with the step that shows `pointer` active. */
function activating(
  definition: { steps: Array<{ when?: JsonSchema; fields: Array<{ pointer: string }> }> },
  pointer: string,
  data: FormValues,
) {
  const step = definition.steps.find((s) =>
    s.fields.some((f) => f.pointer === pointer || pointer.startsWith(`${f.pointer}/`) || f.pointer.startsWith(`${pointer}/`)),
  );
  let result = data;
  for (let i = 0; i < 3 && step?.when && !holds(step.when, result); i++) result = satisfy(step.when, result);
  return result;
}

/** The question's own `when` the import gave the condition's target (undefined: a page condition or a rule). */
function questionCondition(definition: FormDefinition, condition: TranslatedCondition): JsonSchema | undefined {
  const fields = definition.steps.flatMap((s) => s.fields);
  if (!condition.scope) return fields.find((f) => f.pointer === condition.target)?.when;
  const group = fields.find((f) => f.pointer === condition.scope);
  return group?.fields?.find((f) => f.pointer === condition.target)?.when;
}

/** Field-level conditions in a definition (top-level and item questions). */
function questionConditionCount(definition: FormDefinition): number {
  return definition.steps
    .flatMap((s) => s.fields)
    .flatMap((f) => [f, ...(f.fields ?? [])])
    .filter((f) => f.when).length;
}

const allRules = cases.flatMap(({ report }) => report.rules);

describe("FIM rules", () => {
  it("are counted translated / not translated, and ≥ 85 % of those naming a field and a value become conditions", () => {
    const stats = ruleStats(allRules);
    console.log(
      `FIM rules over ${cases.length} schemas: ${stats.total} rules, ${stats.translated} translated, ${stats.partly} partly, ` +
        `${stats.notTranslated} not translated; naming a field and a value: ${stats.withFieldAndValueTranslated} of ${stats.withFieldAndValue} ` +
        `(${((100 * stats.withFieldAndValueTranslated) / stats.withFieldAndValue).toFixed(1)} %)`,
    );
    for (const { report } of cases) expect(report.ruleStats).toEqual(ruleStats(report.rules));
    const questions = cases.reduce((n, { definition }) => n + questionConditionCount(definition), 0);
    console.log(`FIM question conditions (field when): ${questions}`);
    // Visibility rules on single fields become question conditions, not pages of their own.
    expect(questions).toBeGreaterThanOrEqual(18);
    expect(stats.total).toBe(stats.translated + stats.partly + stats.notTranslated);
    expect(stats.withFieldAndValue).toBeGreaterThanOrEqual(40);
    expect(stats.withFieldAndValueTranslated / stats.withFieldAndValue).toBeGreaterThanOrEqual(0.85);
  });

  it("leave an editor note „nicht übersetzt“ where a sentence was not translated", () => {
    for (const { definition, report } of cases) {
      const text = JSON.stringify(definition.dataSchema);
      for (const rule of report.rules.filter((r: RuleReport) => r.status !== "translated")) {
        expect(text).toContain(`nicht übersetzt: Regel ${rule.id}`);
      }
    }
  });

  for (const { c, definition, report, tree } of cases) {
    const conditions = report.rules.flatMap((r) => r.sentences.flatMap((s) => s.conditions));
    if (conditions.length === 0) continue;
    it(`${c.name}: each of ${conditions.length} conditions holds when filing with it true and false`, () => {
      const runtime = compileFresh(definition);
      const base = generate(definition.dataSchema) as FormValues;
      const file = (data: FormValues) => runJourney(runtime, () => data).snapshot;
      /** Every FIM element from the node up to the form (or to the repeating group `scope`) is mandatory. */
      const requiredWithin = (pointer: string, scope?: string) => {
        const node = tree.all.find((n) => n.pointer === pointer)!;
        for (let n: typeof node | undefined = node; n && n.pointer !== scope; n = n.parent) if (n.position.min < 1) return false;
        return true;
      };
      const requiredAnyway = (pointer: string) => requiredWithin(pointer);
      let checked = 0;
      for (const condition of conditions) {
        const scope = condition.scope;
        const schema = scope ? (schemaAt(definition.dataSchema, parsePointer(scope)).items as JsonSchema) : definition.dataSchema;
        const start = scope ? (generate(schema) as FormValues) : activating(definition, condition.target, base);
        const { whenTrue, whenFalse } = settle(condition, start, schema);
        expect(whenTrue, `${condition.target}: a value that makes the condition true`).toBeDefined();
        expect(whenFalse, `${condition.target}: a value that makes it false`).toBeDefined();
        const whole = (data: FormValues) => {
          if (!scope) return data;
          const copy = structuredClone(base);
          (getAt(copy, parsePointer(scope)) as FormValues[])[0] = data;
          return copy;
        };
        const target = scope ? `${scope}/0${condition.target}` : condition.target;
        const present = (data: FormValues) =>
          withValue(
            data,
            condition.target,
            getAt(start, parsePointer(condition.target)) ?? generate(schemaAt(schema, parsePointer(condition.target))),
          );
        const absent = (data: FormValues) => withValue(data, condition.target, undefined);
        const submitted = (data: FormValues) => file(whole(data)).value === "submitted";
        const output = (data: FormValues) => file(whole(data)).output as FormValues;
        const where = `${c.name} ${condition.effect} ${target} when ${JSON.stringify(condition.when)}`;

        if (condition.effect === "require") {
          expect(submitted(present(whenTrue!)), where).toBe(true);
          expect(submitted(absent(whenTrue!)), where).toBe(false);
          if (!requiredAnyway(scope ? `${scope}${condition.target}` : condition.target))
            expect(submitted(absent(whenFalse!)), where).toBe(true);
        } else if (scope && !questionCondition(definition, condition)) {
          const allowed = condition.effect === "show" ? whenTrue! : whenFalse!;
          const barred = condition.effect === "show" ? whenFalse! : whenTrue!;
          expect(submitted(present(allowed)), where).toBe(true);
          expect(submitted(present(barred)), where).toBe(false);
          expect(submitted(absent(barred)), where).toBe(true);
        } else {
          const shown = condition.effect === "show" ? whenTrue! : whenFalse!;
          const hidden = condition.effect === "show" ? whenFalse! : whenTrue!;
          expect(submitted(present(hidden)), where).toBe(true);
          expect(getAt(output(present(hidden)), parsePointer(target)), where).toBeUndefined();
          if (condition.effect === "show" || questionCondition(definition, condition)) {
            expect(submitted(present(shown)), where).toBe(true);
            expect(getAt(output(present(shown)), parsePointer(target)), where).toBeDefined();
          } else {
            expect(submitted(shown), where).toBe(true);
          }
          // A question with its own condition that the form requires is required when shown.
          if (questionCondition(definition, condition) && requiredWithin(scope ? `${scope}${condition.target}` : condition.target, scope))
            expect(submitted(absent(shown)), where).toBe(false);
        }
        checked++;
      }
      expect(checked).toBe(conditions.length);
    });
  }
});
