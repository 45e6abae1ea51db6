import { and, eq, inArray } from "drizzle-orm";
import { authorities, caseEvents, cases, municipalities } from "../../../db/schema";
import { db } from "../db.server";
import { env } from "../env.server";
import { sendMail, type Mail } from "../mail/mailer.server";
import { deliverEach, type OutboxBatchHandler, type OutboxEntry, type OutboxHandlers } from "../outbox/outbox-worker.server";
import { publishedVersion } from "../services/service-versions.server";
import { storeReceipts } from "../submissions/receipt-store.server";
import { sendResumeCodeMail } from "../drafts/resume-mail.server";

/**
 * What the outbox worker does per entry kind. E-mails carry no answers and no access code:
 * e-mail is not a safe channel for them; the citizen finds everything on /status.
 */
type CaseFacts = {
  id: string;
  caseNumber: string;
  submittedAt: Date;
  applicantEmail: string | null;
  authorityName: string;
  authorityEmail: string | null;
  municipalityName: string;
  serviceTitle: string;
};

/** What the case e-mails say, for the cases of a batch in one query. */
async function caseFactsOf(caseIds: string[]): Promise<Map<string, CaseFacts>> {
  const rows = await (await db())
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      submittedAt: cases.submittedAt,
      applicantEmail: cases.applicantEmail,
      serviceId: cases.serviceId,
      serviceVersion: cases.serviceVersion,
      authorityName: authorities.name,
      authorityEmail: authorities.email,
      municipalityName: municipalities.name,
    })
    .from(cases)
    .innerJoin(authorities, eq(authorities.id, cases.authorityId))
    .innerJoin(municipalities, eq(municipalities.ags, cases.municipalityAgs))
    .where(inArray(cases.id, [...new Set(caseIds)]));
  const facts = new Map<string, CaseFacts>();
  for (const { serviceId, serviceVersion, ...row } of rows) {
    const service = await publishedVersion(serviceId, serviceVersion);
    facts.set(row.id, { ...row, serviceTitle: service?.definition.title.de ?? serviceId });
  }
  return facts;
}

const caseIdOf = (entry: OutboxEntry) => String(entry.payload.caseId);

/** One e-mail per entry about its case; `compose` returns null when there is nobody to write to. */
function caseMail(compose: (facts: CaseFacts, entry: OutboxEntry) => Promise<Mail | null>): { batch: OutboxBatchHandler } {
  return {
    batch: async (entries) => {
      const facts = await caseFactsOf(entries.map(caseIdOf));
      return deliverEach(entries, async (entry) => {
        const caseFacts = facts.get(caseIdOf(entry));
        if (!caseFacts) throw new Error(`case ${caseIdOf(entry)} not found`);
        const mail = await compose(caseFacts, entry);
        if (mail) await sendMail(mail, `${entry.id}`);
      });
    },
  };
}

const berlinDateTime = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
const berlin = (at: Date) => berlinDateTime.format(at);

const signature = (authorityName: string) => `\n\nMit freundlichen Grüßen\n${authorityName}\n\nDiese Nachricht wurde automatisch vom Bürgerportal versandt.`;

export const outboxHandlers: OutboxHandlers = {
  /** Save and resume: the resume code and link (scrubbed from the payload once sent). */
  "resume-code": sendResumeCodeMail,

  receipt: {
    batch: async (entries) => {
      const failures = await storeReceipts([...new Set(entries.map(caseIdOf))]);
      return new Map(entries.filter((entry) => failures.has(caseIdOf(entry))).map((entry) => [entry.id, failures.get(caseIdOf(entry))]));
    },
  },

  "citizen-confirmation": caseMail(async (c) =>
    c.applicantEmail
      ? {
          to: c.applicantEmail,
          subject: `Eingangsbestätigung ${c.caseNumber}: ${c.serviceTitle}`,
          text:
            `Guten Tag,\n\nIhr Antrag „${c.serviceTitle}“ ist am ${berlin(c.submittedAt)} Uhr bei der zuständigen Behörde eingegangen:\n${c.authorityName}\n\n` +
            `Vorgangsnummer: ${c.caseNumber}\n\n` +
            `Den Stand der Bearbeitung und Ihre Eingangsbestätigung (PDF) finden Sie unter ${env().publicUrl}/status – ` +
            `mit der Vorgangsnummer und dem Zugangscode, der Ihnen nach dem Absenden angezeigt wurde.` +
            signature(c.authorityName),
        }
      : null,
  ),

  "authority-notice": caseMail(async (c) =>
    c.authorityEmail
      ? {
          to: c.authorityEmail,
          subject: `Neuer Vorgang ${c.caseNumber}: ${c.serviceTitle} (${c.municipalityName})`,
          text:
            `Im Bürgerportal ist ein neuer Antrag für Ihre Behörde eingegangen.\n\n` +
            `Vorgangsnummer: ${c.caseNumber}\nLeistung: ${c.serviceTitle}\nGemeinde: ${c.municipalityName}\nEingang: ${berlin(c.submittedAt)} Uhr\n\n` +
            `Sie bearbeiten den Vorgang unter ${env().publicUrl}/verwaltung.`,
        }
      : null,
  ),

  "citizen-message": caseMail(async (c, entry) => {
    if (!c.applicantEmail) return null;
    // The event that carried the message; a note written after it must not be mailed instead.
    const [event] = await (await db())
      .select({ message: caseEvents.citizenMessage })
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, c.id), eq(caseEvents.id, Number(entry.payload.eventId))))
      .limit(1);
    return {
      to: c.applicantEmail,
      subject: `Neue Nachricht zu Ihrem Antrag ${c.caseNumber}`,
      text:
        `Guten Tag,\n\nzu Ihrem Antrag „${c.serviceTitle}“ (Vorgangsnummer ${c.caseNumber}) gibt es eine neue Nachricht` +
        `${event?.message ? ":\n\n" + event.message : "."}\n\n` +
        `Den Stand der Bearbeitung sehen Sie unter ${env().publicUrl}/status.` +
        signature(c.authorityName),
    };
  }),
};
