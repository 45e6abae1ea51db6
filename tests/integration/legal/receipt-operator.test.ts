/**
 * Each receipt names the operator that runs the portal for the applicant's municipality and
 * links its Impressum (ADR 023): KIDS for a Sömmerda municipality, IT-Verbund Nordthüringen for
 * one of its members. Read back from the stored PDF's text.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { operators } from "../../../db/schema";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";
import { dogTaxRequest } from "../../support/api-submission";
import { extractPdf, normalizeSpace } from "../../support/pdf-text";

process.env.MAIL_DIR ??= "tmp/receipt-operator-mail";
delete process.env.SMTP_URL;
const { submitApplication } = await import("~/server/submissions/submit.server");
const { receiptOf } = await import("~/server/submissions/receipt-store.server");
const { env } = await import("~/server/env.server");

describe.each(databaseKinds())("the operator on the receipt on %s", (kind) => {
  const database = usePreparedDatabase(kind);

  async function receiptText(municipalityAgs: string, lang: "de" | "en"): Promise<string> {
    const result = await submitApplication(dogTaxRequest(municipalityAgs, { lang }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    return normalizeSpace((await extractPdf(await receiptOf(result.case.caseId))).pages.join("\n"));
  }

  async function operatorName(key: string): Promise<string> {
    const [row] = await database.handle.db.select({ name: operators.name }).from(operators).where(eq(operators.key, key));
    return row!.name;
  }

  it.each([
    { place: "Rastenberg (Landkreis Sömmerda)", ags: "16068042", slug: "rastenberg", operator: "kids-soemmerda", lang: "de" as const },
    {
      place: "Görsbach (IT-Verbund Nordthüringen)",
      ags: "16062008",
      slug: "goersbach",
      operator: "it-verbund-nordthueringen",
      lang: "en" as const,
    },
  ])("names the operator of $place and links its Impressum", async ({ ags, slug, operator, lang }) => {
    const text = await receiptText(ags, lang);
    const name = await operatorName(operator);
    const other = await operatorName(operator === "kids-soemmerda" ? "it-verbund-nordthueringen" : "kids-soemmerda");
    expect(text).toContain(normalizeSpace(name));
    expect(text).not.toContain(normalizeSpace(other));
    expect(text.replace(/\s/g, "")).toContain(`${env().publicUrl}/impressum?gemeinde=${slug}`);
    expect(text).toContain(lang === "de" ? "Das Bürgerportal wird betrieben von" : "The citizen portal is operated by");
  });
});
