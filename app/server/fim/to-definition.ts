/**
 * The common model → a form definition and its report. Order: data tree (dataSchema), pages,
 * rules and choice groups (conditions), editor notes, then the definition's top level.
 */
import { formatPointer } from "../../engine/json-pointer";
import type { FormDefinition, JsonSchema } from "../../engine/types";
import { clausesToSchema } from "../../engine/condition-clauses";
import { requiredAt, visibility } from "./condition-schema";
import { fitFileBudget } from "./file-budget";
import { buildDataTree, type DataNode, type DataTree } from "./data-tree";
import { isWithin, layoutPages, MAX_FIELDS_PER_STEP, pageIndexOf, splitOff, toSteps, type PageDraft } from "./layout";
import type { FimCodeList, FimRule, FimSchema } from "./model";
import { stepSlug } from "./property-key";
import { ruleStats, type ImportReport, type ReportLine } from "./report";
import { noteUntranslated, translateRules, updateStatus, type PendingEffect, type RuleTranslation } from "./rule-translation";

export interface MappingOptions {
  id?: string;
  level?: "gemeinde" | "kreis";
}

const MAX_ALL_OF = 20;

function preOrder(nodes: DataNode[]): DataNode[] {
  return nodes.flatMap((n) => [n, ...preOrder(n.children)]);
}

function rulesByOwner(tree: DataTree, schemaRules: FimRule[], out: RuleTranslation): void {
  translateRules(schemaRules, null, tree, out);
  for (const node of preOrder(tree.roots)) if (node.element.rules.length > 0) translateRules(node.element.rules, node, tree, out);
}

/** Chunks an allOf into nested lists of at most 20 (the meta-schema's limit). */
function allOfChunks(items: JsonSchema[]): JsonSchema[] {
  if (items.length <= MAX_ALL_OF) return items;
  const chunks: JsonSchema[] = [];
  for (let i = 0; i < items.length; i += MAX_ALL_OF) chunks.push({ allOf: items.slice(i, i + MAX_ALL_OF) });
  return allOfChunks(chunks);
}

function failEffect(effect: PendingEffect, reason: string, tree: DataTree, out: RuleTranslation) {
  effect.sentence.translated = false;
  effect.sentence.reason = reason;
  effect.sentence.conditions = [];
  if (effect.rule) noteUntranslated(effect.rule, effect.sentence, effect.owner ?? null, tree, out);
}

function applyConditions(
  tree: DataTree,
  pages: PageDraft[],
  out: RuleTranslation,
  requires: JsonSchema[],
  lines: ReportLine[],
  approximated: ReportLine[],
) {
  // Choice groups: each branch is asked only when chosen.
  const visibilityOf = new Map<DataNode, { shows: JsonSchema[]; hides: JsonSchema[]; effects: PendingEffect[] }>();
  const entry = (node: DataNode) => {
    let v = visibilityOf.get(node);
    if (!v) visibilityOf.set(node, (v = { shows: [], hides: [], effects: [] }));
    return v;
  };
  for (const node of tree.all) {
    if (!node.choiceKey || node.inArray) continue;
    const branches = node.children.filter((c) => !c.omitted);
    if (branches.length < 2) continue;
    for (const branch of branches) {
      entry(branch).shows.push(
        clausesToSchema({
          combine: "all",
          clauses: [{ pointer: formatPointer([...node.path, node.choiceKey]), operator: "is", values: [branch.key] }],
        }),
      );
    }
    lines.push({
      element: node.element.id,
      pointer: node.pointer,
      message: `Auswahlgruppe: zuerst wird gewählt („${node.choiceKey}“), dann nur der gewählte Zweig erfragt.`,
    });
  }
  for (const effect of out.effects) {
    if (effect.effect === "require" || effect.scope) continue;
    const v = entry(effect.target);
    (effect.effect === "show" ? v.shows : v.hides).push(effect.when);
    v.effects.push(effect);
  }
  const questions: QuestionCondition[] = [];
  for (const node of preOrder(tree.roots)) {
    const v = visibilityOf.get(node);
    if (!v) continue;
    const targetPage = pageIndexOf(pages, node);
    const late = v.effects.filter((e) => e.controllers.some((c) => pageIndexOf(pages, c) > targetPage || isWithin(c, node)));
    for (const effect of late) failEffect(effect, "das steuernde Feld wird erst nach dem Ziel erfragt", tree, out);
    const valid = v.effects.filter((e) => !late.includes(e));
    const shows = [...v.shows.filter((s) => !late.some((e) => e.when === s && e.effect === "show"))];
    const hides = v.hides.filter((h) => !late.some((e) => e.when === h && e.effect === "hide"));
    if (shows.length === 0 && hides.length === 0) continue;
    if (node.element.kind === "field" && fieldEntry(pages, node)) {
      questions.push({ node, shows, hides, effects: valid });
      continue;
    }
    const placed = splitOff(pages, node, visibility(shows, hides));
    if (!placed) {
      for (const effect of valid) failEffect(effect, "das Ziel steht auf der ersten Seite und kann nicht ausgeblendet werden", tree, out);
    }
  }
  const dependsOn = new Map<DataNode, DataNode[]>();
  applyQuestionConditions(questions, pages, dependsOn, tree, out, lines);
  for (const effect of out.effects) {
    if (effect.effect !== "require" || !effect.sentence.translated || effect.scope) continue;
    requires.push({ if: effect.when, then: requiredAt(effect.target.path) });
  }
  applyItemConditions(out, pages, dependsOn, lines, approximated);
}

