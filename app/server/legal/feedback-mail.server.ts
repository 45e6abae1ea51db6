/**
 * The outbox handler for accessibility feedback: one e-mail to the operator's contact address as
 * it is when the mail goes out. Afterwards the message and the sender's details are removed from
 * the outbox entry: the operator's mailbox is where the message is handled and kept.
 */
import { eq } from "drizzle-orm";
import { outbox } from "../../../db/schema";
import { formatDateTime } from "../../lib/i18n/translate";
import { db } from "../db.server";
import { sendMail } from "../mail/mailer.server";
import { messageKeyOf, type OutboxHandler } from "../outbox/outbox-worker.server";
import { operatorByKey } from "./operators.server";

const optional = (value: unknown) => (typeof value === "string" && value !== "" ? value : "(nicht angegeben)");

export const sendFeedbackMail: OutboxHandler = async (entry) => {
  const { payload } = entry;
  if (typeof payload.message !== "string") return; // already sent and scrubbed
  const operator = await operatorByKey(String(payload.operatorKey));
  if (!operator) throw new Error(`operator ${String(payload.operatorKey)} not found`);
  const sentAt = typeof payload.sentAt === "string" ? formatDateTime(payload.sentAt, "de") : "";
  await sendMail(
    {
      to: operator.email,
      subject: "Rückmeldung zur Barrierefreiheit des Bürgerportals",
      text: [
        `Über die Erklärung zur Barrierefreiheit des Bürgerportals kam am ${sentAt} diese Rückmeldung an ${operator.name}:`,
        "",
        payload.message,
        "",
        `Betroffene Seite: ${optional(payload.page)}`,
        `Gemeinde: ${optional(payload.municipality)}`,
        `Name: ${optional(payload.name)}`,
        `E-Mail für die Antwort: ${optional(payload.email)}`,
        "",
        "Bitte antworten Sie der Person zeitnah. Bleibt die Antwort aus oder hilft sie nicht weiter, kann die Person das",
        "Durchsetzungsverfahren beim Thüringer Landesbeauftragten für Menschen mit Behinderungen einleiten.",
      ].join("\n"),
    },
    messageKeyOf(entry),
  );
  await (
    await db()
  )
    .update(outbox)
    .set({ payload: { operatorKey: payload.operatorKey, sent: true } })
    .where(eq(outbox.id, entry.id));
};
