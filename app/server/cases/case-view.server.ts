import { listColleagues } from "../staff/accounts.server";
import { describeAnswers } from "../../engine/describe-answers";
import { publishedVersion } from "../services/service-versions.server";
import { findCase } from "./case-record.server";
import { ageInDays, formatDateTime } from "./dates";
import { allowedTransitions } from "./lifecycle";
import { retentionView } from "./legal-hold.server";

/** Everything the case page shows, or null when the authority has no such case. */
export async function caseView(authorityId: string, caseNumber: string, now = new Date()) {
  const record = await findCase(authorityId, caseNumber);
  if (!record) return null;
  // The case's own form version, compiled once per process: the answers as its steps label them.
  const [colleagues, form] = await Promise.all([listColleagues(authorityId), publishedVersion(record.service.id, record.service.version)]);
  const answers = form ? describeAnswers(form.runtime, record.data, "de") : [];
  const labels = new Map(answers.flatMap((section) => section.rows.map((row) => [row.pointer, row.label] as const)));
  const retention = await retentionView(record.id, record.status, record.events, form?.definition ?? null);
  return {
    caseNumber: record.caseNumber,
    status: record.status,
    revision: record.revision,
    nextStatuses: allowedTransitions(record.status),
    service: { id: record.service.id, title: record.service.title, version: record.service.version, leikaKey: record.service.leikaKey },
    municipality: record.municipality,
    applicant: record.applicant,
    identity: record.identity && {
      trustLevel: record.identity.trustLevel,
      prefilled: record.identity.prefilledFromIdentity.map((pointer) => labels.get(pointer) ?? pointer),
    },
    channel: record.channel,
    received: formatDateTime(record.submittedAt),
    receivedIso: record.submittedAt,
    ageDays: ageInDays(record.submittedAt, now),
    assignedTo: record.assignedTo,
    hasReceipt: record.hasReceipt,
    answers,
    attachments: record.attachments,
    replies: record.replies.map((reply) => ({ ...reply, when: formatDateTime(reply.at) })),
    colleagues,
    retention,
    history: record.events.map((e) => ({ ...e, when: formatDateTime(e.at) })).reverse(),
  };
}

export type CaseView = NonNullable<Awaited<ReturnType<typeof caseView>>>;
