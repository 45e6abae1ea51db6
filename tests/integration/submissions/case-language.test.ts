/**
 * An applicant who filled the form in English gets English e-mails and an English receipt; the
 * authority is written to in German. Mails are read from MAIL_DIR, the receipt from its PDF text
 * and its structure tree (/Lang and headings).
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cases } from "../../../db/schema";
import { usePreparedDatabase } from "../../support/prepared-database";
import { dogTaxRequest } from "../../support/api-submission";
import { mailsTo, useMailFolder } from "../../support/mail-folder";
import { extractPdf, normalizeSpace } from "../../support/pdf-text";
import { flatten, readTaggedPdf } from "../../support/pdf-structure";

const mailDir = useMailFolder("bp-case-language-");
const { submitApplication } = await import("~/server/submissions/submit.server");
const { processOutboxOnce } = await import("~/server/outbox/outbox-worker.server");
const { outboxHandlers } = await import("~/server/notifications/handlers.server");

describe("the case's language in e-mails and receipts", () => {
  const database = usePreparedDatabase("pglite");

  async function submit(lang: "de" | "en") {
    const result = await submitApplication(dogTaxRequest("16068042", { lang }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    await processOutboxOnce(outboxHandlers);
    const [stored] = await database.handle.db
      .select({ pdf: cases.receiptPdf, email: cases.applicantEmail })
      .from(cases)
      .where(eq(cases.id, result.case.caseId));
    const pdf = new Uint8Array(stored!.pdf!);
    const receipt = normalizeSpace((await extractPdf(pdf)).pages.join("\n"));
    return { caseNumber: result.case.caseNumber, email: stored!.email!, receipt, tagged: await readTaggedPdf(pdf) };
  }

  it("writes to an English applicant in English, with the service's English title", async () => {
    const { caseNumber, email, receipt, tagged } = await submit("en");
    const mail = (await mailsTo(mailDir, email)).find((candidate) => candidate.text?.includes(caseNumber));
    expect(mail?.subject).toBe(`Confirmation of receipt ${caseNumber}: Dog tax – registering a dog`);
    expect(mail?.text).toContain("your application “Dog tax – registering a dog” reached the authority responsible");
    expect(mail?.text).toContain("Kind regards");
    expect(mail?.text).not.toMatch(/Guten Tag|Vorgangsnummer/);
    expect(receipt).toContain("Confirmation of receipt");
    expect(receipt).not.toContain("Eingangsbestätigung");
    expect(tagged.lang).toBe("en-GB");
    expect(tagged.xmp).toContain("<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>");
    expect(flatten(tagged.root).find((element) => element.role === "H1")?.text).toBe("Confirmation of receipt");
  });

  it("writes to a German applicant in German", async () => {
    const { caseNumber, email, receipt, tagged } = await submit("de");
    const mail = (await mailsTo(mailDir, email)).find((candidate) => candidate.text?.includes(caseNumber));
    expect(mail?.subject).toBe(`Eingangsbestätigung ${caseNumber}: Hundesteuer – Anmeldung eines Hundes`);
    expect(mail?.text).toContain("Mit freundlichen Grüßen");
    expect(receipt).toContain("Eingangsbestätigung");
    expect(tagged.lang).toBe("de-DE");
    expect(flatten(tagged.root).find((element) => element.role === "H1")?.text).toBe("Eingangsbestätigung");
  });
});
