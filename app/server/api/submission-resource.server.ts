import { env } from "../env.server";
import type { SubmittedCase } from "../submissions/submit.server";

export function receiptUrl(caseNumber: string): string {
  return `${env().publicUrl}/api/v1/cases/${encodeURIComponent(caseNumber)}/receipt`;
}

/** The API's answer to an accepted submission (see the OpenAPI document). */
export function submissionResource(submitted: SubmittedCase) {
  return {
    caseNumber: submitted.caseNumber,
    accessCode: submitted.accessCode,
    submittedAt: submitted.submittedAt.toISOString(),
    dataHash: submitted.dataHash,
    responsibleAuthority: { name: submitted.authority.name, kind: submitted.authority.kind, ags: submitted.authority.ags },
    receiptUrl: receiptUrl(submitted.caseNumber),
  };
}
