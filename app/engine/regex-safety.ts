/**
 * May a `pattern` from a form definition run against citizen input? Only
 * when it is proven to match in linear time: redos-detector must show that
 * the pattern is unambiguous — every input can match it in at most one way,
 * so the regex engine never backtracks into an alternative it already tried
 * (score 1). That refuses the known families (nested quantifiers `(a+)+`,
 * overlapping alternatives `(a|aa)+`, adjacent overlapping repeats
 * `\d+\d+`) and any pattern the analysis cannot settle in time. Back-
 * references are refused outright: they are outside what any linear-time
 * guarantee covers. See docs/decisions/016-linear-time-patterns-and-edge-rules.md.
 *
 * The pattern is analysed, never run. Patterns are compiled with the `u`
 * flag (as Ajv does), so they are analysed in unicode mode.
 */
import { isSafePattern, type RedosDetectorTrailEntry } from "redos-detector";
import regjsparser from "regjsparser";

export type PatternVerdict = { safe: true } | { safe: false; reason: string; conclusive: boolean };

/** Longest a single pattern's analysis may take; a pattern that needs longer is refused. */
export const PATTERN_ANALYSIS_TIMEOUT_MS = 1000;

/** Time all pattern analyses of one definition may take together (checking, publishing, compiling). */
export const PATTERN_CHECK_BUDGET_MS = 5000;

const verdicts = new Map<string, PatternVerdict>();
const REMEMBERED_VERDICTS = 2000;

function syntaxProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, "u");
    return undefined;
  } catch (error) {
    return `ungültiger regulärer Ausdruck: ${(error as Error).message}`;
  }
}

function hasBackReference(pattern: string): boolean {
  // Every regjsparser node keeps its children in `body` (an array, or one node for a quantifier's operand).
  const visit = (node: unknown): boolean => {
    if (!node || typeof node !== "object") return false;
    if ((node as { type?: string }).type === "reference") return true;
    const body = (node as { body?: unknown }).body;
    return Array.isArray(body) ? body.some(visit) : visit(body);
  };
  return visit(regjsparser.parse(pattern, "u", { namedGroups: true, lookbehind: true, unicodePropertyEscape: true }));
}

/** Where the analysis found two ways through the pattern, for the editor's message. */
function describeAmbiguity(trail: readonly RedosDetectorTrailEntry[] | undefined, downgradedForSearch: boolean): string {
  const first = trail?.[0];
  if (downgradedForSearch && first && (first.a.node.source === "[^]" || first.b.node.source === "[^]")) {
    return (
      "ohne „^“ am Anfang wird der Ausdruck an jeder Stelle der Eingabe neu versucht, und dabei kann dieselbe Eingabe " +
      "auf mehreren Wegen passen. Bitte mit „^“ beginnen und mit „$“ enden"
    );
  }
  const at = (side: RedosDetectorTrailEntry["a"]) =>
    downgradedForSearch ? `„${side.node.source}“` : `„${side.node.source}“ (Zeichen ${side.node.start.offset + 1})`;
  const where = first ? ` (${at(first.a)} und ${at(first.b)} können dasselbe Zeichen erfassen)` : "";
  return (
    `mehrdeutig${where}: dieselbe Eingabe kann auf mehreren Wegen passen, etwa bei verschachtelten Wiederholungen ` +
    "wie „(a+)+“, überlappenden Alternativen wie „(a|aa)+“ oder aufeinanderfolgenden Wiederholungen wie „\\d+\\d+“. " +
    "Bitte so schreiben, dass jedes Zeichen nur auf eine Weise passen kann; sonst kann eine böswillige Eingabe die Prüfung " +
    "beliebig lange blockieren (ReDoS)"
  );
}

function analyse(pattern: string, timeoutMs: number): PatternVerdict {
  const invalid = syntaxProblem(pattern);
  if (invalid) return { safe: false, reason: invalid, conclusive: true };
  try {
    if (hasBackReference(pattern)) {
      return { safe: false, reason: "Rückverweise wie „\\1“ oder „\\k<name>“ sind nicht erlaubt", conclusive: true };
    }
  } catch {
    return { safe: false, reason: "der Ausdruck lässt sich nicht zerlegen", conclusive: true };
  }
  let result: ReturnType<typeof isSafePattern>;
  try {
    result = isSafePattern(pattern, { unicode: true, maxScore: 1, timeout: timeoutMs });
  } catch {
    // The analysis does not support every construct (named groups, for one): unproven means refused.
    return {
      safe: false,
      reason:
        "der Ausdruck enthält eine Konstruktion, deren Laufzeit nicht geprüft werden kann (z. B. benannte Gruppen); bitte „(?:…)“ verwenden",
      conclusive: true,
    };
  }
  if (result.safe) return { safe: true };
  if (result.error === "timedOut" || result.error === "hitMaxSteps") {
    return {
      safe: false,
      reason: "der Ausdruck ist zu verwickelt, um seine Laufzeit in der vorgesehenen Zeit zu prüfen; bitte einfacher schreiben",
      // Running out of a shortened budget says nothing about the pattern itself.
      conclusive: result.error === "hitMaxSteps" || timeoutMs >= PATTERN_ANALYSIS_TIMEOUT_MS,
    };
  }
  return { safe: false, reason: describeAmbiguity(result.trails[0]?.trail, result.patternDowngraded), conclusive: true };
}

/**
 * Analyses a pattern within `timeoutMs`. Conclusive verdicts are remembered:
 * the same shared patterns recur in every definition and every compile.
 */
export function checkPatternSafety(pattern: string, timeoutMs = PATTERN_ANALYSIS_TIMEOUT_MS): PatternVerdict {
  const known = verdicts.get(pattern);
  if (known) return known;
  const verdict = analyse(pattern, Math.max(1, Math.min(timeoutMs, PATTERN_ANALYSIS_TIMEOUT_MS)));
  if (verdict.safe || verdict.conclusive) {
    if (verdicts.size >= REMEMBERED_VERDICTS) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(pattern, verdict);
  }
  return verdict;
}

/**
 * Analyses many patterns within one overall time budget, so that a hostile
 * definition full of hard patterns cannot stall a check or a publication.
 * Once the budget is spent, every further pattern is refused unanalysed.
 */
export class PatternCheck {
  private readonly deadline: number;

  constructor(budgetMs: number) {
    this.deadline = Date.now() + budgetMs;
  }

  verdict(pattern: string): PatternVerdict {
    if (verdicts.has(pattern)) return checkPatternSafety(pattern);
    const remaining = this.deadline - Date.now();
    if (remaining <= 0) {
      return {
        safe: false,
        reason:
          "nicht mehr geprüft: die Prüfzeit für reguläre Ausdrücke dieser Definition ist aufgebraucht; bitte weniger oder einfachere Ausdrücke verwenden",
        conclusive: false,
      };
    }
    return checkPatternSafety(pattern, remaining);
  }
}
