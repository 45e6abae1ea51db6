/**
 * Rules a draft's identity must follow besides the definition check: it belongs to its service,
 * carries the next free version number, and keeps the service's level once a version is out
 * (routing reads the level from the service; a draft or case pinned to an older version must
 * still land where it did). Pure: the positions come from the engine's JSON locator.
 */
import { locateJson } from "../../engine/json-locations";
import type { DefinitionProblem } from "../../engine/definition-check.server";
import { readIdentity, type DefinitionIdentity } from "./definition-identity";
import type { Refusal } from "../outcome";

/** A refusal of a definition names every problem by pointer and line. */
export type DefinitionRefusal = Refusal<{ problems?: DefinitionProblem[] }>;

export type IdentityProblem = { pointer: string; message: string; line?: number; column?: number };

export type DraftTarget = {
  serviceId: string;
  /** The version number this draft gets: the open draft's, else one above the highest. */
  version: number;
  /** Versions that exist and can no longer change (published or retired). */
  fixedVersions: readonly number[];
  /** The service's level when some version has been published, else null (still free). */
  fixedLevel: "gemeinde" | "kreis" | null;
};

export function identityProblems(text: string, identity: DefinitionIdentity, target: DraftTarget): IdentityProblem[] {
  const problems: IdentityProblem[] = [];
  if (identity.id !== undefined && identity.id !== target.serviceId) {
    problems.push({
      pointer: "/id",
      message: `Die Kennung muss „${target.serviceId}“ lauten: dieser Entwurf gehört zur Leistung „${target.serviceId}“. Für eine andere Leistung legen Sie bitte eine neue Leistung an.`,
    });
  }
  if (identity.version !== undefined && identity.version !== target.version) {
    problems.push({
      pointer: "/version",
      message: target.fixedVersions.includes(identity.version)
        ? `Version ${identity.version} ist bereits veröffentlicht und kann nicht mehr geändert werden. Dieser Entwurf bekommt die nächste Versionsnummer: ${target.version}.`
        : `Die Versionsnummer muss ${target.version} sein (die nächste freie Nummer dieser Leistung).`,
    });
  }
  if (identity.level !== undefined && target.fixedLevel !== null && identity.level !== target.fixedLevel) {
    problems.push({
      pointer: "/level",
      message: `Die Ebene muss „${target.fixedLevel}“ bleiben: nach ihr werden auch Anträge älterer Versionen zugestellt. Für eine andere Zuständigkeit legen Sie bitte eine neue Leistung an oder nutzen Sie abweichende Zuständigkeiten.`,
    });
  }
  if (problems.length === 0) return problems;
  let locations: ReturnType<typeof locateJson> | null = null;
  try {
    locations = locateJson(text);
  } catch {
    // Unparseable text has no identity fields to complain about; unreachable in practice.
  }
  return problems.map((problem) => ({ ...problem, ...locations?.positionOf(problem.pointer) }));
}

/** Merges the checker's problems with the identity problems, one per pointer and message, in text order. */
export function mergeProblems<P extends IdentityProblem>(checked: readonly P[], extra: readonly IdentityProblem[]): IdentityProblem[] {
  const seen = new Set(checked.map((p) => p.pointer));
  return [...checked, ...extra.filter((p) => !seen.has(p.pointer))].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Every problem of a draft's text: the definition check's and those of the rules above, in text order. */
export function draftProblems(
  checked: readonly DefinitionProblem[],
  text: string,
  target: DraftTarget,
  identity: DefinitionIdentity = readIdentity(text),
): DefinitionProblem[] {
  return mergeProblems(checked, identityProblems(text, identity, target)) as DefinitionProblem[];
}
