import type { InboxRow } from "./inbox.server";

/** A case in the API's list (`GET /api/v1/cases`); the single case is the export document. */
export function caseSummaryResource(row: InboxRow) {
  return {
    caseNumber: row.caseNumber,
    status: row.status,
    revision: row.revision,
    // Milliseconds like every other timestamp of the API; the microseconds only matter inside the cursor.
    submittedAt: new Date(row.submittedAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
    service: { id: row.serviceId, title: row.serviceTitle },
    municipality: { ags: row.municipalityAgs, name: row.municipalityName },
    applicantName: row.applicantName,
    assignedTo: row.assignedToName,
  };
}
