import { listColleagues } from "../staff/accounts.server";
import { describeCaseAnswers } from "./answers.server";
import { findCase } from "./case-record.server";
import { ageInDays, formatDateTime } from "./dates";
import { allowedTransitions } from "./lifecycle";

/** Everything the case page shows, or null when the authority has no such case. */
export async function caseView(authorityId: string, caseNumber: string, now = new Date()) {
  const record = await findCase(authorityId, caseNumber);
  if (!record) return null;
  const colleagues = await listColleagues(authorityId);
  return {
    caseNumber: record.caseNumber,
    status: record.status,
    revision: record.revision,
    nextStatuses: allowedTransitions(record.status),
    service: { id: record.service.id, title: record.service.title, version: record.service.version, leikaKey: record.service.leikaKey },
    municipality: record.municipality,
    applicant: record.applicant,
    channel: record.channel,
    received: formatDateTime(record.submittedAt),
    receivedIso: record.submittedAt,
    ageDays: ageInDays(record.submittedAt, now),
    assignedTo: record.assignedTo,
    hasReceipt: record.hasReceipt,
    answers: describeCaseAnswers(record.service.definition, record.data, "de"),
    attachments: record.attachments,
    colleagues,
    history: record.events
      .map((e) => ({ ...e, when: formatDateTime(e.at) }))
      .reverse(),
  };
}

export type CaseView = NonNullable<Awaited<ReturnType<typeof caseView>>>;
