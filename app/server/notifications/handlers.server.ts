import { eq, inArray } from "drizzle-orm";
import { authorities, caseEvents, cases, municipalities } from "../../../db/schema";
import { db } from "../db.server";
import type { Lang } from "../../engine/types";
import { formatDateTime, translate } from "../../lib/i18n/translate";
import { localizeText } from "../../lib/i18n/format";
import { env } from "../env.server";
import { sendMail, type Mail } from "../mail/mailer.server";
import { deliverEach, messageKeyOf, type OutboxBatchHandler, type OutboxEntry, type OutboxHandlers } from "../outbox/outbox-worker.server";
import { storeReceipts } from "../submissions/receipt-store.server";
import { sendResumeCodeMail } from "../drafts/resume-mail.server";
import { sendFeedbackMail } from "../legal/feedback-mail.server";
import { publishedVersion } from "../services/service-versions.server";

/**
 * What the outbox worker does per entry kind. E-mails carry no answers and no access code:
 * e-mail is not a safe channel for them; the citizen finds everything on /status.
 */
type CaseFacts = {
  id: string;
  caseNumber: string;
  authorityId: string;
  submittedAt: Date;
  applicantEmail: string | null;
  authorityName: string;
  authorityEmail: string | null;
  municipalityName: string;
  /** The service's title for staff, who read the portal in German. */
  serviceTitle: string;
  /** The service's title in the case's language; German where its definition has none. */
  citizenTitle: string;
  /** The language the applicant used: their e-mails are written in it. */
  lang: Lang;
};

/**
 * What the case e-mails say, for the cases of a batch in one query. The service's titles come
 * from its form version, which each process reads once: reading the title in the case's language
 * from the table unpacked the whole definition for every case.
 */
async function caseFactsOf(caseIds: string[]): Promise<Map<string, CaseFacts>> {
  const database = await db();
  const rows = await database
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      authorityId: cases.authorityId,
      submittedAt: cases.submittedAt,
      applicantEmail: cases.applicantEmail,
      serviceId: cases.serviceId,
      serviceVersion: cases.serviceVersion,
      lang: cases.lang,
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
    const version = await publishedVersion(serviceId, serviceVersion, database);
    if (version) {
      facts.set(row.id, { ...row, serviceTitle: version.title, citizenTitle: localizeText(version.definition.title, row.lang).text });
    }
  }
  return facts;
}

const caseIdOf = (entry: OutboxEntry) => String(entry.payload.caseId);
const caseNotFound = (entry: OutboxEntry) => new Error(`case ${caseIdOf(entry)} not found`);

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
        if (!caseFacts) throw caseNotFound(entry);
        const mail = compose(caseFacts, entry, extra);
        if (mail) await sendMail(mail, messageKeyOf(entry));
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

const statusUrl = () => `${env().publicUrl}/status`;
const workspaceUrl = () => `${env().publicUrl}/verwaltung`;
const signature = (c: CaseFacts) => `\n\n${translate(c.lang, "mail.signature", { authority: c.authorityName })}`;

/**
 * The notices of new cases to their authorities: one e-mail per authority and batch. A case
 * submitted alone gets a notice of its own; the cases that reached the outbox together (a batch
 * holds what arrived since the worker last looked) are listed in one, so a burst of submissions
 * does not fill an authority's mailbox with an e-mail for each. Staff read the portal in German:
 * the notice is German whatever the applicants chose.
 */
const authorityNotices: { batch: OutboxBatchHandler } = {
  batch: async (entries) => {
    const facts = await caseFactsOf(entries.map(caseIdOf));
    const failures = new Map<number, unknown>();
    const byAuthority = new Map<string, { id: number; to: string; entries: OutboxEntry[]; cases: CaseFacts[] }>();
    for (const entry of entries) {
      const caseFacts = facts.get(caseIdOf(entry));
      if (!caseFacts) {
        failures.set(entry.id, caseNotFound(entry));
        continue;
      }
      if (!caseFacts.authorityEmail) continue; // nobody to write to
      const notice = byAuthority.get(caseFacts.authorityId) ?? { id: entry.id, to: caseFacts.authorityEmail, entries: [], cases: [] };
      notice.entries.push(entry);
      notice.cases.push(caseFacts);
      byAuthority.set(caseFacts.authorityId, notice);
    }
    const notices = [...byAuthority.values()];
    // A notice is the same message again only when it lists the same cases.
    const failed = await deliverEach(notices, (notice) =>
      sendMail({ to: notice.to, ...authorityNotice(notice.cases) }, notice.entries.map(messageKeyOf).join(" ")),
    );
    for (const notice of notices) {
      if (failed.has(notice.id)) notice.entries.forEach((entry) => failures.set(entry.id, failed.get(notice.id)));
    }
    return failures;
  },
};

