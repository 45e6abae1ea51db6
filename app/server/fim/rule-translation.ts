/**
 * Parsed rule sentences → conditions on the imported form. References are resolved within the
 * group that carries the rule first (a group reused in several places carries its rules to each
 * place), then in the whole schema; a dotted path (G….G….F…) must match the ancestors in order.
 * Values are matched against the controlling field: codes (also "03" for "003"), option names,
 * yes/no. Effects: show / hide → the target's visibility (a question `when`, or a page condition
 * for a group), require → `if/then` in the dataSchema. Whatever cannot be resolved is not
 * guessed: the sentence stays untranslated.
 */
import { formatPointer } from "../../engine/json-pointer";
import type { JsonSchema } from "../../engine/types";
import { clausesToSchema, type ComparisonOperator, type ConditionClause } from "../../engine/condition-clauses";
import type { DataNode, DataTree } from "./data-tree";
import type { FimRule } from "./model";
import type { RuleReport, RuleSentenceReport, TranslatedCondition } from "./report";
import { namesFieldAndValue, parseRule, type Comparison, type RuleStatement, type RuleValue } from "./rule-grammar";

export interface PendingEffect {
  effect: "show" | "hide" | "require";
  target: DataNode;
  when: JsonSchema;
  controllers: DataNode[];
  sentence: RuleSentenceReport;
  record: TranslatedCondition;
  rule?: FimRule;
  owner?: DataNode | null;
  /** Set when controller and target lie in one repeating group: paths are relative to its item. */
  scope?: DataNode;
}

export interface RuleTranslation {
  reports: RuleReport[];
  effects: PendingEffect[];
  /** Editor notes ("nicht übersetzt") by node; null key = the schema. */
  notes: Map<DataNode | null, string[]>;
}

class Untranslatable extends Error {}

function matches(node: DataNode, ids: string[]): boolean {
  // ids: outermost first; the last must be the node itself, the others its ancestors in order.
  if (node.element.id !== ids[ids.length - 1]) return false;
  let i = ids.length - 2;
  for (let p = node.parent; p && i >= 0; p = p.parent) if (p.element.id === ids[i]) i--;
  return i < 0;
}

function descendants(node: DataNode): DataNode[] {
  return [node, ...node.children.flatMap(descendants)];
}

export function resolveRef(ref: string, owner: DataNode | null, tree: DataTree): DataNode {
  const ids = ref.split(".");
  const scope = owner ? descendants(owner) : tree.all;
  let found = scope.filter((n) => matches(n, ids));
  if (found.length === 0 && owner) found = tree.all.filter((n) => matches(n, ids));
  if (found.length === 0) throw new Untranslatable(`${ref} kommt im Schema nicht vor`);
  if (found.length > 1) throw new Untranslatable(`${ref} kommt ${found.length}-mal vor und ist nicht eindeutig`);
  return found[0]!;
}

function controllerOf(ref: string, owner: DataNode | null, tree: DataTree): DataNode {
  const node = resolveRef(ref, owner, tree);
  if (node.element.kind !== "field" || !node.mapping) throw new Untranslatable(`${ref} ist kein Eingabefeld`);
  if (node.array) throw new Untranslatable(`${ref} ist eine Liste`);
  return node;
}

/** The repeating group a node lies in (undefined: none). */
export function arrayScope(node: DataNode): DataNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.array) return p;
  return undefined;
}

const relative = (node: DataNode, scope: DataNode | undefined) => (scope ? node.path.slice(scope.path.length) : node.path);

function enumMatch(controller: DataNode, value: RuleValue): string {
  const values = (controller.mapping!.schema.enum ?? []) as string[];
  const options = controller.mapping!.options ?? [];
  if (value.kind === "code") {
    if (values.includes(value.code)) return value.code;
    const numeric = values.filter((v) => /^\d+$/.test(v) && /^\d+$/.test(value.code) && Number(v) === Number(value.code));
    if (numeric.length === 1) return numeric[0]!;
  }
  const label = value.kind === "code" ? value.label : value.kind === "label" ? value.label : undefined;
  if (label) {
    const byLabel = options.filter((o) => o.label.de.trim().toLowerCase() === label.trim().toLowerCase());
    if (byLabel.length === 1) return String(byLabel[0]!.value);
  }
  throw new Untranslatable(
    `Wert ${value.kind === "code" ? `„${value.code}“` : label ? `„${label}“` : ""} steht nicht in der Werteliste von ${controller.element.id}`,
  );
}

