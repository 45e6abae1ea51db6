import { and, eq, inArray } from "drizzle-orm";
import { authorities, caseEvents, cases, municipalities, serviceVersions } from "../../../db/schema";
import { db } from "../db.server";
import { env } from "../env.server";
import { sendMail, type Mail } from "../mail/mailer.server";
import { deliverEach, type OutboxBatchHandler, type OutboxEntry, type OutboxHandlers } from "../outbox/outbox-worker.server";
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
  const rows = await (
    await db()
  )
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      submittedAt: cases.submittedAt,
      applicantEmail: cases.applicantEmail,
      serviceTitle: serviceVersions.title,
      authorityName: authorities.name,
      authorityEmail: authorities.email,
      municipalityName: municipalities.name,
    })
    .from(cases)
    .innerJoin(authorities, eq(authorities.id, cases.authorityId))
    .innerJoin(municipalities, eq(municipalities.ags, cases.municipalityAgs))
    .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, cases.serviceId), eq(serviceVersions.version, cases.serviceVersion)))
    .where(inArray(cases.id, [...new Set(caseIds)]));
  return new Map(rows.map((row) => [row.id, row]));
}

const caseIdOf = (entry: OutboxEntry) => String(entry.payload.caseId);

/**
 * One e-mail per entry about its case; `compose` returns null when there is nobody to write to.
 * `batchData` reads what the batch's e-mails need beyond the case facts, in one query.
 */
function caseMail<Extra = undefined>(
  compose: (facts: CaseFacts, entry: OutboxEntry, extra: Extra) => Mail | null,
  batchData?: (entries: OutboxEntry[]) => Promise<Extra>,
): { batch: OutboxBatchHandler } {
  return {
    batch: async (entries) => {
      const [facts, extra] = await Promise.all([caseFactsOf(entries.map(caseIdOf)), batchData?.(entries) as Promise<Extra>]);
      return deliverEach(entries, async (entry) => {
        const caseFacts = facts.get(caseIdOf(entry));
        if (!caseFacts) throw new Error(`case ${caseIdOf(entry)} not found`);
        const mail = compose(caseFacts, entry, extra);
        if (mail) await sendMail(mail, `${entry.id}`);
      });
    },
  };
}

/** The messages to citizens that a batch of "citizen-message" entries carries, by event id. */
async function citizenMessagesOf(entries: OutboxEntry[]): Promise<Map<number, string | null>> {
  const eventIds = entries.map((entry) => Number(entry.payload.eventId)).filter(Number.isInteger);
  if (eventIds.length === 0) return new Map();
  const events = await (
    await db()
  )
    .select({ id: caseEvents.id, caseId: caseEvents.caseId, message: caseEvents.citizenMessage })
    .from(caseEvents)
    .where(inArray(caseEvents.id, eventIds));
  // The event must belong to the entry's case: a note written after it must not be mailed instead.
  const caseOf = new Map(entries.map((entry) => [Number(entry.payload.eventId), caseIdOf(entry)]));
  return new Map(events.filter((event) => caseOf.get(event.id) === event.caseId).map((event) => [event.id, event.message]));
}

const berlinDateTime = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
const berlin = (at: Date) => berlinDateTime.format(at);

const signature = (authorityName: string) =>
  `\n\nMit freundlichen Grüßen\n${authorityName}\n\nDiese Nachricht wurde automatisch vom Bürgerportal versandt.`;

export const outboxHandlers: OutboxHandlers = {
  /** Save and resume: the resume code and link (scrubbed from the payload once sent). */
  "resume-code": sendResumeCodeMail,

  receipt: {
    batch: async (entries) => {
      const failures = await storeReceipts([...new Set(entries.map(caseIdOf))]);
      return new Map(entries.filter((entry) => failures.has(caseIdOf(entry))).map((entry) => [entry.id, failures.get(caseIdOf(entry))]));
    },
  },

  "citizen-confirmation": caseMail((c) =>
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

  "authority-notice": caseMail((c) =>
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

  "citizen-message": caseMail((c, entry, messages: Map<number, string | null>) => {
    if (!c.applicantEmail) return null;
    const message = messages.get(Number(entry.payload.eventId));
    return {
      to: c.applicantEmail,
      subject: `Neue Nachricht zu Ihrem Antrag ${c.caseNumber}`,
      text:
        `Guten Tag,\n\nzu Ihrem Antrag „${c.serviceTitle}“ (Vorgangsnummer ${c.caseNumber}) gibt es eine neue Nachricht` +
        `${message ? ":\n\n" + message : "."}\n\n` +
        `Den Stand der Bearbeitung sehen Sie unter ${env().publicUrl}/status.` +
        signature(c.authorityName),
    };
  }, citizenMessagesOf),
};
