import type { CaseActionOutcome } from "~/server/cases/case-actions.server";

/** What a refused change on the case page sends back to the form that made it. */
export type CaseActionFailure = Omit<Extract<CaseActionOutcome, { ok: false }>, "ok" | "kind">;
