/**
 * The outbox handler for `resume-code`: the e-mail with the code and the link. The payload is
 * the only place the code exists in clear; after sending, code, link and address are removed
 * from it, so the outbox keeps no way into the draft.
 */
import { eq } from "drizzle-orm";
import { outbox } from "../../../db/schema";
import { formatDate, isLang } from "../../lib/i18n/translate";
import { db } from "../db.server";
import { sendMail } from "../mail/mailer.server";
import type { OutboxHandler } from "../outbox/outbox-worker.server";

function mailText(payload: Record<string, unknown>): { subject: string; text: string } {
  const lang = isLang(payload.lang) ? payload.lang : "de";
  const service = String(payload.serviceTitle ?? "");
  const until = typeof payload.expiresAt === "string" ? formatDate(payload.expiresAt, lang) : "";
  if (lang === "en") {
    return {
      subject: `Your resume code: ${service}`,
      text:
        `Hello,\n\nyou saved your application “${service}” in the Bürgerportal.\n\n` +
        `Resume code: ${payload.code}\n\nContinue here: ${payload.link}\n\n` +
        `We keep your answers until ${until}; after that they are deleted.\n\n` +
        `If you did not ask for this message, you can ignore it.\n\nThis message was sent automatically by the Bürgerportal.`,
    };
  }
  return {
    subject: `Ihr Fortsetzungscode: ${service}`,
    text:
      `Guten Tag,\n\nSie haben Ihren Antrag „${service}“ im Bürgerportal gespeichert.\n\n` +
      `Fortsetzungscode: ${payload.code}\n\nHier setzen Sie ihn fort: ${payload.link}\n\n` +
      `Wir bewahren Ihre Angaben bis zum ${until} auf, danach werden sie gelöscht.\n\n` +
      `Wenn Sie diese Nachricht nicht angefordert haben, können Sie sie ignorieren.\n\n` +
      `Diese Nachricht wurde automatisch vom Bürgerportal versandt.`,
  };
}

export const sendResumeCodeMail: OutboxHandler = async (payload, entryId) => {
  if (typeof payload.email !== "string" || typeof payload.code !== "string") return; // already sent and scrubbed
  const { subject, text } = mailText(payload);
  await sendMail({ to: payload.email, subject, text }, `${entryId}`);
  await (
    await db()
  )
    .update(outbox)
    .set({ payload: { serviceTitle: payload.serviceTitle ?? null, sent: true } })
    .where(eq(outbox.id, entryId));
};
