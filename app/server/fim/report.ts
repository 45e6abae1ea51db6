/**
 * The import report: what was mapped, what was approximated, what needs an editor's decision,
 * and every rule with what became of it. Lines name the FIM element and the JSON pointer.
 */
import type { JsonSchema } from "../../engine/types";

export interface ReportLine {
  /** FIM id of the element (F…, G…, C…, R…). */
  element?: string;
  /** Pointer into the data (where the element landed). */
  pointer?: string;
  message: string;
}

export type ConditionEffect = "show" | "hide" | "require";

/** One condition that a rule became: the tests file the form with it true and false. */
export interface TranslatedCondition {
  effect: ConditionEffect;
  /** The schema the data must satisfy for the condition to hold. */
  when: JsonSchema;
  controllers: string[];
  target: string;
  /** A repeating group: `when`, controllers and target are relative to one of its items. */
  scope?: string;
}

export interface RuleSentenceReport {
  text: string;
  translated: boolean;
  reason?: string;
  conditions: TranslatedCondition[];
}

export interface RuleReport {
  id: string;
  name: string;
  /** Where the rule is attached (the pointer of its group, "" for the schema). */
  owner: string;
  status: "translated" | "partly" | "not-translated";
  /** Compares a field with a value (the rules the translation rate is measured on). */
  namesFieldAndValue: boolean;
  sentences: RuleSentenceReport[];
}

export interface ImportReport {
  standard: "xdf2" | "xdf3";
  schemaId: string;
  schemaVersion?: string;
  name: string;
  counts: { fields: number; groups: number; steps: number; codeLists: number };
  mapped: ReportLine[];
  approximated: ReportLine[];
  decisions: ReportLine[];
  rules: RuleReport[];
  ruleStats: RuleStats;
}

export interface RuleStats {
  total: number;
  translated: number;
  partly: number;
  notTranslated: number;
  withFieldAndValue: number;
  withFieldAndValueTranslated: number;
}

export function ruleStats(rules: readonly RuleReport[]): RuleStats {
  const valueRules = rules.filter((r) => r.namesFieldAndValue);
  return {
    total: rules.length,
    translated: rules.filter((r) => r.status === "translated").length,
    partly: rules.filter((r) => r.status === "partly").length,
    notTranslated: rules.filter((r) => r.status === "not-translated").length,
    withFieldAndValue: valueRules.length,
    withFieldAndValueTranslated: valueRules.filter((r) => r.status === "translated").length,
  };
}

const where = (line: ReportLine) => [line.element, line.pointer].filter(Boolean).join(" → ");

/** The report as plain text (CLI output; the page renders the same structure). */
export function reportText(report: ImportReport): string {
  const out: string[] = [];
  out.push(`FIM-Import ${report.schemaId}${report.schemaVersion ? ` (Version ${report.schemaVersion})` : ""}: ${report.name}`);
  out.push(
    `Standard ${report.standard === "xdf2" ? "XDatenfelder 2" : "XDatenfelder 3"}; ${report.counts.fields} Felder, ` +
      `${report.counts.groups} Gruppen, ${report.counts.steps} Schritte, ${report.counts.codeLists} Code-Listen übernommen.`,
  );
  const s = report.ruleStats;
  out.push(
    `Regeln: ${s.total}, davon ${s.translated} übersetzt, ${s.partly} teilweise, ${s.notTranslated} nicht übersetzt; ` +
      `mit Feld und Wert: ${s.withFieldAndValueTranslated} von ${s.withFieldAndValue} übersetzt.`,
  );
  const section = (title: string, lines: ReportLine[]) => {
    if (lines.length === 0) return;
    out.push("", `${title} (${lines.length}):`);
    for (const line of lines) out.push(`- ${where(line) ? `${where(line)}: ` : ""}${line.message}`);
  };
  section("Angenähert", report.approximated);
  section("Entscheidung der Redaktion nötig", report.decisions);
  const open = report.rules.filter((r) => r.status !== "translated");
  if (open.length > 0) {
    out.push("", `Nicht (vollständig) übersetzte Regeln (${open.length}):`);
    for (const rule of open) {
      for (const sentence of rule.sentences.filter((x) => !x.translated)) {
        out.push(
          `- ${rule.id} „${rule.name}“ (${rule.owner || "/"}): nicht übersetzt – ${sentence.reason}: ${sentence.text.slice(0, 300)}`,
        );
      }
    }
  }
  return out.join("\n");
}
