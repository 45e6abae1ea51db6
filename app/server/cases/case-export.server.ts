import { createHash } from "node:crypto";
import { caseReceipt } from "./case-files.server";
import type { CaseRecord } from "./case-record.server";

/**
 * One case as a self-describing JSON document for Fachverfahren and archives; the format is
 * `schemas/case-export.schema.json`. The API's case resource is the same document, so there is
 * one format to document and to test.
 */
export const CASE_EXPORT_SCHEMA_ID = "https://buergerportal.example/schemas/case-export.schema.json";
export const CASE_EXPORT_VERSION = 1;

export type CaseExport = ReturnType<typeof buildCaseExport>;

export function buildCaseExport(record: CaseRecord, receiptSha256: string | null, exportedAt = new Date()) {
  return {
    $schema: CASE_EXPORT_SCHEMA_ID,
    formatVersion: CASE_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    case: {
      caseNumber: record.caseNumber,
      status: record.status,
      revision: record.revision,
      submittedAt: record.submittedAt,
      updatedAt: record.updatedAt,
      channel: record.channel,
      lang: record.lang,
      authority: record.authority,
      municipality: record.municipality,
      service: { id: record.service.id, version: record.service.version, title: record.service.title, leikaKey: record.service.leikaKey },
      applicant: record.applicant,
      ...(record.identity ? { identity: record.identity } : {}),
      assignedTo: record.assignedTo,
    },
    data: record.data,
    dataHash: { algorithm: "sha-256" as const, canonicalization: "json-sorted-keys" as const, value: record.dataHash },
    attachments: record.attachments.map((a) => ({ ...a })),
    replies: record.replies.map((reply) => ({
      at: reply.at,
      message: reply.message,
      sha256: reply.sha256,
      attachments: reply.files.map((file) => ({ ...file })),
    })),
    receipt: { available: record.hasReceipt, mediaType: "application/pdf" as const, sha256: receiptSha256 },
    history: record.events.map((e) => ({
      at: e.at,
      kind: e.kind,
      actor: { kind: e.actorKind, id: e.actorId, name: e.actorName },
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      citizenMessage: e.citizenMessage,
    })),
  };
}

export async function exportCase(record: CaseRecord): Promise<CaseExport> {
  const receipt = record.hasReceipt ? await caseReceipt(record.authority.id, record.caseNumber) : null;
  const sha = receipt ? createHash("sha256").update(receipt.content).digest("hex") : null;
  return buildCaseExport(record, sha);
}