interface QuestionCondition {
  node: DataNode;
  shows: JsonSchema[];
  hides: JsonSchema[];
  effects: PendingEffect[];
}

/** The field a page shows for exactly this node (not a group around it). */
function fieldEntry(pages: PageDraft[], node: DataNode) {
  for (const page of pages) for (const e of page.entries) if (e.node === node) return e.field;
  return undefined;
}

/** Where a node is asked: page, then the part of a long page (toSteps splits every 100 entries). */
function stepPosition(pages: PageDraft[], node: DataNode): number {
  const page = pageIndexOf(pages, node);
  if (page < 0) return -1;
  const index = pages[page]!.entries.findIndex((e) => e.node === node || isWithin(node, e.node) || isWithin(e.node, node));
  return page * 1_000_000 + Math.floor(index / MAX_FIELDS_PER_STEP);
}

/** True when `from`'s condition (transitively) names `to`: a question condition must not close a circle. */
function reaches(from: DataNode, to: DataNode, dependsOn: Map<DataNode, DataNode[]>, seen = new Set<DataNode>()): boolean {
  if (from === to) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  return (dependsOn.get(from) ?? []).some((next) => reaches(next, to, dependsOn, seen));
}

/**
 * A single field shown or hidden by a condition gets it as its own `when` (ADR 029): the question
 * is asked only then and a hidden answer is dropped. The condition may name answers of its own
 * or earlier pages, never in a circle; whatever breaks that is reported untranslated.
 */
function applyQuestionConditions(
  questions: QuestionCondition[],
  pages: PageDraft[],
  dependsOn: Map<DataNode, DataNode[]>,
  tree: DataTree,
  out: RuleTranslation,
  lines: ReportLine[],
) {
  for (const { node, shows, hides, effects } of questions) {
    const at = stepPosition(pages, node);
    const fails = new Map<PendingEffect, string>();
    for (const effect of effects) {
      if (effect.controllers.some((c) => stepPosition(pages, c) > at))
        fails.set(effect, "das steuernde Feld wird erst nach dem Ziel erfragt");
      else if (effect.controllers.some((c) => reaches(c, node, dependsOn)))
        fails.set(effect, "die Bedingungen der Felder bilden einen Kreis");
    }
    for (const [effect, reason] of fails) failEffect(effect, reason, tree, out);
    const kept = (list: JsonSchema[], kind: PendingEffect["effect"]) =>
      list.filter((w) => !effects.some((e) => fails.has(e) && e.when === w && e.effect === kind));
    const shown = [kept(shows, "show"), kept(hides, "hide")] as const;
    if (shown[0].length === 0 && shown[1].length === 0) continue;
    fieldEntry(pages, node)!.when = visibility(...shown);
    const controllers = effects.filter((e) => !fails.has(e)).flatMap((e) => e.controllers);
    dependsOn.set(node, [...(dependsOn.get(node) ?? []), ...controllers]);
    lines.push({ element: node.element.id, pointer: node.pointer, message: QUESTION_CONDITION });
  }
}

const QUESTION_CONDITION = "Bedingt gezeigtes Feld: wird nur bei erfüllter Bedingung gefragt (Bedingung an der Frage).";

/**
 * Conditions inside one repeating group go into its item schema. A conditionally shown field of
 * the item gets the condition as its `when` (item-relative, ADR 029): asked only then, a hidden
 * answer dropped, its requirements then void. Where that is not possible (a nested group as
 * target, a circle) the part is always shown but may be answered only when its condition holds,
 * and a required field is required only then.
 */