/** What a notice says: about one case, or a list of the cases in the order they arrived. */
function authorityNotice(newCases: CaseFacts[]): Omit<Mail, "to"> {
  if (newCases.length === 1) {
    const [c] = newCases as [CaseFacts];
    const about = { caseNumber: c.caseNumber, service: c.serviceTitle, municipality: c.municipalityName };
    return {
      subject: translate("de", "mail.authorityNotice.subject", about),
      text: translate("de", "mail.authorityNotice.body", {
        ...about,
        receivedAt: formatDateTime(c.submittedAt, "de"),
        workspaceUrl: workspaceUrl(),
      }),
    };
  }
  const list = newCases.map((c) =>
    translate("de", "mail.authorityNotices.case", {
      caseNumber: c.caseNumber,
      service: c.serviceTitle,
      municipality: c.municipalityName,
      receivedAt: formatDateTime(c.submittedAt, "de"),
    }),
  );
  return {
    subject: translate("de", "mail.authorityNotices.subject", { count: newCases.length }),
    text: translate("de", "mail.authorityNotices.body", { count: newCases.length, cases: list.join("\n"), workspaceUrl: workspaceUrl() }),
  };
}

export const outboxHandlers: OutboxHandlers = {
  /** Save and resume: the resume code and link (scrubbed from the payload once sent). */
  "resume-code": sendResumeCodeMail,

  /** Accessibility feedback to the operator (ADR 023), scrubbed from the payload once sent. */
  "accessibility-feedback": sendFeedbackMail,

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
          subject: translate(c.lang, "mail.confirmation.subject", { caseNumber: c.caseNumber, service: c.citizenTitle }),
          text:
            translate(c.lang, "mail.confirmation.body", {
              service: c.citizenTitle,
              receivedAt: formatDateTime(c.submittedAt, c.lang),
              authority: c.authorityName,
              caseNumber: c.caseNumber,
              statusUrl: statusUrl(),
            }) + signature(c),
        }
      : null,
  ),

  "authority-notice": authorityNotices,

  // A reply to a Rückfrage (ADR 033): the authority learns that its case moves again; no reply text in the e-mail.
  "reply-notice": caseMail((c) =>
    c.authorityEmail
      ? {
          to: c.authorityEmail,
          subject: translate("de", "mail.replyNotice.subject", { caseNumber: c.caseNumber, service: c.serviceTitle }),
          text: translate("de", "mail.replyNotice.body", {
            caseNumber: c.caseNumber,
            service: c.serviceTitle,
            caseUrl: `${workspaceUrl()}/vorgaenge/${c.caseNumber}`,
          }),
        }
      : null,
  ),

  "withdrawal-confirmation": caseMail((c) =>
    c.applicantEmail
      ? {
          to: c.applicantEmail,
          subject: translate(c.lang, "mail.withdrawn.subject", { caseNumber: c.caseNumber }),
          text:
            translate(c.lang, "mail.withdrawn.body", { service: c.citizenTitle, caseNumber: c.caseNumber, statusUrl: statusUrl() }) +
            signature(c),
        }
      : null,
  ),

  "citizen-message": caseMail((c, entry, messages: Map<number, string | null>) => {
    if (!c.applicantEmail) return null;
    const message = messages.get(Number(entry.payload.eventId));
    return {
      to: c.applicantEmail,
      subject: translate(c.lang, "mail.message.subject", { caseNumber: c.caseNumber }),
      text:
        translate(c.lang, "mail.message.body", {
          service: c.citizenTitle,
          caseNumber: c.caseNumber,
          message: message ? `:\n\n${message}` : ".",
          statusUrl: statusUrl(),
        }) + signature(c),
    };
  }, citizenMessagesOf),
};
