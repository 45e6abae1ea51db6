import { and, eq } from "drizzle-orm";
import { attachments, cases } from "../../../db/schema";
import { db } from "../db.server";
import { isCaseNumberShape } from "./case-record.server";

/** The bytes of a case's evidence and receipt, each looked up through the case's authority. */

export type StoredFile = { name: string; mediaType: string; content: Uint8Array };

export async function caseAttachment(authorityId: string, caseNumber: string, attachmentId: string): Promise<StoredFile | null> {
  if (!isCaseNumberShape(caseNumber) || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(attachmentId)) return null;
  const [row] = await (
    await db()
  )
    .select({ name: attachments.name, mediaType: attachments.mediaType, content: attachments.content })
    .from(attachments)
    .innerJoin(cases, eq(cases.id, attachments.caseId))
    .where(and(eq(attachments.id, attachmentId), eq(cases.caseNumber, caseNumber), eq(cases.authorityId, authorityId)))
    .limit(1);
  return row ?? null;
}

export async function caseReceipt(authorityId: string, caseNumber: string): Promise<StoredFile | null> {
  if (!isCaseNumberShape(caseNumber)) return null;
  const [row] = await (
    await db()
  )
    .select({ content: cases.receiptPdf })
    .from(cases)
    .where(and(eq(cases.caseNumber, caseNumber), eq(cases.authorityId, authorityId)))
    .limit(1);
  if (!row?.content) return null;
  return { name: `Eingangsbestaetigung-${caseNumber}.pdf`, mediaType: "application/pdf", content: row.content };
}