function typedValue(controller: DataNode, value: RuleValue): string | number | boolean {
  const schema = controller.mapping!.schema;
  if (schema.type === "boolean") {
    if (value.kind === "bool") return value.value;
    throw new Untranslatable(`Ja/Nein-Feld ${controller.element.id} mit einem anderen Wert verglichen`);
  }
  if (Array.isArray(schema.enum)) return enumMatch(controller, value);
  if (schema.type === "number" || schema.type === "integer") {
    if (value.kind === "code" && /^\d+$/.test(value.code)) return Number(value.code);
    throw new Untranslatable(`Zahlenfeld ${controller.element.id} mit einem anderen Wert verglichen`);
  }
  if (value.kind === "code") return value.code;
  if (value.kind === "label") return value.label;
  throw new Untranslatable(`Textfeld ${controller.element.id} mit einem Ja/Nein-Wert verglichen`);
}

const NUMERIC: Record<string, ComparisonOperator> = { ">": "isGreaterThan", ">=": "isAtLeast", "<": "isLessThan", "<=": "isAtMost" };

function clauseOf(
  comparison: Comparison,
  controller: DataNode,
  scope: DataNode | undefined,
  othersOf: (ref: string) => Array<string | number | boolean>,
): ConditionClause {
  const pointer = formatPointer(relative(controller, scope));
  const { operator, value } = comparison;
  if (operator === "filled") return { pointer, operator: "isFilled" };
  if (operator === "empty") return { pointer, operator: "isEmpty" };
  if (!value) throw new Untranslatable("Vergleich ohne Wert");
  if (value.kind === "empty") {
    if (operator === "=") return { pointer, operator: "isEmpty" };
    if (operator === "<>") return { pointer, operator: "isFilled" };
    throw new Untranslatable("Größenvergleich mit einem leeren Wert");
  }
  if (value.kind === "others") {
    const named = othersOf(comparison.ref);
    if (named.length === 0 || operator !== "=") throw new Untranslatable("„alle anderen Ausprägungen“ ohne genannte Werte");
    return { pointer, operator: "isNoneOf", values: named };
  }
  const typed = typedValue(controller, value);
  if (operator === "=") return { pointer, operator: "is", values: [typed] };
  if (operator === "<>") return { pointer, operator: "isNot", values: [typed] };
  if (typeof typed !== "number") throw new Untranslatable(`Größenvergleich „${operator}“ bei einem Feld ohne Zahlen`);
  return { pointer, operator: NUMERIC[operator]!, values: [typed] };
}

function translateStatement(
  statement: RuleStatement,
  owner: DataNode | null,
  tree: DataTree,
  othersOf: (ref: string) => Array<string | number | boolean>,
  sentence: RuleSentenceReport,
): PendingEffect[] {
  const controllers = statement.condition.comparisons.map((c) => controllerOf(c.ref, owner, tree));
  const scopes = new Set(controllers.map(arrayScope));
  if (scopes.size > 1) throw new Untranslatable("die Bedingung nennt Felder aus verschiedenen wiederholten Gruppen");
  const scope = [...scopes][0];
  const clauses = statement.condition.comparisons.map((c, i) => clauseOf(c, controllers[i]!, scope, othersOf));
  const when = clausesToSchema({ combine: statement.condition.combine, clauses });
  const effects: PendingEffect[] = [];
  for (const effect of statement.effects) {
    for (const ref of effect.targets) {
      const target = resolveRef(ref, owner, tree);
      const targetScope = target.array ? undefined : arrayScope(target);
      if (targetScope !== scope) {
        throw new Untranslatable(
          scope
            ? `${ref} liegt nicht in derselben wiederholten Gruppe wie das steuernde Feld`
            : `${ref} liegt in einer wiederholten Gruppe, das steuernde Feld nicht`,
        );
      }
      if (target.omitted) throw new Untranslatable(`${ref} ist nicht im Formular (${target.omitted})`);
      if (controllers.some((c) => c === target || c.path.join("/").startsWith(`${target.path.join("/")}/`))) {
        throw new Untranslatable(`${ref} enthält das Feld, von dem die Bedingung abhängt`);
      }
      const record: TranslatedCondition = {
        effect: effect.action,
        when,
        controllers: [...new Set(controllers.map((c) => formatPointer(relative(c, scope))))],
        target: formatPointer(relative(target, scope)),
        ...(scope ? { scope: scope.pointer } : {}),
      };
      effects.push({ effect: effect.action, target, when, controllers, sentence, record, scope });
    }
  }
  return effects;
}

