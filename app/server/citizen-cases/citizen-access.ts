/**
 * How a citizen proves a case is theirs (ADR 033). Today: case number and access code, as on
 * /status. A signed-in account (BundID, later) will name its owner instead; the reply and
 * withdrawal functions take either, so that page needs no second set of rules.
 */
export type CitizenAccess =
  { kind: "access-code"; caseNumber: string; accessCode: string } | { kind: "owner"; caseNumber: string; ownerId: string };

export const byAccessCode = (caseNumber: string, accessCode: string): CitizenAccess => ({
  kind: "access-code",
  caseNumber,
  accessCode,
});
