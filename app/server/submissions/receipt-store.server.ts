import { eq, inArray, sql } from "drizzle-orm";
import { jsonColumn } from "../../../db/client";
import { attachments, authorities, cases, municipalities, operators } from "../../../db/schema";
import { LEGAL_PAGES, legalQuery } from "../../lib/legal-paths";
import { describeAnswers } from "../../engine/describe-answers";
import type { FormValues } from "../../engine/types";
import { db } from "../db.server";
import { env } from "../env.server";
import { defaultOperator } from "../legal/operators.server";
import { renderReceipt, type ReceiptInput } from "../receipt/render-receipt.server";
import { publishedVersion } from "../services/service-versions.server";

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

/** Renders and stores the receipt unless one is stored already. */
export async function storeReceipt(caseId: string): Promise<void> {
  const failure = (await storeReceipts([caseId])).get(caseId);
  if (failure) throw failure;
}

/**
 * Renders and stores the receipts of several cases (the outbox worker's batch): one query reads
 * what they show, one statement stores them. Returns why a case got no receipt, by case id.
 */
export async function storeReceipts(caseIds: string[]): Promise<Map<string, unknown>> {
  const inputs = await receiptInputs(caseIds);
  const failures = new Map<string, unknown>();
  const rendered: Array<{ caseId: string; pdf: Uint8Array }> = [];
  for (const caseId of caseIds) {
    const input = inputs.get(caseId);
    if (input === null) continue; // stored already
    if (!input) {
      failures.set(caseId, new Error(`case ${caseId} not found`));
      continue;
    }
    try {
      rendered.push({ caseId, pdf: await renderReceipt(input) });
    } catch (error) {
      failures.set(caseId, error);
    }
    // Rendering is CPU work of a millisecond or two: let waiting requests in between receipts.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (rendered.length === 0) return failures;
  const values = sql.join(
    rendered.map(({ caseId, pdf }) => sql`(${caseId}::uuid, ${Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)}::bytea)`),
    sql`, `,
  );
  await (
    await db()
  ).execute(
    sql`update ${cases} set receipt_pdf = v.pdf from (values ${values}) as v(id, pdf) where ${cases.id} = v.id and ${cases.receiptPdf} is null`,
  );
  return failures;
}

type FileRow = { name: string; size: number; sha256: string };

/** What each receipt shows, by case id; null when the receipt is stored already. One round trip. */
async function receiptInputs(caseIds: string[]): Promise<Map<string, ReceiptInput | null>> {
  const database = await db();
  const rows = await database
    .select({
      c: {
        id: cases.id,
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
      operatorName: operators.name,
      municipalitySlug: municipalities.slug,
      files: sql<FileRow[] | string>`coalesce((
        select json_agg(json_build_object('name', f.name, 'size', f.size, 'sha256', f.sha256) order by f.pointer, f.name)
        from ${attachments} f where f.case_id = ${cases.id} and f.reply_id is null), '[]'::json)`,
    })
    .from(cases)
    .innerJoin(authorities, eq(authorities.id, cases.authorityId))
    .leftJoin(municipalities, eq(municipalities.ags, cases.municipalityAgs))
    .leftJoin(operators, eq(operators.key, municipalities.operatorKey))
    .where(inArray(cases.id, caseIds));
  const inputs = new Map<string, ReceiptInput | null>();
  for (const { c, a, operatorName, municipalitySlug, files } of rows) {
    if (c.hasReceipt) {
      inputs.set(c.id, null);
      continue;
    }
    const service = await publishedVersion(c.serviceId, c.serviceVersion, database);
    if (!service) throw new Error(`service ${c.serviceId}@${c.serviceVersion} not found`);
    const lang = c.lang;
    inputs.set(c.id, {
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
      attachments: jsonColumn(files),
      dataHash: c.dataHash,
      statusUrl: `${env().publicUrl}/status`,
      operator: {
        name: operatorName ?? (await defaultOperator()).name,
        imprintUrl: `${env().publicUrl}${LEGAL_PAGES.impressum}${legalQuery({ municipalitySlug, operatorKey: null })}`,
      },
      lang,
    });
  }
  return inputs;
}
