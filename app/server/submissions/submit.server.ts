import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database, Executor } from "../../../db/client";
import { attachments, caseCounters, caseEvents, cases, outbox, routingGeneration } from "../../../db/schema";
import type { FieldError, FormValues, Lang } from "../../engine/types";
import { hasUnstorableText } from "../../engine/unstorable-text";
import { db } from "../db.server";
import { nudgeOutbox } from "../lifecycle.server";
import { awaitReceiptPace } from "../outbox/receipt-pace.server";
import { inCounterTurn } from "./counter-turns.server";
import { executeNamed } from "../prepared-statements.server";
import { countPaceHold, countSubmission } from "../ops/metrics.server";
import { routingContext, type ResponsibleAuthority, type RoutingContext } from "../routing/routing.server";
import { forgetRoutings, rememberedRouting, rememberRouting } from "../routing/remembered-routing.server";
import { publishedVersion, type PublishedVersion } from "../services/service-versions.server";
import { accessCodeFor, hashAccessCode } from "./access-code.server";
import { sniffMediaType, SNIFF_BYTES } from "../uploads/sniff";
import { applicantOf, attachmentRefs } from "./applicant";
import { canonicalJson } from "./canonical-json";
import { yearInGermanySql } from "./case-number";
import { refuse, text, type Refusal, type RefusalText } from "../outcome";
import { translate } from "../../lib/i18n/translate";
import type { TrustLevel } from "../citizen-account/identity";

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
  /** Portal submissions by a signed-in citizen: the owning account and what came from the identity (ADR 037). */
  identity?: SubmissionIdentity;
};

