import type { Transaction } from "../../../db/client";
import { db } from "../db.server";
import { Refused, text, worded } from "../outcome";
import type { CitizenAccess } from "./citizen-access";
import { lockCitizenCase, type CitizenCase } from "./lock-citizen-case.server";
import type { CitizenRefusal } from "./reply-rules";

export const accessRefused = (): CitizenRefusal => ({
  ok: false,
  kind: "not-found",
  code: "not_found",
  ...worded(text("refusal.citizenCaseNotFound")),
});

/**
 * Runs `work` in one transaction on the case `access` opens, its row locked; a refusal thrown
 * inside (`Refused`) rolls everything back and is returned. No access: nothing runs.
 */
export async function inCitizenCase<T>(
  access: CitizenAccess,
  work: (tx: Transaction, current: CitizenCase) => Promise<T>,
): Promise<T | CitizenRefusal> {
  try {
    return await (
      await db()
    ).transaction(async (tx) => {
      const current = await lockCitizenCase(tx, access);
      if (!current) throw new Refused(accessRefused());
      return work(tx, current);
    });
  } catch (error) {
    if (error instanceof Refused) return error.refusal as CitizenRefusal;
    throw error;
  }
}
