import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database, Executor } from "../../../db/client";
import { attachments, caseCounters, caseEvents, cases, outbox, routingGeneration } from "../../../db/schema";
import type { FieldError, FormValues, Lang } from "../../engine/types";
import { hasUnstorableText } from "../../engine/unstorable-text";
import { db } from "../db.server";
import { nudgeOutbox } from "../lifecycle.server";
import { receiptPaceOnArrival } from "../outbox/receipt-pace.server";
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
 * While receipts fall behind a burst, the answer is held briefly (ADR 045); the submission is
 * stored first, and the time that took counts towards the hold (ADR 054).
 */
export async function submitApplication(request: SubmissionRequest): Promise<SubmissionResult> {
  const pace = receiptPaceOnArrival();
  const result = await submitOnce(request);
  const heldMs = await pace.restOfHold();
  if (heldMs > 0) countPaceHold(heldMs);
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
  const pending = caseToStore(request, service, routing.authority, generation, validation.data, requestHash, inline.files);
  const counter = { database, authorityId: routing.authority.id };
  const stored = await inCounterTurn(counter, pending, batchKeyOf(pending), (batch) => storeCases(database, batch));
  if (stored === "routing-changed") {
    forgetRoutings(database);
    return submitOnce(request, false);
  }
  if (stored === "lost-race") {
    // The key's case was stored first, by an earlier or a concurrent request; ours stored nothing.
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

/** A submission checked and routed, with everything its statement writes. */
type CaseToStore = {
  caseId: string;
  authority: ResponsibleAuthority["authority"];
  /** The routing generation a remembered routing was read at; null for one read in this attempt. */
  generation: number | null;
  /** The case's row, its files and its notices, as the statement reads them (`incoming`). */
  row: CaseRow;
  dataHash: string;
  /** Given to the citizen once the case is stored; only its hash is in the row. */
  accessCode: string;
};

type CaseRow = Record<string, unknown> & {
  /** Uploads of the draft that become the case's attachments. */
  draft_files: Array<{ id: string; sha256: string }>;
  /** Files that came with the submission, their content in base64. */
  inline_files: Array<{ id: string; pointer: string; name: string; media_type: string; size: number; sha256: string; content: string }>;
};

type StoreOutcome = SubmittedCase | "lost-race" | "routing-changed" | SubmissionRefusal;

function caseToStore(
  request: SubmissionRequest,
  service: PublishedVersion,
  authority: ResponsibleAuthority["authority"],
  generation: number | null,
  data: FormValues,
  requestHash: string,
  inlineFiles: Map<string, { ref: AttachmentRef; content: Uint8Array }>,
): CaseToStore {
  const dataHash = sha256(canonicalJson(data));
  const applicant = applicantOf(service.definition, data);
  const caseId = crypto.randomUUID();
  const accessCode = accessCodeFor(caseId);
  const notices = ["receipt", ...(applicant.email ? ["citizen-confirmation"] : []), ...(authority.email ? ["authority-notice"] : [])];
  const draftFiles = attachmentRefs(data).filter((ref) => !inlineFiles.has(ref.id));
  const inline = [...inlineFiles.values()];
  return {
    caseId,
    authority,
    generation,
    dataHash,
    accessCode,
    row: {
      id: caseId,
      prefix: authority.caseNumberPrefix,
      municipality_ags: request.municipalityAgs,
      service_id: service.id,
      service_version: service.version,
      data,
      data_hash: dataHash,
      applicant_name: applicant.name,
      applicant_email: applicant.email,
      access_code_hash: hashAccessCode(accessCode),
      idempotency_key: request.idempotencyKey,
      request_hash: requestHash,
      channel: request.channel,
      lang: request.lang ?? "de",
      owner_account_id: request.identity?.ownerAccountId ?? null,
      identity_trust_level: request.identity?.trustLevel ?? null,
      prefilled_from_identity: identityPointers(request.identity),
      actor_kind: request.channel === "api" ? "api" : "citizen",
      notices,
      draft_id: request.draftId ?? null,
      draft_files: draftFiles.map((ref) => ({ id: ref.id, sha256: ref.sha256 })),
      inline_files: inline.map(({ ref, content }) => ({
        id: ref.id,
        pointer: ref.pointer,
        name: ref.name,
        media_type: ref.mediaType,
        size: content.byteLength,
        sha256: ref.sha256,
        content: Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString("base64"),
      })),
    },
  };
}

/** Files beyond this size are stored in a statement of their own, so that they hold no other submission back. */
const SHARED_STATEMENT_FILE_BYTES = 256 * 1024;

/** Cases that may share a statement: routed at one generation, without large files. */
function batchKeyOf(pending: CaseToStore): string | null {
  const inlineBytes = pending.row.inline_files.reduce((sum, file) => sum + file.size, 0);
  if (inlineBytes > SHARED_STATEMENT_FILE_BYTES) return null;
  return String(pending.generation ?? "read");
}

/**
 * Stores cases of one authority, in their order, in one statement (ADR 053). When a statement of
 * several fails (a key another process stores at the same moment, an upload that is not the
 * draft's), each is stored alone again, so one case's failure is its own. That holds for any
 * failure, also one not foreseen here: a failure that is not a case's own (a lost connection)
 * fails the first case again and answers all, at the cost of one more attempt on a rare path.
 */
async function storeCases(database: Database, batch: CaseToStore[]): Promise<StoreOutcome[]> {
  if (batch.length === 1) return [await storeAlone(database, batch[0]!)];
  try {
    const written = await writeCases(database, batch);
    return batch.map((pending) => outcomeOf(pending, written.get(pending.caseId)!));
  } catch {
    const outcomes: StoreOutcome[] = [];
    for (const pending of batch) outcomes.push(await storeAlone(database, pending));
    return outcomes;
  }
}

async function storeAlone(database: Database, pending: CaseToStore): Promise<StoreOutcome> {
  try {
    return outcomeOf(pending, (await writeCases(database, [pending])).get(pending.caseId)!);
  } catch (error) {
    if (isUniqueViolation(error, "cases_idempotency_key")) return "lost-race";
    if (error instanceof MissingAttachment) {
      return refuse("invalid", "attachment_missing", text("refusal.attachmentMissing"));
    }
    throw error;
  }
}

function outcomeOf(pending: CaseToStore, written: Written): StoreOutcome {
  if (typeof written === "string") return written;
  const { id, name, kind, ags } = pending.authority;
  return {
    caseId: pending.caseId,
    caseNumber: written.caseNumber,
    accessCode: pending.accessCode,
    submittedAt: written.submittedAt,
    dataHash: pending.dataHash,
    authority: { id, name, kind, ags },
    replayed: false,
  };
}

/**
 * One statement writes the cases and everything that belongs to them. Their case numbers are drawn
 * from the authority's counter in the same statement, so the counter row is locked only until
 * commit, and any failure (another process storing a key at the same moment, a missing upload)
 * undoes the numbers with the rest: no gaps. A statement is atomic on its own; only linking a
 * draft's uploads needs a transaction around it, to undo everything when an upload is not the
 * draft's. A key stored before, or twice among the cases, is left out, and only that case is
 * answered as a repeat.
 * Named and prepared, and its text is always the same: the cases come as one JSON parameter.
 * Parsing and planning it were a third of the database's time per submission. A routing from
 * memory stores nothing, not even a counter step, when its generation has moved on (ADR 051).
 */
async function writeCases(database: Database, batch: CaseToStore[]): Promise<Map<string, Written>> {
  const first = batch[0]!;
  const incoming = JSON.stringify(batch.map((pending, i) => ({ ...pending.row, n: i + 1 })));
  const statement = sql`
      with clock as (
        -- The database's clock, not this server's: HTTP servers at several sites share one time line.
        select statement_timestamp() as at, ${yearInGermanySql(sql`statement_timestamp()`)} as year
      ), routed as (
        select 1 as current where ${first.generation}::bigint is null
          or exists (select 1 from ${routingGeneration} where ${routingGeneration.value} = ${first.generation}::bigint)
      ), incoming as (
        select * from jsonb_to_recordset(${incoming}::jsonb) as c(n int, id uuid, prefix text, municipality_ags text,
          service_id text, service_version int, data jsonb, data_hash text, applicant_name text, applicant_email text,
          access_code_hash text, idempotency_key text, request_hash text, channel text, lang text, owner_account_id uuid,
          identity_trust_level text, prefilled_from_identity jsonb, actor_kind text, notices jsonb, draft_id uuid,
          draft_files jsonb, inline_files jsonb)
      ), fresh as (
        -- A key stored before, or twice in these cases, is left to the case it came with first; the rest are stored.
        select c.*, row_number() over (order by c.n)::int as k from incoming c
        where exists (select 1 from routed)
          and not exists (select 1 from ${cases} stored where stored.idempotency_key = c.idempotency_key)
          and c.n = (select min(d.n) from incoming d where d.idempotency_key = c.idempotency_key)
      ), drawn as (
        select count(*)::int as count from fresh
      ), counter as (
        insert into ${caseCounters} (authority_id, year, last_value)
        select ${first.authority.id}, clock.year, drawn.count from clock, drawn where drawn.count > 0
        on conflict (authority_id, year) do update set last_value = ${caseCounters}.last_value + excluded.last_value
        returning last_value, year
      ), new_case as (
        insert into ${cases} (id, case_number, authority_id, municipality_ags, service_id, service_version, data, data_hash,
          applicant_name, applicant_email, access_code_hash, idempotency_key, request_hash, channel, lang, submitted_at,
          owner_account_id, identity_trust_level, prefilled_from_identity)
        select c.id, ${caseNumberSql}, ${first.authority.id},
          c.municipality_ags, c.service_id, c.service_version, c.data, c.data_hash, c.applicant_name, c.applicant_email,
          c.access_code_hash, c.idempotency_key, c.request_hash, c.channel, c.lang, clock.at, c.owner_account_id,
          c.identity_trust_level, c.prefilled_from_identity
        from fresh c, counter, clock, drawn, lateral (select counter.last_value - drawn.count + c.k as number) as numbered
        order by c.n
        returning id, case_number, submitted_at
      ), inline_files as (
        insert into ${attachments} (id, case_id, pointer, name, media_type, size, sha256, content)
        select f.id, n.id, f.pointer, f.name, f.media_type, f.size, f.sha256, decode(f.content, 'base64')
        from new_case n join incoming c on c.id = n.id, jsonb_to_recordset(c.inline_files) as f(id uuid, pointer text,
          name text, media_type text, size int, sha256 text, content text)
      ), draft_files as (
        update ${attachments} a set case_id = n.id, draft_id = null
        from new_case n join incoming c on c.id = n.id, jsonb_to_recordset(c.draft_files) as f(id uuid, sha256 text)
        where a.id = f.id and a.sha256 = f.sha256 and a.case_id is null and a.draft_id = c.draft_id
        returning a.case_id
      ), first_event as (
        insert into ${caseEvents} (case_id, at, kind, actor_kind, to_status)
        select n.id, n.submitted_at, 'submitted', c.actor_kind, 'eingegangen' from new_case n join incoming c on c.id = n.id
      ), notices as (
        insert into ${outbox} (kind, payload)
        select notice.kind, jsonb_build_object('caseId', n.id)
        from new_case n join incoming c on c.id = n.id, jsonb_array_elements_text(c.notices) with ordinality as notice(kind, at)
        order by c.n, notice.at
      )
      select c.id, n.case_number, n.submitted_at, exists (select 1 from routed) as routed,
        jsonb_array_length(c.draft_files) as expected, (select count(*)::int from draft_files d where d.case_id = c.id) as linked
      from incoming c left join new_case n on n.id = c.id`;
  const write = async (executor: Executor) => {
    const rows = ((await executeNamed(executor, statement)) as unknown as { rows: WrittenRow[] }).rows;
    const outcomes = new Map<string, Written>();
    for (const row of rows) {
      if (row.case_number === null) outcomes.set(row.id, row.routed ? "lost-race" : "routing-changed");
      else if (row.linked !== row.expected) throw new MissingAttachment();
      else outcomes.set(row.id, { caseNumber: row.case_number, submittedAt: new Date(row.submitted_at!) });
    }
    return outcomes;
  };
  return batch.some((pending) => pending.row.draft_files.length > 0) ? database.transaction(write) : write(database);
}

type WrittenRow = {
  id: string;
  case_number: string | null;
  submitted_at: Date | string | null;
  routed: boolean;
  expected: number;
  linked: number;
};
/** A case stored with its number, or why not: its key was stored before, or its routing changed. */
type Written = { caseNumber: string; submittedAt: Date } | "lost-race" | "routing-changed";

/** The prefilled pointers as stored: null for a case filed without an identity. */
function identityPointers(identity: SubmissionIdentity | undefined): string[] | null {
  return identity && (identity.trustLevel !== null || identity.prefilled.length > 0) ? identity.prefilled : null;
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
const caseNumberSql = sql`c.prefix || '-' || counter.year || '-' || case when numbered.number > 999999 then numbered.number::text
    else lpad(numbered.number::text, 6, '0') end`;

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
