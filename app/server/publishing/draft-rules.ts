/**
 * Rules a draft's identity must follow besides the definition check: it belongs to its service,
 * carries the next free version number, and keeps the service's level once a version is out
 * (routing reads the level from the service; a draft or case pinned to an older version must
 * still land where it did). Pure: the positions come from the engine's JSON locator.
 */
import { locateJson } from "../../engine/json-locations";
import type { DefinitionProblem } from "../../engine/definition-check.server";
import { readIdentity, type DefinitionIdentity } from "./definition-identity";
import { text as catalogued, worded, type Refusal, type RefusalText } from "../outcome";

/** A refusal of a definition names every problem by pointer and line. */
export type DefinitionRefusal = Refusal<{ problems?: DefinitionProblem[] }>;

/** `message` in German for the editor's page; `text` lets the API word it in the request's language. */
export type IdentityProblem = { pointer: string; message: string; text?: RefusalText; line?: number; column?: number };

export const problemAt = (pointer: string, refusal: RefusalText): IdentityProblem => ({ pointer, ...worded(refusal) });

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
    problems.push(problemAt("/id", catalogued("refusal.identityId", { serviceId: target.serviceId })));
  }
  if (identity.version !== undefined && identity.version !== target.version) {
    problems.push(
      problemAt(
        "/version",
        target.fixedVersions.includes(identity.version)
          ? catalogued("refusal.identityVersionFixed", { version: identity.version, next: target.version })
          : catalogued("refusal.identityVersionNext", { next: target.version }),
      ),
    );
  }
  if (identity.level !== undefined && target.fixedLevel !== null && identity.level !== target.fixedLevel) {
    problems.push(problemAt("/level", catalogued("refusal.identityLevel", { level: target.fixedLevel })));
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
