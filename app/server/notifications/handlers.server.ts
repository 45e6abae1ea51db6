import { and, eq } from "drizzle-orm";
import { authorities, caseEvents, cases, municipalities } from "../../../db/schema";
import { db } from "../db.server";
import { env } from "../env.server";
import { sendMail } from "../mail/mailer.server";
import type { OutboxHandler } from "../outbox/outbox-worker.server";
import { publishedService } from "../services/service-versions.server";
import { storeReceipt } from "../submissions/receipt-store.server";
import { sendResumeCodeMail } from "../drafts/resume-mail.server";

/**
 * What the outbox worker does per entry kind. E-mails carry no answers and no access code:
 * e-mail is not a safe channel for them; the citizen finds everything on /status.
 */
async function caseFacts(caseId: string) {
  const [row] = await (await db())
    .select({ c: cases, a: authorities, m: municipalities })
    .from(cases)
    .innerJoin(authorities, eq(authorities.id, cases.authorityId))
    .innerJoin(municipalities, eq(municipalities.ags, cases.municipalityAgs))
    .where(eq(cases.id, caseId));
  if (!row) throw new Error(`case ${caseId} not found`);
  const service = await publishedService(row.c.serviceId, row.c.serviceVersion);
  return { ...row, serviceTitle: service?.definition.title.de ?? row.c.serviceId };
}

const berlinDateTime = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
const berlin = (at: Date) => berlinDateTime.format(at);

const signature = (authorityName: string) => `\n\nMit freundlichen Grüßen\n${authorityName}\n\nDiese Nachricht wurde automatisch vom Bürgerportal versandt.`;

export const outboxHandlers: Record<string, OutboxHandler> = {
  /** Save and resume: the resume code and link (scrubbed from the payload once sent). */
  "resume-code": sendResumeCodeMail,

  receipt: async (payload) => {
    await storeReceipt(String(payload.caseId));
  },

  "citizen-confirmation": async (payload, id) => {
    const { c, a, serviceTitle } = await caseFacts(String(payload.caseId));
    if (!c.applicantEmail) return;
    await sendMail(
      {
        to: c.applicantEmail,
        subject: `Eingangsbestätigung ${c.caseNumber}: ${serviceTitle}`,
        text:
          `Guten Tag,\n\nIhr Antrag „${serviceTitle}“ ist am ${berlin(c.submittedAt)} Uhr bei der zuständigen Behörde eingegangen:\n${a.name}\n\n` +
          `Vorgangsnummer: ${c.caseNumber}\n\n` +
          `Den Stand der Bearbeitung und Ihre Eingangsbestätigung (PDF) finden Sie unter ${env().publicUrl}/status – ` +
          `mit der Vorgangsnummer und dem Zugangscode, der Ihnen nach dem Absenden angezeigt wurde.` +
          signature(a.name),
      },
      `${id}`,
    );
  },

  "authority-notice": async (payload, id) => {
    const { c, a, m, serviceTitle } = await caseFacts(String(payload.caseId));
    if (!a.email) return;
    await sendMail(
      {
        to: a.email,
        subject: `Neuer Vorgang ${c.caseNumber}: ${serviceTitle} (${m.name})`,
        text:
          `Im Bürgerportal ist ein neuer Antrag für Ihre Behörde eingegangen.\n\n` +
          `Vorgangsnummer: ${c.caseNumber}\nLeistung: ${serviceTitle}\nGemeinde: ${m.name}\nEingang: ${berlin(c.submittedAt)} Uhr\n\n` +
          `Sie bearbeiten den Vorgang unter ${env().publicUrl}/verwaltung.`,
      },
      `${id}`,
    );
  },

  "citizen-message": async (payload, id) => {
    const { c, a, serviceTitle } = await caseFacts(String(payload.caseId));
    if (!c.applicantEmail) return;
    // The event that carried the message; a note written after it must not be mailed instead.
    const [event] = await (await db())
      .select({ message: caseEvents.citizenMessage })
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, c.id), eq(caseEvents.id, Number(payload.eventId))))
      .limit(1);
    await sendMail(
      {
        to: c.applicantEmail,
        subject: `Neue Nachricht zu Ihrem Antrag ${c.caseNumber}`,
        text:
          `Guten Tag,\n\nzu Ihrem Antrag „${serviceTitle}“ (Vorgangsnummer ${c.caseNumber}) gibt es eine neue Nachricht` +
          `${event?.message ? ":\n\n" + event.message : "."}\n\n` +
          `Den Stand der Bearbeitung sehen Sie unter ${env().publicUrl}/status.` +
          signature(a.name),
      },
      `${id}`,
    );
  },
};
