/**
 * The portal the contract tests talk to: real server and database, a few cases of the
 * Verwaltungsgemeinschaft Kölleda with their access codes, a case API key (Kölleda) and an editor
 * key (Landratsamt Sömmerda).
 */
import { createHash } from "node:crypto";
import { db } from "~/server/db.server";
import { createApiTokenFor, createCaseFor, startStaffServer, type StaffServer } from "../../support/case-fixtures";
import type { DatabaseKind } from "../../support/databases";
import { tokenFor } from "../publishing/support";

export type ContractFixtures = { clerk: string; editor: string; caseNumbers: string[] };

export const KOELLEDA = "vg-koelleda";
/** The name of the clerk key: the case history names it as who changed a case. */
export const CLERK_CLIENT_NAME = "Fachverfahren Vertrag";
export const SOEMMERDA_LANDRATSAMT = "lra-16068";

export function startContractServer(kind: DatabaseKind, env: Record<string, string> = {}): Promise<StaffServer<ContractFixtures>> {
  return startStaffServer(
    kind,
    async () => {
      const caseNumbers: string[] = [];
      for (let i = 0; i < 3; i++) caseNumbers.push((await createCaseFor(KOELLEDA, { variant: i })).caseNumber);
      return {
        caseNumbers,
        clerk: await createApiTokenFor(KOELLEDA, CLERK_CLIENT_NAME),
        editor: await tokenFor(await db(), SOEMMERDA_LANDRATSAMT, ["services:write"]),
      };
    },
    { SUBMISSION_RATE_LIMIT: "100000", ...env },
  );
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