function codesNamed(statements: RuleStatement[], ref: string, controller: DataNode): Array<string | number | boolean> {
  const values: Array<string | number | boolean> = [];
  for (const s of statements) {
    for (const c of s.condition.comparisons) {
      if (c.ref !== ref || !c.value || c.value.kind === "others" || c.value.kind === "empty") continue;
      try {
        values.push(typedValue(controller, c.value));
      } catch {
        // a value that does not match is reported by its own sentence
      }
    }
  }
  return [...new Set(values)];
}

/** Translates the rules carried by `owner` (null: the schema's own rules). */
export function translateRules(rules: FimRule[], owner: DataNode | null, tree: DataTree, out: RuleTranslation): void {
  for (const rule of rules) {
    const parsed = parseRule(rule.text);
    const statements = parsed.flatMap((p) => (p.ok ? [p.statement] : []));
    const sentences: RuleSentenceReport[] = [];
    for (const result of parsed) {
      const sentence: RuleSentenceReport = { text: result.text, translated: false, conditions: [] };
      sentences.push(sentence);
      if (!result.ok) {
        sentence.reason = result.reason;
        continue;
      }
      try {
        const othersOf = (ref: string) => codesNamed(statements, ref, controllerOf(ref, owner, tree));
        const effects = translateStatement(result.statement, owner, tree, othersOf, sentence);
        sentence.translated = true;
        sentence.conditions = effects.map((e) => e.record);
        out.effects.push(...effects.map((e) => ({ ...e, rule, owner })));
      } catch (error) {
        if (!(error instanceof Untranslatable)) throw error;
        sentence.reason = error.message;
      }
    }
    const report: RuleReport = {
      id: rule.id,
      name: rule.name,
      owner: owner?.pointer ?? "",
      status: "not-translated",
      namesFieldAndValue: namesFieldAndValue(rule.text),
      sentences,
    };
    updateStatus(report);
    out.reports.push(report);
    for (const sentence of sentences.filter((s) => !s.translated)) noteUntranslated(rule, sentence, owner, tree, out);
  }
}

export function updateStatus(report: RuleReport): void {
  const done = report.sentences.filter((s) => s.translated).length;
  report.status = done === report.sentences.length && done > 0 ? "translated" : done > 0 ? "partly" : "not-translated";
}

/** The editor note: at every field or group the sentence names, else where the rule is attached. */
export function noteUntranslated(
  rule: FimRule,
  sentence: RuleSentenceReport,
  owner: DataNode | null,
  tree: DataTree,
  out: RuleTranslation,
) {
  const note = `nicht übersetzt: Regel ${rule.id} „${rule.name}“: ${sentence.text.slice(0, 400)} (${sentence.reason ?? "unbekannt"})`;
  const refs = [...new Set(sentence.text.match(/[FG]\d{5,}(?:\.[FG]\d{5,})*/g) ?? [])];
  const nodes: Array<DataNode | null> = [];
  for (const ref of refs) {
    try {
      nodes.push(resolveRef(ref, owner, tree));
    } catch {
      // not resolvable: the note goes to the owner
    }
  }
  if (nodes.length === 0) nodes.push(owner);
  for (const node of nodes) {
    const list = out.notes.get(node) ?? [];
    if (!list.includes(note)) list.push(note);
    out.notes.set(node, list);
  }
}