function applyItemConditions(
  out: RuleTranslation,
  pages: PageDraft[],
  dependsOn: Map<DataNode, DataNode[]>,
  mapped: ReportLine[],
  lines: ReportLine[],
) {
  const byScope = new Map<DataNode, PendingEffect[]>();
  for (const effect of out.effects) {
    if (!effect.scope || !effect.sentence.translated) continue;
    byScope.set(effect.scope, [...(byScope.get(effect.scope) ?? []), effect]);
  }
  for (const [scope, effects] of byScope) {
    const item = scope.objectSchema!;
    const rules: JsonSchema[] = [];
    const relativePath = (node: DataNode) => node.path.slice(scope.path.length);
    const itemField = (node: DataNode) =>
      node.element.kind === "field"
        ? fieldEntry(pages, scope)?.fields?.find((f) => f.pointer === formatPointer(relativePath(node)))
        : undefined;
    for (const effect of effects.filter((e) => e.effect === "require"))
      rules.push({ if: effect.when, then: requiredAt(relativePath(effect.target)) });
    const targets = [...new Set(effects.filter((e) => e.effect !== "require").map((e) => e.target))];
    for (const target of targets) {
      const mine = effects.filter((e) => e.target === target);
      const shown = visibility(
        mine.filter((e) => e.effect === "show").map((e) => e.when),
        mine.filter((e) => e.effect === "hide").map((e) => e.when),
      );
      const controllers = mine.flatMap((e) => e.controllers);
      const question = itemField(target);
      const asQuestion = question && !question.when && !controllers.some((c) => reaches(c, target, dependsOn));
      if (asQuestion) {
        // The engine drops a hidden question's answer and its requirements: a required field stays required.
        question.when = shown;
        dependsOn.set(target, controllers);
        mapped.push({ element: target.element.id, pointer: target.pointer, message: QUESTION_CONDITION });
        continue;
      }
      rules.push({ if: { not: shown }, then: { not: requiredAt(relativePath(target)) } });
      // A required field that is shown only sometimes is required only then.
      const parentRequired = target.parent?.objectSchema?.required as string[] | undefined;
      const wasRequired = parentRequired?.includes(target.key) ?? false;
      if (wasRequired) {
        parentRequired!.splice(parentRequired!.indexOf(target.key), 1);
        rules.push({ if: shown, then: requiredAt(relativePath(target)) });
      }
      lines.push({
        element: target.element.id,
        pointer: target.pointer,
        message:
          "Bedingt gezeigter Teil einer wiederholten Gruppe: wird immer gezeigt, darf aber nur bei erfüllter Bedingung ausgefüllt werden" +
          (wasRequired ? " (Pflichtfeld nur dann)." : "."),
      });
    }
    item.allOf = allOfChunks([...((item.allOf as JsonSchema[] | undefined) ?? []), ...rules]);
  }
}

function addNotes(tree: DataTree, notes: Map<DataNode | null, string[]>): void {
  for (const [node, list] of notes) {
    const schema = node ? node.schema : tree.schema;
    const text = [typeof schema.$comment === "string" ? schema.$comment : "", ...list].filter(Boolean).join("\n");
    schema.$comment = text.length > 2000 ? `${text.slice(0, 1999)}…` : text;
  }
}

export function schemaToDefinition(schema: FimSchema, codeLists: ReadonlyMap<string, FimCodeList>, options: MappingOptions) {
  const tree = buildDataTree(schema.children, codeLists);
  const approximated: ReportLine[] = [...tree.approximated];
  const decisions: ReportLine[] = [...tree.decisions];
  const mapped: ReportLine[] = [];
  fitFileBudget(tree, approximated);
  const pages = layoutPages(tree, schema.label, approximated);
  const out: RuleTranslation = { reports: [], effects: [], notes: new Map() };
  rulesByOwner(tree, schema.rules, out);
  const requires: JsonSchema[] = [];
  applyConditions(tree, pages, out, requires, mapped, approximated);
  for (const report of out.reports) updateStatus(report);
  addNotes(tree, out.notes);
  if (requires.length > 0) tree.schema.allOf = allOfChunks(requires);
  const steps = toSteps(pages);
  if (steps[0]?.when) delete steps[0].when;

  const title = schema.label.length > 300 ? `${schema.label.slice(0, 299)}…` : schema.label;
  const description = schema.description ?? schema.label;
  const definition: FormDefinition = {
    id: options.id ?? definitionId(schema),
    version: 1,
    level: options.level ?? "gemeinde",
    title: { de: title },
    description: { de: description.slice(0, 5000) },
    fees: { de: "Angaben zu Gebühren folgen (aus dem FIM-Stammdatenschema nicht ersichtlich)." },
    ...(schema.legalBasis.length > 0 ? { legalBasis: schema.legalBasis.slice(0, 50).map((b) => ({ de: b.slice(0, 5000) })) } : {}),
    dataSchema: { $schema: "https://json-schema.org/draft/2020-12/schema", ...tree.schema },
    steps,
    review: { declaration: { de: "Ich versichere, dass meine Angaben vollständig und richtig sind." } },
  };
  decisions.push({ message: "Gebühren („fees“) stehen nicht im Stammdatenschema: bitte eintragen." });
  const fieldCount = tree.all.filter((n) => n.element.kind === "field" && !n.omitted).length;
  const report: ImportReport = {
    standard: schema.standard,
    schemaId: schema.id,
    schemaVersion: schema.version,
    name: schema.name,
    counts: {
      fields: fieldCount,
      groups: tree.all.filter((n) => n.element.kind === "group").length,
      steps: steps.length,
      codeLists: tree.codeListsUsed.size,
    },
    mapped,
    approximated,
    decisions,
    rules: out.reports,
    ruleStats: ruleStats(out.reports),
  };
  return { definition, report, tree };
}

/** A slug id from the schema's name and FIM id ("fim-s00000000364-anzeige-…"). */
export function definitionId(schema: FimSchema): string {
  const id = `fim-${schema.id.toLowerCase()}-${stepSlug(schema.name)}`.replace(/[^a-z0-9-]/g, "-").replace(/-+/g, "-");
  return id.slice(0, 63).replace(/-+$/, "");
}
