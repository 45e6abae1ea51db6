import { createHash } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { attachments, caseCounters, caseEvents, cases, outbox } from "../../../db/schema";
import type { FieldError, FormValues, Lang } from "../../engine/types";
import { db } from "../db.server";
import { nudgeOutbox } from "../lifecycle.server";
import { responsibleAuthority, type ResponsibleAuthority } from "../routing/routing.server";
import { isOfferedIn, publishedService, type PublishedService } from "../services/service-versions.server";
import { accessCodeFor, hashAccessCode } from "./access-code.server";
import { sniffMediaType, SNIFF_BYTES } from "../attachments/sniff";
import { applicantOf, attachmentRefs } from "./applicant";
import { canonicalJson } from "./canonical-json";
import { formatCaseNumber, yearInGermany } from "./case-number";

export type SubmissionRequest = {
  serviceId: string;
  /** The form version the data was filled against; the newest published when absent (API only). */
  version?: number;
  municipalityAgs: string;
  data: FormValues;
  idempotencyKey: string;
  channel: "portal" | "api";
  lang?: Lang;
  /** Portal submissions: the draft whose uploads become the case's attachments. */
  draftId?: string;
  /** Drafts started before a version was retired may still be finished. */
  allowRetired?: boolean;
  /** API submissions: file contents for the attachment references in `data`, by reference id. */
  inlineAttachments?: InlineAttachment[];
};

export type InlineAttachment = { id: string; content: Uint8Array };

export type SubmittedCase = {
  caseId: string;
  caseNumber: string;
  accessCode: string;
  submittedAt: Date;
  dataHash: string;
  authority: { id: string; name: string; kind: string; ags: string | null };
  replayed: boolean;
};

export type SubmissionFailure =
  | { status: 404; code: "service_not_found" | "municipality_not_found" | "service_not_offered"; message: string }
  | { status: 409; code: "idempotency_conflict"; message: string }
  | { status: 410; code: "service_retired"; message: string }
  | { status: 422; code: "invalid_data"; message: string; errors: FieldError[] }
  | { status: 422; code: "attachment_missing" | "attachment_invalid"; message: string };

export type SubmissionResult = { ok: true; case: SubmittedCase } | ({ ok: false } & SubmissionFailure);

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Submits an application: validation with the form version's rules (conditions applied),
 * routing, gap-free case number, case, attachments, first history event and notification
 * outbox entries — all in one transaction, so a failure leaves nothing behind.
 * A repeated request with the same idempotency key and payload returns the same case.
 */
export async function submitApplication(request: SubmissionRequest): Promise<SubmissionResult> {
  const database = await db();
  const lang = request.lang ?? "de";
  const requestHash = sha256(
    canonicalJson({ service: request.serviceId, version: request.version ?? null, municipality: request.municipalityAgs, data: request.data }),
  );

  const earlier = await replayOf(database, request.idempotencyKey, requestHash);
  if (earlier) return earlier;

  const service = await publishedService(request.serviceId, request.version);
  if (!service) {
    return fail(404, "service_not_found", request.version ? `Die Leistung „${request.serviceId}“ gibt es nicht in Version ${request.version}.` : `Die Leistung „${request.serviceId}“ gibt es nicht.`);
  }
  if (service.retired && !request.allowRetired) {
    return fail(410, "service_retired", "Diese Leistung kann nicht mehr neu beantragt werden.");
  }

  const routing = await responsibleAuthority(database, {
    serviceId: service.id,
    level: service.level,
    municipalityAgs: request.municipalityAgs,
  });
  if (!routing) return fail(404, "municipality_not_found", `Keine Gemeinde mit dem AGS ${request.municipalityAgs} bekannt.`);
  if (!(await isOfferedIn(service.id, request.municipalityAgs, database))) {
    return fail(404, "service_not_offered", "Diese Leistung wird in der gewählten Gemeinde nicht online angeboten.");
  }

  const nulErrors = nulCharacterErrors(request.data, lang);
  if (nulErrors.length > 0) {
    return { ok: false, status: 422, code: "invalid_data", message: lang === "en" ? "The application contains errors." : "Der Antrag enthält Fehler.", errors: nulErrors };
  }
  const validation = service.runtime.validateAll(request.data, { lang });
  if (!validation.valid) {
    return {
      ok: false,
      status: 422,
      code: "invalid_data",
      message: lang === "en" ? "The application contains errors." : "Der Antrag enthält Fehler.",
      errors: validation.errors,
    };
  }

  const inline = checkInlineAttachments(validation.data, request.inlineAttachments ?? []);
  if (!inline.ok) return inline;

  const stored = await storeCase(database, request, service, routing, validation.data, requestHash, inline.files);
  if (stored === "lost-race") {
    // A concurrent request with the same key committed first; ours rolled back without a trace.
    return (await replayOf(database, request.idempotencyKey, requestHash)) ?? fail(409, "idempotency_conflict", conflictMessage);
  }
  if (!("caseId" in stored)) return stored;
  nudgeOutbox();
  return { ok: true, case: stored };
}