export type SubmissionIdentity = {
  ownerAccountId: string | null;
  trustLevel: TrustLevel | null;
  /** JSON pointers of answers taken unchanged from the identity. */
  prefilled: string[];
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

/** Codes: service_not_found, municipality_not_found, service_not_offered, idempotency_conflict, service_retired,
 * invalid_data (with every error by pointer), attachment_missing, attachment_invalid. */
export type SubmissionRefusal = Refusal<{ errors?: FieldError[] }>;

export type SubmissionResult = { ok: true; case: SubmittedCase } | SubmissionRefusal;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Submits an application: validation with the form version's rules (conditions applied),
 * routing, gap-free case number, case, attachments, first history event and notification
 * outbox entries — all in one transaction, so a failure leaves nothing behind.
 * A repeated request with the same idempotency key and payload returns the same case.
 * While receipts fall behind a burst, a submission is first held briefly (ADR 045).
 */
export async function submitApplication(request: SubmissionRequest): Promise<SubmissionResult> {
  const heldMs = await awaitReceiptPace();
  if (heldMs > 0) countPaceHold(heldMs);
  const result = await submitOnce(request);
  if (result.ok) countSubmission(request.channel, result.case.replayed);
  return result;
}

/**
 * One attempt. Routed from this process's memory first (ADR 051); when the routing has changed
 * since, the case is not stored and the attempt is made again with the routing read anew.
 */
async function submitOnce(request: SubmissionRequest, routeFromMemory = true): Promise<SubmissionResult> {
  const database = await db();
  const lang = request.lang ?? "de";
  const requestHash = sha256(
    canonicalJson({
      service: request.serviceId,
      version: request.version ?? null,
      municipality: request.municipalityAgs,
      data: request.data,
    }),
  );

  const fromMemory = routeFromMemory ? rememberedRouting(database, request.serviceId, request.municipalityAgs) : undefined;
  const target: RoutingContext | null =
    fromMemory ??
    (await routingContext(database, {
      serviceId: request.serviceId,
      municipalityAgs: request.municipalityAgs,
      idempotencyKey: request.idempotencyKey,
    }));
  if (target && !fromMemory) rememberRouting(database, request.serviceId, request.municipalityAgs, target);
  // A remembered routing only ever leads to storing: a refusal is decided again with the routing
  // read anew, which also answers a repeated idempotency key with its case first, as it always did.
  const refusing = (refusal: SubmissionRefusal) => (fromMemory ? submitOnce(request, false) : refusal);
  if (!target || target.existingCase) {
    const earlier = await replayOf(database, request.idempotencyKey, requestHash);
    if (earlier) return earlier;
  }
  if (!target && (await publishedVersion(request.serviceId, request.version, database))) {
    return refuse("not-found", "municipality_not_found", text("refusal.municipalityNotFound", { ags: request.municipalityAgs }));
  }
  const version = request.version ?? target?.latestVersion ?? undefined;
  const service = version === undefined ? null : await publishedVersion(request.serviceId, version, database);
  if (!service) {
    return refusing(
      refuse(
        "not-found",
        "service_not_found",
        request.version
          ? text("refusal.serviceVersionNotFound", { serviceId: request.serviceId, version: request.version })
          : text("refusal.serviceNotFound", { serviceId: request.serviceId }),
      ),
    );
  }
  if (!target) return refuse("not-found", "service_not_found", text("refusal.serviceNotFound", { serviceId: request.serviceId }));
  // A version asked for is retired when the routing no longer counts it among the published ones;
  // the newest (no version asked for) is published by the same reading.
  const refusedAsRetired =
    !request.allowRetired &&
    (target.serviceRetired || (request.version !== undefined && !target.publishedVersions.includes(service.version)));
  if (refusedAsRetired) {
    return refusing(refuse("gone", "service_retired", text("refusal.serviceNoLongerOffered")));
  }
  if (!target.offered && !(request.allowRetired && target.serviceRetired)) {
    return refusing(refuse("not-found", "service_not_offered", text("refusal.serviceNotOffered")));
  }
  const routing = target.routing;

  const nulErrors = nulCharacterErrors(request.data, lang);
  if (nulErrors.length > 0) {
    return refusing({
      ok: false,
      kind: "invalid",
      code: "invalid_data",
      ...applicationErrorsText(lang),
      errors: nulErrors,
    });
  }
  const validation = service.runtime.validateAll(request.data, { lang });
  if (!validation.valid) {
    return refusing({
      ok: false,
      kind: "invalid",
      code: "invalid_data",
      ...applicationErrorsText(lang),
      errors: validation.errors,
    });
  }

  const inline = checkInlineAttachments(validation.data, request.data, request.inlineAttachments ?? []);
  if (!inline.ok) return refusing(inline);

  // A routing read anew in this attempt is as current as the routing query always was.
  const generation = fromMemory ? fromMemory.generation : null;
  const stored = await inCounterTurn(routing.authority.id, () =>
    storeCase(database, request, service, routing, generation, validation.data, requestHash, inline.files),
  );
  if (stored === "routing-changed") {
    forgetRoutings(database);
    return submitOnce(request, false);
  }
  if (stored === "lost-race") {
    // A concurrent request with the same key committed first; ours rolled back without a trace.
    // A repeated key routed from memory, whose case was not looked for, ends here too.
    return (await replayOf(database, request.idempotencyKey, requestHash)) ?? refuse("conflict", "idempotency_conflict", conflictMessage);
  }
  if (!("caseId" in stored)) return refusing(stored);
  nudgeOutbox();
  return { ok: true, case: stored };
}

const conflictMessage = text("refusal.idempotencyConflict");

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
  if (existing.requestHash !== requestHash) return refuse("conflict", "idempotency_conflict", conflictMessage);
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

async function storeCase(
  database: Database,
  request: SubmissionRequest,
  service: PublishedVersion,
  routing: ResponsibleAuthority,
  /** The routing generation a remembered routing was read at; null for one read in this attempt. */
  generation: number | null,
  data: FormValues,
  requestHash: string,
  inlineFiles: Map<string, { ref: AttachmentRef; content: Uint8Array }>,
): Promise<SubmittedCase | "lost-race" | "routing-changed" | SubmissionRefusal> {
  const dataHash = sha256(canonicalJson(data));
  const applicant = applicantOf(service.definition, data);
  const refs = attachmentRefs(data).filter((ref) => !inlineFiles.has(ref.id));
  const caseId = crypto.randomUUID();
  const authority = routing.authority;

  const notices = ["receipt", ...(applicant.email ? ["citizen-confirmation"] : []), ...(authority.email ? ["authority-notice"] : [])];
  const notice = JSON.stringify({ caseId });

  const expectedDraftFiles =
    refs.length > 0
      ? sql.join(
          refs.map((r) => sql`(${r.id}::uuid, ${r.sha256}::text)`),
          sql`, `,
        )
      : sql`(null::uuid, null::text)`;

  // One statement writes the case and everything that belongs to it. The case number is drawn
  // from the per-authority counter in the same statement, so the counter row is locked only until
  // commit, and any failure (a duplicate idempotency key, a missing upload) undoes the number with
  // the rest: no gaps. A statement is atomic on its own; only linking a draft's uploads needs a
  // transaction around it, to undo everything when an upload is not the draft's.
  // Named and prepared: parsing and planning it were a third of the database's time per submission.
  // Its text differs only by the number of files (at most 20 per application). A routing from
  // memory stores nothing, not even a counter step, when its generation has moved on (ADR 051).
  const write = async (connection: Executor) => {
    const written = await executeNamed(
      connection,
      sql`
        with clock as (
          -- The database's clock, not this server's: HTTP servers at several sites share one time line.
          select statement_timestamp() as at, ${yearInGermanySql(sql`statement_timestamp()`)} as year
        ), routed as (
          select 1 as current where ${generation}::bigint is null
            or exists (select 1 from ${routingGeneration} where ${routingGeneration.value} = ${generation}::bigint)
        ), counter as (
          insert into ${caseCounters} (authority_id, year, last_value) select ${authority.id}, clock.year, 1 from clock, routed
          on conflict (authority_id, year) do update set last_value = ${caseCounters}.last_value + 1
          returning last_value, year
        ), new_case as (
          insert into ${cases} (id, case_number, authority_id, municipality_ags, service_id, service_version, data, data_hash,
            applicant_name, applicant_email, access_code_hash, idempotency_key, request_hash, channel, lang, submitted_at,
            owner_account_id, identity_trust_level, prefilled_from_identity)
          select ${caseId}::uuid, ${caseNumberSql(authority.caseNumberPrefix)}, ${authority.id}, ${request.municipalityAgs},
            ${service.id}, ${service.version}, ${JSON.stringify(data)}::jsonb, ${dataHash}, ${applicant.name}, ${applicant.email},
            ${hashAccessCode(accessCodeFor(caseId))}, ${request.idempotencyKey}, ${requestHash}, ${request.channel},
            ${request.lang ?? "de"}, clock.at, ${request.identity?.ownerAccountId ?? null}::uuid,
            ${request.identity?.trustLevel ?? null}::text, ${identityPointers(request.identity)}::jsonb
          from counter, clock
          returning id, case_number, submitted_at
        ), inline_files as (
          insert into ${attachments} (id, case_id, pointer, name, media_type, size, sha256, content)
          select v.id, n.id, v.pointer, v.name, v.media_type, v.size, v.sha256, v.content
          from new_case n, (values ${inlineFilesSql(inlineFiles)}) as v(id, pointer, name, media_type, size, sha256, content)
          where v.id is not null
        ), draft_files as (
          update ${attachments} set case_id = ${caseId}::uuid, draft_id = null
          where (id, sha256) in (values ${expectedDraftFiles})
            and case_id is null and draft_id = ${request.draftId ?? null}::uuid and exists (select 1 from routed)
          returning id
        ), first_event as (
          insert into ${caseEvents} (case_id, at, kind, actor_kind, to_status)
          select id, submitted_at, 'submitted', ${request.channel === "api" ? "api" : "citizen"}, 'eingegangen'
          from new_case
        ), notices as (
          insert into ${outbox} (kind, payload)
          select kind, ${notice}::jsonb from new_case, unnest(${`{${notices.join(",")}}`}::text[]) as kind
        )
        select (select case_number from new_case) as case_number, (select submitted_at from new_case) as submitted_at,
          (select count(*)::int from draft_files) as linked`,
    );
    const row = (written as unknown as { rows: Array<{ case_number: string | null; submitted_at: Date | string; linked: number }> })
      .rows[0]!;
    if (row.case_number === null) return null;
    if (row.linked !== refs.length) throw new MissingAttachment();
    return { caseNumber: row.case_number, submittedAt: new Date(row.submitted_at) };
  };

  try {
    const written = refs.length === 0 ? await write(database) : await database.transaction(write);
    if (!written) return "routing-changed";
    const { caseNumber, submittedAt } = written;
    return {
      caseId,
      caseNumber,
      accessCode: accessCodeFor(caseId),
      submittedAt,
      dataHash,
      authority: { id: authority.id, name: authority.name, kind: authority.kind, ags: authority.ags },
      replayed: false,
    };
  } catch (error) {
    if (isUniqueViolation(error, "cases_idempotency_key")) return "lost-race";
    if (error instanceof MissingAttachment) {
      return refuse("invalid", "attachment_missing", text("refusal.attachmentMissing"));
    }
    throw error;
  }
}

/** The prefilled pointers as stored: null for a case filed without an identity. */
function identityPointers(identity: SubmissionIdentity | undefined): string | null {
  return identity && (identity.trustLevel !== null || identity.prefilled.length > 0) ? JSON.stringify(identity.prefilled) : null;
}

/** The inline files as a VALUES list; one all-null row when there are none, filtered out above. */
function inlineFilesSql(files: Map<string, { ref: AttachmentRef; content: Uint8Array }>) {
  if (files.size === 0) return sql`(null::uuid, null::text, null::text, null::text, null::int, null::text, null::bytea)`;
  return sql.join(
    [...files.values()].map(
      ({ ref, content }) =>
        sql`(${ref.id}::uuid, ${ref.pointer}::text, ${ref.name}::text, ${ref.mediaType}::text, ${content.byteLength}::int, ${ref.sha256}::text, ${Buffer.from(content)}::bytea)`,
    ),
    sql`, `,
  );
}

class MissingAttachment extends Error {}

/** The database's own error with this SQLSTATE, found under the query builder's wrapping. */
function pgErrorCause(error: unknown, code: string): (Error & { constraint?: string }) | undefined {
  for (let e: unknown = error; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === code) return e;
  }
  return undefined;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  return pgErrorCause(error, "23505")?.constraint === constraint;
}

