/**
 * The outbox handler for `resume-code`: the e-mail with the code and the link. The payload is
 * the only place the code exists in clear; after sending, code, link and address are removed
 * from it, so the outbox keeps no way into the draft.
 */
import { eq } from "drizzle-orm";
import { outbox } from "../../../db/schema";
import { formatDate, isLang, translate } from "../../lib/i18n/translate";
import { db } from "../db.server";
import { sendMail } from "../mail/mailer.server";
import { messageKeyOf, type OutboxHandler } from "../outbox/outbox-worker.server";

function mailText(payload: Record<string, unknown>): { subject: string; text: string } {
  const lang = isLang(payload.lang) ? payload.lang : "de";
  const service = String(payload.serviceTitle ?? "");
  const until = typeof payload.expiresAt === "string" ? formatDate(payload.expiresAt, lang) : "";
  return {
    subject: translate(lang, "mail.resume.subject", { service }),
    text: translate(lang, "mail.resume.body", { service, code: String(payload.code), link: String(payload.link), until }),
  };
}

export const sendResumeCodeMail: OutboxHandler = async (entry) => {
  const { payload } = entry;
  if (typeof payload.email !== "string" || typeof payload.code !== "string") return; // already sent and scrubbed
  const { subject, text } = mailText(payload);
  await sendMail({ to: payload.email, subject, text }, messageKeyOf(entry));
  await (
    await db()
  )
    .update(outbox)
    .set({ payload: { serviceTitle: payload.serviceTitle ?? null, sent: true } })
    .where(eq(outbox.id, entry.id));
};