const conflictMessage =
  "Dieser Idempotenzschlüssel wurde bereits für einen anderen Antrag verwendet. Verwenden Sie für jeden neuen Antrag einen neuen Schlüssel.";

async function replayOf(database: Database, idempotencyKey: string, requestHash: string): Promise<SubmissionResult | null> {
  const [existing] = await database
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      submittedAt: cases.submittedAt,
      dataHash: cases.dataHash,
      requestHash: cases.requestHash,
      authorityId: cases.authorityId,
    })
    .from(cases)
    .where(eq(cases.idempotencyKey, idempotencyKey))
    .limit(1);
  if (!existing) return null;
  if (existing.requestHash !== requestHash) return fail(409, "idempotency_conflict", conflictMessage);
  const authority = await database.query.authorities.findFirst({ where: (a, { eq: equals }) => equals(a.id, existing.authorityId) });
  return {
    ok: true,
    case: {
      caseId: existing.id,
      caseNumber: existing.caseNumber,
      accessCode: accessCodeFor(existing.id),
      submittedAt: existing.submittedAt,
      dataHash: existing.dataHash,
      authority: { id: authority!.id, name: authority!.name, kind: authority!.kind, ags: authority!.ags },
      replayed: true,
    },
  };
}

class LostRace extends Error {}

async function storeCase(
  database: Database,
  request: SubmissionRequest,
  service: PublishedService,
  routing: ResponsibleAuthority,
  data: FormValues,
  requestHash: string,
  inlineFiles: Map<string, { ref: AttachmentRef; content: Uint8Array }>,
): Promise<SubmittedCase | "lost-race" | ({ ok: false } & SubmissionFailure)> {
  const submittedAt = new Date();
  const year = yearInGermany(submittedAt);
  const dataHash = sha256(canonicalJson(data));
  const applicant = applicantOf(service.definition, data);
  const refs = attachmentRefs(data).filter((ref) => !inlineFiles.has(ref.id));
  const caseId = crypto.randomUUID();
  const authority = routing.authority;

  try {
    return await database.transaction(async (tx) => {
      // The counter row is locked until commit: concurrent submissions to one authority queue
      // here, and a rollback returns the number, so numbers have no gaps.
      const [counter] = await tx
        .insert(caseCounters)
        .values({ authorityId: authority.id, year, lastValue: 1 })
        .onConflictDoUpdate({
          target: [caseCounters.authorityId, caseCounters.year],
          set: { lastValue: sql`${caseCounters.lastValue} + 1` },
        })
        .returning({ value: caseCounters.lastValue });
      const caseNumber = formatCaseNumber(authority.caseNumberPrefix, year, counter.value);

      const inserted = await tx
        .insert(cases)
        .values({
          id: caseId,
          caseNumber,
          authorityId: authority.id,
          municipalityAgs: request.municipalityAgs,
          serviceId: service.id,
          serviceVersion: service.version,
          data,
          dataHash,
          applicantName: applicant.name,
          applicantEmail: applicant.email,
          accessCodeHash: hashAccessCode(accessCodeFor(caseId)),
          idempotencyKey: request.idempotencyKey,
          requestHash,
          channel: request.channel,
          lang: request.lang ?? "de",
          submittedAt,
        })
        .onConflictDoNothing({ target: cases.idempotencyKey })
        .returning({ id: cases.id });
      if (inserted.length === 0) throw new LostRace();

      if (refs.length > 0) {
        const ids = refs.map((r) => r.id);
        const linked = await tx
          .update(attachments)
          .set({ caseId, draftId: null })
          .where(
            and(
              inArray(attachments.id, ids),
              isNull(attachments.caseId),
              request.draftId ? eq(attachments.draftId, request.draftId) : sql`false`,
            ),
          )
          .returning({ id: attachments.id, sha256: attachments.sha256 });
        const bySha = new Map(linked.map((l) => [l.id, l.sha256]));
        if (refs.some((r) => bySha.get(r.id) !== r.sha256)) throw new MissingAttachment();
      }

      if (inlineFiles.size > 0) {
        await tx.insert(attachments).values(
          [...inlineFiles.values()].map(({ ref, content }) => ({
            id: ref.id,
            caseId,
            pointer: ref.pointer,
            name: ref.name,
            mediaType: ref.mediaType,
            size: content.byteLength,
            sha256: ref.sha256,
            content,
          })),
        );
      }

      await tx.insert(caseEvents).values({
        caseId,
        at: submittedAt,
        kind: "submitted",
        actorKind: request.channel === "api" ? "api" : "citizen",
        toStatus: "eingegangen",
      });
      await tx.insert(outbox).values([
        { kind: "receipt", payload: { caseId } },
        ...(applicant.email ? [{ kind: "citizen-confirmation", payload: { caseId } }] : []),
        ...(authority.email ? [{ kind: "authority-notice", payload: { caseId } }] : []),
      ]);

      return {
        caseId,
        caseNumber,
        accessCode: accessCodeFor(caseId),
        submittedAt,
        dataHash,
        authority: { id: authority.id, name: authority.name, kind: authority.kind, ags: authority.ags },
        replayed: false,
      };
    });
  } catch (error) {
    if (error instanceof LostRace) return "lost-race";
    if (error instanceof MissingAttachment) {
      return {
        ok: false,
        status: 422,
        code: "attachment_missing",
        message: "Eine angegebene Datei wurde nicht gefunden. Bitte laden Sie die Datei erneut hoch.",
      };
    }
    throw error;
  }
}

