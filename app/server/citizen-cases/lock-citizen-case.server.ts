import { eq } from "drizzle-orm";
import type { Transaction } from "../../../db/client";
import { authorities, cases } from "../../../db/schema";
import { isCaseNumberShape } from "../cases/case-record.server";
import { accessCodeMatches } from "../submissions/access-code.server";
import type { CitizenAccess } from "./citizen-access";

export type CitizenCase = {
  id: string;
  caseNumber: string;
  status: (typeof cases.$inferSelect)["status"];
  revision: number;
  applicantEmail: string | null;
  lang: "de" | "en";
  authorityEmail: string | null;
};

/**
 * The case `access` opens, its row locked until commit (a concurrent reply or clerk change waits
 * and then sees the new status). An unknown case and a wrong code are the same null, so a guess
 * tells nothing. An account opens only the cases it owns (ADR 037): another account's case is
 * the same null.
 */
export async function lockCitizenCase(tx: Transaction, access: CitizenAccess): Promise<CitizenCase | null> {
  const caseNumber = access.caseNumber.trim().toUpperCase();
  if (!isCaseNumberShape(caseNumber)) return null;
  const [row] = await tx
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      status: cases.status,
      revision: cases.revision,
      applicantEmail: cases.applicantEmail,
      lang: cases.lang,
      accessCodeHash: cases.accessCodeHash,
      ownerAccountId: cases.ownerAccountId,
      authorityEmail: authorities.email,
    })
    .from(cases)
    .innerJoin(authorities, eq(authorities.id, cases.authorityId))
    .where(eq(cases.caseNumber, caseNumber))
    .for("update", { of: cases });
  if (!row || !citizenMayOpen(access, row)) return null;
  const { accessCodeHash: _hash, ownerAccountId: _owner, ...found } = row;
  return found;
}

/** Whether `access` opens a case: its access code, or the account that owns it. */
export function citizenMayOpen(access: CitizenAccess, row: { accessCodeHash: string; ownerAccountId: string | null }): boolean {
  return access.kind === "access-code"
    ? accessCodeMatches(access.accessCode, row.accessCodeHash)
    : row.ownerAccountId !== null && row.ownerAccountId === access.ownerId;
}
