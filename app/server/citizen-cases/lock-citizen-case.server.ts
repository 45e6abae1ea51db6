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
 * tells nothing. Accounts do not own cases yet (issue 18, Mein Bereich): an owner opens none.
 */
export async function lockCitizenCase(tx: Transaction, access: CitizenAccess): Promise<CitizenCase | null> {
  const caseNumber = access.caseNumber.trim().toUpperCase();
  if (!isCaseNumberShape(caseNumber) || access.kind !== "access-code") return null;
  const [row] = await tx
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      status: cases.status,
      revision: cases.revision,
      applicantEmail: cases.applicantEmail,
      lang: cases.lang,
      accessCodeHash: cases.accessCodeHash,
      authorityEmail: authorities.email,
    })
    .from(cases)
    .innerJoin(authorities, eq(authorities.id, cases.authorityId))
    .where(eq(cases.caseNumber, caseNumber))
    .for("update", { of: cases });
  if (!row || !accessCodeMatches(access.accessCode, row.accessCodeHash)) return null;
  const { accessCodeHash: _hash, ...found } = row;
  return found;
}
