/**
 * How a citizen proves a case is theirs (ADR 033, 037): case number and access code, as on
 * /status, or the signed-in account that owns the case (Mein Bereich). The reply and withdrawal
 * functions take either, so Mein Bereich needs no second set of rules.
 */
export type CitizenAccess =
  { kind: "access-code"; caseNumber: string; accessCode: string } | { kind: "owner"; caseNumber: string; ownerId: string };

export const byAccessCode = (caseNumber: string, accessCode: string): CitizenAccess => ({
  kind: "access-code",
  caseNumber,
  accessCode,
});

export const byOwner = (caseNumber: string, ownerId: string): CitizenAccess => ({ kind: "owner", caseNumber, ownerId });