class MissingAttachment extends Error {}

type AttachmentRef = ReturnType<typeof attachmentRefs>[number];

/** Inline files must be exactly what the data says: same size, same SHA-256, and bytes of the stated type. */
function checkInlineAttachments(
  data: FormValues,
  inline: InlineAttachment[],
): { ok: true; files: Map<string, { ref: AttachmentRef; content: Uint8Array }> } | ({ ok: false } & SubmissionFailure) {
  const refs = new Map(attachmentRefs(data).map((ref) => [ref.id, ref]));
  const files = new Map<string, { ref: AttachmentRef; content: Uint8Array }>();
  const invalid = (message: string) => ({ ok: false as const, status: 422 as const, code: "attachment_invalid" as const, message });
  for (const file of inline) {
    const ref = refs.get(file.id);
    if (!ref) return invalid(`Die Datei ${file.id} gehört zu keiner Angabe im Antrag.`);
    if (file.content.byteLength !== ref.size) return invalid(`Die Datei „${ref.name}“ hat nicht die angegebene Größe.`);
    if (createHash("sha256").update(file.content).digest("hex") !== ref.sha256) {
      return invalid(`Die Prüfsumme (SHA-256) der Datei „${ref.name}“ stimmt nicht.`);
    }
    if (sniffMediaType(file.content.subarray(0, SNIFF_BYTES)) !== ref.mediaType) {
      return invalid(`Die Datei „${ref.name}“ ist kein ${ref.mediaType}.`);
    }
    files.set(file.id, { ref, content: file.content });
  }
  return { ok: true, files };
}

function fail<S extends SubmissionFailure["status"], C extends SubmissionFailure["code"]>(
  status: S,
  code: C,
  message: string,
): { ok: false; status: S; code: C; message: string } {
  return { ok: false, status, code, message };
}

/**
 * PostgreSQL cannot store U+0000 in text or JSON; no person types it. Every other character,
 * hostile or not, is stored verbatim and escaped where it is shown.
 */
function nulCharacterErrors(data: unknown, lang: Lang): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (value: unknown, pointer: string) => {
    if (typeof value === "string" && value.includes("\u0000")) {
      errors.push({
        pointer,
        fieldPointer: pointer,
        label: pointer,
        keyword: "nul",
        message: lang === "en" ? "This entry contains an invalid control character." : "Die Angabe enthält ein unzulässiges Steuerzeichen.",
      });
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${pointer}/${i}`));
    else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) visit(child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    }
  };
  visit(data, "");
  return errors;
}
