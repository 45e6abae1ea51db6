import { and, eq, isNull } from "drizzle-orm";
import { attachments, authorities, cases } from "../../../db/schema";
import { describeAnswers } from "../../engine/describe-answers";
import type { FormValues } from "../../engine/types";
import { db } from "../db.server";
import { env } from "../env.server";
import { renderReceipt, type ReceiptInput } from "../receipt/render-receipt.server";
import { publishedService } from "../services/service-versions.server";

/**
 * The receipt of a case, made once and stored: every download serves the same bytes.
 * The outbox worker makes it right after submission; a download that comes first makes it
 * itself. Rendering is deterministic, so a race between the two stores identical bytes.
 */
export async function receiptOf(caseId: string): Promise<Uint8Array> {
  const database = await db();
  const [stored] = await database.select({ pdf: cases.receiptPdf }).from(cases).where(eq(cases.id, caseId));
  if (stored?.pdf) return stored.pdf;
  const pdf = await renderReceipt(await receiptInput(caseId));
  await database.update(cases).set({ receiptPdf: pdf }).where(and(eq(cases.id, caseId), isNull(cases.receiptPdf)));
  const [final] = await database.select({ pdf: cases.receiptPdf }).from(cases).where(eq(cases.id, caseId));
  return final?.pdf ?? pdf;
}

export async function receiptInput(caseId: string): Promise<ReceiptInput> {
  const database = await db();
  const [row] = await database
    .select({ c: cases, a: authorities })
    .from(cases)
    .innerJoin(authorities, eq(authorities.id, cases.authorityId))
    .where(eq(cases.id, caseId));
  if (!row) throw new Error(`case ${caseId} not found`);
  const { c, a } = row;
  const service = await publishedService(c.serviceId, c.serviceVersion);
  if (!service) throw new Error(`service ${c.serviceId}@${c.serviceVersion} not found`);
  const files = await database
    .select({ name: attachments.name, size: attachments.size, sha256: attachments.sha256 })
    .from(attachments)
    .where(eq(attachments.caseId, caseId));
  const lang = c.lang;
  return {
    authority: { name: a.name, street: a.street, postalCode: a.postalCode, city: a.city, email: a.email, phone: a.phone },
    caseNumber: c.caseNumber,
    receivedAt: c.submittedAt,
    service: {
      title: (lang === "en" ? service.definition.title.en : undefined) ?? service.definition.title.de,
      leikaKey: service.leikaKey,
      version: c.serviceVersion,
    },
    sections: describeAnswers(service.runtime, c.data as FormValues, lang).map((section) => ({
      title: section.title,
      rows: section.rows.map((r) => ({ label: r.label, value: r.value })),
    })),
    attachments: files,
    dataHash: c.dataHash,
    statusUrl: `${env().publicUrl}/status`,
    lang,
  };
}