/** `<PREFIX>-<YEAR>-<NNNNNN>` (see case-number.ts), built from the counter in the same statement. */
function caseNumberSql(prefix: string) {
  return sql`${`${prefix}-`} || counter.year || '-' || case when counter.last_value > 999999 then counter.last_value::text
    else lpad(counter.last_value::text, 6, '0') end`;
}

type AttachmentRef = ReturnType<typeof attachmentRefs>[number];

/**
 * Inline files must be exactly what the data says: same size, same SHA-256, and bytes of the stated type.
 * A file whose answer sits on a step the conditions skip is dropped with that answer, unchecked and
 * unstored (docs/decisions/016-linear-time-patterns-and-edge-rules.md); a file no answer names is refused.
 */
function checkInlineAttachments(
  data: FormValues,
  submittedData: FormValues,
  inline: InlineAttachment[],
): { ok: true; files: Map<string, { ref: AttachmentRef; content: Uint8Array }> } | SubmissionRefusal {
  const refs = new Map(attachmentRefs(data).map((ref) => [ref.id, ref]));
  const droppedWithTheirAnswers = new Set(attachmentRefs(submittedData).map((ref) => ref.id));
  const files = new Map<string, { ref: AttachmentRef; content: Uint8Array }>();
  const invalid = (message: RefusalText) => refuse("invalid", "attachment_invalid", message);
  for (const file of inline) {
    const ref = refs.get(file.id);
    if (!ref && droppedWithTheirAnswers.has(file.id)) continue;
    if (!ref) return invalid(text("refusal.attachmentUnreferenced", { id: file.id }));
    if (file.content.byteLength !== ref.size) return invalid(text("refusal.attachmentSize", { name: ref.name }));
    if (createHash("sha256").update(file.content).digest("hex") !== ref.sha256) {
      return invalid(text("refusal.attachmentChecksum", { name: ref.name }));
    }
    if (sniffMediaType(file.content.subarray(0, SNIFF_BYTES)) !== ref.mediaType) {
      return invalid(text("refusal.attachmentType", { name: ref.name, mediaType: ref.mediaType }));
    }
    files.set(file.id, { ref, content: file.content });
  }
  return { ok: true, files };
}

/** In the application's language for the wizard's page; the API words `text` in the request's language. */
const applicationErrorsText = (lang: Lang) => ({
  message: translate(lang, "refusal.applicationHasErrors"),
  text: text("refusal.applicationHasErrors"),
});

/**
 * PostgreSQL cannot store U+0000 or an unpaired surrogate in text or JSON; no person types them.
 * Every other character, hostile or not, is stored verbatim and escaped where it is shown.
 */
function nulCharacterErrors(data: unknown, lang: Lang): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (value: unknown, pointer: string) => {
    if (typeof value === "string" && hasUnstorableText(value)) {
      errors.push({
        pointer,
        fieldPointer: pointer,
        label: pointer,
        keyword: "nul",
        message: translate(lang, "refusal.controlCharacter"),
      });
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${pointer}/${i}`));
    else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) visit(child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    }
  };
  visit(data, "");
  return errors;
}
