/**
 * A draft's uploads in the attachments table. The data of the draft holds only the reference
 * object `{ id, name, mediaType, size, sha256 }`; every reference the browser sends back (a
 * kept file) is resolved here against the draft's own rows, so an id from another draft or a
 * made-up one never gets in.
 */
import { createHash } from "node:crypto";
import { and, eq, inArray, isNull, notInArray } from "drizzle-orm";
import { attachments } from "../../../db/schema";
import { attachmentRefs, type AttachmentReference } from "../submissions/applicant";
import type { Executor } from "../../../db/client";

export interface AttachmentRef {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export async function storeAttachment(
  executor: Executor,
  input: { draftId: string; pointer: string; name: string; mediaType: string; bytes: Uint8Array },
): Promise<AttachmentRef> {
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const [row] = await executor
    .insert(attachments)
    .values({
      draftId: input.draftId,
      pointer: input.pointer,
      name: input.name,
      mediaType: input.mediaType,
      size: input.bytes.byteLength,
      sha256,
      content: input.bytes,
    })
    .returning({ id: attachments.id });
  return { id: row.id, name: input.name, mediaType: input.mediaType, size: input.bytes.byteLength, sha256 };
}

/** The draft's own uploads among `ids` (anything else is ignored). */
export async function draftAttachmentsById(executor: Executor, draftId: string, ids: string[]): Promise<Map<string, AttachmentRef>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return new Map();
  const rows = await executor
    .select({
      id: attachments.id,
      name: attachments.name,
      mediaType: attachments.mediaType,
      size: attachments.size,
      sha256: attachments.sha256,
    })
    .from(attachments)
    .where(and(eq(attachments.draftId, draftId), isNull(attachments.caseId), inArray(attachments.id, valid)));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Removes the draft's uploads that no stored answer refers to any more (replaced or removed files). */
export async function deleteUnreferencedAttachments(executor: Executor, draftId: string, referencedIn: unknown[]): Promise<void> {
  const keep = [...new Set(referencedIn.flatMap((data) => attachmentRefs(data).map((ref: AttachmentReference) => ref.id)).filter(isUuid))];
  await executor
    .delete(attachments)
    .where(
      and(eq(attachments.draftId, draftId), isNull(attachments.caseId), keep.length > 0 ? notInArray(attachments.id, keep) : undefined),
    );
}

export async function deleteDraftAttachments(executor: Executor, draftId: string): Promise<void> {
  await executor.delete(attachments).where(and(eq(attachments.draftId, draftId), isNull(attachments.caseId)));
}
