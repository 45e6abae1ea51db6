/**
 * Accessibility feedback on every database (ADR 023): a valid message is one outbox entry and
 * nothing else, the worker mails it to the operator's contact address as it is at delivery and
 * scrubs the message from the entry; a refused message stores nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { operators, outbox } from "../../../db/schema";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";
import { useMailFolder } from "../../support/mail-folder";

const mailDir = useMailFolder("bp-feedback-mail-");
const { sendFeedback, FEEDBACK_KIND } = await import("~/server/legal/feedback.server");
const { operatorByKey } = await import("~/server/legal/operators.server");
const { processOutboxOnce } = await import("~/server/outbox/outbox-worker.server");
const { outboxHandlers } = await import("~/server/notifications/handlers.server");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe.each(databaseKinds())("accessibility feedback on %s", (kind) => {
  const database = usePreparedDatabase(kind);

  const feedbackEntries = () => database.handle.db.select().from(outbox).where(eq(outbox.kind, FEEDBACK_KIND));

  it("refuses an empty message and a malformed address, and stores nothing", async () => {
    const operator = (await operatorByKey("it-verbund-nordthueringen"))!;
    const outcome = await sendFeedback(
      operator,
      form({ nachricht: "  ", email: "nicht-da" }),
      { clientAddress: `198.51.100.${kind.length}` },
      {
        municipalityName: "Görsbach",
      },
    );
    expect(outcome).toMatchObject({ ok: false, kind: "invalid" });
    if (outcome.ok) return;
    expect(outcome.errors.message).toContain("Beschreiben Sie bitte die Barriere");
    expect(outcome.errors.email).toContain("name@beispiel.de");
    expect(await feedbackEntries()).toEqual([]);
  });

  it("queues a message in the outbox and mails it to the operator's current address, then scrubs it", async () => {
    const operator = (await operatorByKey("it-verbund-nordthueringen"))!;
    const outcome = await sendFeedback(
      operator,
      form({ nachricht: `Der Weiter-Knopf ist ohne Maus nicht erreichbar (${kind}).`, seite: "/goersbach", email: "person@beispiel.de" }),
      { clientAddress: "198.51.100.7" },
      { municipalityName: "Görsbach" },
    );
    expect(outcome).toEqual({ ok: true });
    const [queued] = await feedbackEntries();
    expect(queued.payload).toMatchObject({
      operatorKey: "it-verbund-nordthueringen",
      municipality: "Görsbach",
      email: "person@beispiel.de",
    });

    // The operator corrected its address after the message was sent: the mail goes to the new one.
    await database.handle.db
      .update(operators)
      .set({ email: `barrierefreiheit-${kind}@example.org` })
      .where(eq(operators.key, operator.key));
    const before = new Set(readdirSync(mailDir));
    await processOutboxOnce(outboxHandlers);
    const written = readdirSync(mailDir).filter((name) => !before.has(name));
    expect(written).toHaveLength(1);
    const mail = readFileSync(join(mailDir, written[0]!), "utf8").replace(/=\r?\n/g, "");
    expect(mail).toContain(`To: barrierefreiheit-${kind}@example.org`);
    expect(mail).toContain("Subject: =?UTF-8?Q?R=C3=BCckmeldung_zur_Barrierefreiheit");
    expect(mail).toContain(`ohne Maus nicht erreichbar (${kind})`);

    const [delivered] = await feedbackEntries();
    expect(delivered.deliveredAt).not.toBeNull();
    expect(delivered.payload).toEqual({ operatorKey: "it-verbund-nordthueringen", sent: true });
  });
});
