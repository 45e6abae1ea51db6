/**
 * The receipt of a reply (ADR 033), made on first download and stored: every later download
 * serves the same bytes, even should the authority's address change. Reached only with the
 * case's access (case number and code, or the account that owns it).
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { attachments, authorities, caseReplies, cases, municipalities, operators, serviceVersions } from "../../../db/schema";
import { LEGAL_PAGES, legalQuery } from "../../lib/legal-paths";
import { db } from "../db.server";
import { env } from "../env.server";
import { defaultOperator } from "../legal/operators.server";
import { renderReplyReceipt } from "../receipt/render-reply-receipt.server";
import { caseForAccessCode, caseOwnedBy } from "../submissions/case-access.server";
import { isUuid } from "../uploads/attachments.server";
import type { CitizenAccess } from "./citizen-access";

export async function replyReceipt(access: CitizenAccess, replyId: string): Promise<{ caseNumber: string; pdf: Uint8Array } | null> {
  if (!isUuid(replyId)) return null;
  const found =
    access.kind === "access-code"
      ? await caseForAccessCode(access.caseNumber, access.accessCode)
      : await caseOwnedBy(access.caseNumber, access.ownerId);
  if (!found) return null;
  const database = await db();
  const [row] = await database
    .select({
      reply: caseReplies,
      authority: authorities,
      serviceTitle: sql<string>`coalesce(${serviceVersions.definition} -> 'title' ->> ${caseReplies.lang}, ${serviceVersions.title})`,
      operatorName: operators.name,
      municipalitySlug: municipalities.slug,
    })
    .from(caseReplies)
    .innerJoin(cases, eq(cases.id, caseReplies.caseId))
    .innerJoin(authorities, eq(authorities.id, cases.authorityId))
    .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, cases.serviceId), eq(serviceVersions.version, cases.serviceVersion)))
    .leftJoin(municipalities, eq(municipalities.ags, cases.municipalityAgs))
    .leftJoin(operators, eq(operators.key, municipalities.operatorKey))
    .where(and(eq(caseReplies.id, replyId), eq(caseReplies.caseId, found.id)));
  if (!row) return null;
  if (row.reply.receiptPdf) return { caseNumber: found.caseNumber, pdf: row.reply.receiptPdf };
  const files = await database
    .select({ name: attachments.name, size: attachments.size, sha256: attachments.sha256 })
    .from(attachments)
    .where(eq(attachments.replyId, replyId))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
  const { authority: a } = row;
  const pdf = await renderReplyReceipt({
    authority: { name: a.name, street: a.street, postalCode: a.postalCode, city: a.city, email: a.email, phone: a.phone },
    caseNumber: found.caseNumber,
    sentAt: row.reply.createdAt,
    serviceTitle: row.serviceTitle,
    message: row.reply.message,
    files,
    sha256: row.reply.sha256,
    operator: {
      name: row.operatorName ?? (await defaultOperator()).name,
      imprintUrl: `${env().publicUrl}${LEGAL_PAGES.impressum}${legalQuery({ municipalitySlug: row.municipalitySlug, operatorKey: null })}`,
    },
    lang: row.reply.lang,
  });
  // Rendering is deterministic: two first downloads at once store the same bytes.
  await database
    .update(caseReplies)
    .set({ receiptPdf: pdf })
    .where(and(eq(caseReplies.id, replyId), sql`${caseReplies.receiptPdf} is null`));
  return { caseNumber: found.caseNumber, pdf };
}
