import type { StaffUser } from "../staff/staff-user";
import { assignCase } from "./assignment.server";
import type { CaseActor } from "./case-actor";
import type { CaseRefusal } from "./case-change.server";
import { setLegalHold } from "./legal-hold.server";
import { addNote } from "./notes.server";
import { transitionCase } from "./transitions.server";
import { text as catalogued, worded } from "../outcome";

/** The case page's form posts, dispatched by `intent`: one entry point for the route. */

export type CaseActionOutcome =
  | { ok: true; notice: "status" | "zuweisung" | "vermerk" | "loeschsperre" | "loeschsperre-aufgehoben" }
  | (CaseRefusal & { intent: "transition" | "assign" | "note" | "legal-hold"; values: Record<string, string> });

export function staffActor(user: StaffUser): CaseActor {
  return { kind: "staff", id: user.id, name: user.displayName, authorityId: user.authorityId };
}

export async function performCaseAction(user: StaffUser, caseNumber: string, form: FormData): Promise<CaseActionOutcome> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const actor = staffActor(user);
  const base = { authorityId: user.authorityId, caseNumber, actor };
  switch (text("intent")) {
    case "transition": {
      const values = { to: text("to"), note: text("note"), message: text("message") };
      const result = await transitionCase({ ...base, ...values, revision: text("revision") });
      return result.ok ? { ok: true, notice: "status" } : { ...result, intent: "transition", values };
    }
    case "assign": {
      const assignee = text("assignee");
      const result = await assignCase({ ...base, assigneeId: assignee === "" ? null : assignee, revision: text("revision") });
      return result.ok ? { ok: true, notice: "zuweisung" } : { ...result, intent: "assign", values: { assignee } };
    }
    case "note": {
      const values = { note: text("note") };
      const result = await addNote({ ...base, note: values.note });
      return result.ok ? { ok: true, notice: "vermerk" } : { ...result, intent: "note", values };
    }
    case "legal-hold": {
      const hold = text("hold") === "on";
      const result = await setLegalHold({ ...base, hold });
      return result.ok
        ? { ok: true, notice: hold ? "loeschsperre" : "loeschsperre-aufgehoben" }
        : { ...result, intent: "legal-hold", values: {} };
    }
    default:
      return {
        ok: false,
        kind: "malformed",
        code: "unknown_intent",
        ...worded(catalogued("refusal.unknownAction")),
        intent: "note",
        values: {},
      };
  }
}
