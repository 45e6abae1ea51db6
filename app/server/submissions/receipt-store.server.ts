import { and, eq, isNull, sql } from "drizzle-orm";
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
  await storeReceipt(caseId);
  const [final] = await database.select({ pdf: cases.receiptPdf }).from(cases).where(eq(cases.id, caseId));
  return final!.pdf!;
}

/** Renders and stores the receipt unless one is stored already (the outbox worker's job). */
export async function storeReceipt(caseId: string): Promise<void> {
  const input = await receiptInput(caseId);
  if (!input) return;
  const pdf = await renderReceipt(input);
  await (await db()).update(cases).set({ receiptPdf: pdf }).where(and(eq(cases.id, caseId), isNull(cases.receiptPdf)));
}

/** What the receipt shows; null when the receipt is stored already. One round trip. */
export async function receiptInput(caseId: string): Promise<ReceiptInput | null> {
  const database = await db();
  const [row] = await database
    .select({
      c: {
        caseNumber: cases.caseNumber,
        submittedAt: cases.submittedAt,
        serviceId: cases.serviceId,
        serviceVersion: cases.serviceVersion,
        data: cases.data,
        dataHash: cases.dataHash,
        lang: cases.lang,
        hasReceipt: sql<boolean>`${cases.receiptPdf} is not null`,
      },
      a: authorities,
      files: sql<Array<{ name: string; size: number; sha256: string }> | string>`coalesce((
        select json_agg(json_build_object('name', f.name, 'size', f.size, 'sha256', f.sha256) order by f.pointer, f.name)
        from ${attachments} f where f.case_id = ${cases.id}), '[]'::json)`,
    })
    .from(cases)
    .innerJoin(authorities, eq(authorities.id, cases.authorityId))
    .where(eq(cases.id, caseId));
  if (!row) throw new Error(`case ${caseId} not found`);
  const { c, a } = row;
  if (c.hasReceipt) return null;
  const service = await publishedService(c.serviceId, c.serviceVersion, database, { skipRetiredCheck: true });
  if (!service) throw new Error(`service ${c.serviceId}@${c.serviceVersion} not found`);
  const files = typeof row.files === "string" ? (JSON.parse(row.files) as Array<{ name: string; size: number; sha256: string }>) : row.files;
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
