/** Receipt wording (from the text catalogue) and its date format. German is the default; English for lang "en". */
import { translate, type MessageKey } from "../../lib/i18n/translate";

export type ReceiptLanguage = "de" | "en";

export interface ReceiptTexts {
  readonly pdfLanguage: string;
  readonly title: string;
  readonly intro: string;
  readonly caseNumber: string;
  readonly receivedAt: string;
  readonly service: string;
  readonly leikaKey: string;
  readonly formVersion: string;
  readonly authority: string;
  readonly email: string;
  readonly phone: string;
  readonly answers: string;
  readonly attachments: string;
  readonly noAttachments: string;
  readonly checksum: string;
  readonly checksumText: string;
  readonly status: string;
  readonly statusText: string;
  readonly statusLink: string;
  readonly closing: string;
  readonly operatedBy: (operator: string, imprintUrl: string) => string;
  readonly emptyValue: string;
  readonly runningHeader: (caseNumber: string, page: number, pageCount: number) => string;
  readonly subject: (serviceTitle: string, caseNumber: string) => string;
  readonly documentTitle: (caseNumber: string) => string;
  readonly replyTitle: string;
  readonly replyIntro: string;
  readonly replySentAt: string;
  readonly replyText: string;
  readonly replyChecksumText: string;
  readonly replyRunningHeader: (caseNumber: string, page: number, pageCount: number) => string;
  readonly replySubject: (serviceTitle: string, caseNumber: string) => string;
  readonly replyDocumentTitle: (caseNumber: string) => string;
}

const PDF_LANGUAGE: Record<ReceiptLanguage, string> = { de: "de-DE", en: "en-GB" };

/** The receipt's wording in the case's language, from the portal's text catalogue. */
export function textsFor(lang: ReceiptLanguage | undefined): ReceiptTexts {
  const language: ReceiptLanguage = lang === "en" ? "en" : "de";
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(language, key, values);
  return {
    pdfLanguage: PDF_LANGUAGE[language],
    title: t("receipt.title"),
    intro: t("receipt.intro"),
    caseNumber: t("receipt.caseNumber"),
    receivedAt: t("receipt.receivedAt"),
    service: t("receipt.service"),
    leikaKey: t("receipt.leikaKey"),
    formVersion: t("receipt.formVersion"),
    authority: t("receipt.authority"),
    email: t("receipt.email"),
    phone: t("receipt.phone"),
    answers: t("receipt.answers"),
    attachments: t("receipt.attachments"),
    noAttachments: t("receipt.noAttachments"),
    checksum: t("receipt.checksum"),
    checksumText: t("receipt.checksumText"),
    status: t("receipt.status"),
    statusText: t("receipt.statusText"),
    statusLink: t("receipt.statusLink"),
    closing: t("receipt.closing"),
    operatedBy: (operator, imprintUrl) => t("receipt.operatedBy", { operator, imprintUrl }),
    emptyValue: t("receipt.emptyValue"),
    runningHeader: (caseNumber, page, pageCount) => t("receipt.runningHeader", { caseNumber, page, pageCount }),
    subject: (serviceTitle, caseNumber) => t("receipt.subject", { service: serviceTitle, caseNumber }),
    documentTitle: (caseNumber) => t("receipt.documentTitle", { caseNumber }),
    replyTitle: t("receipt.reply.title"),
    replyIntro: t("receipt.reply.intro"),
    replySentAt: t("receipt.reply.sentAt"),
    replyText: t("receipt.reply.text"),
    replyChecksumText: t("receipt.reply.checksumText"),
    replyRunningHeader: (caseNumber, page, pageCount) => t("receipt.reply.runningHeader", { caseNumber, page, pageCount }),
    replySubject: (serviceTitle, caseNumber) => t("receipt.reply.subject", { service: serviceTitle, caseNumber }),
    replyDocumentTitle: (caseNumber) => t("receipt.reply.documentTitle", { caseNumber }),
  };
}

const berlinParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "25.11.2026, 14:03 Uhr" (de) or "25/11/2026, 14:03 (Berlin time)" (en), always in Europe/Berlin. */
export function formatReceivedAt(date: Date, lang: ReceiptLanguage | undefined): string {
  const parts: Record<string, string> = {};
  for (const part of berlinParts.formatToParts(date)) parts[part.type] = part.value;
  const { day, month, year, hour, minute } = parts;
  return lang === "en" ? `${day}/${month}/${year}, ${hour}:${minute} (Berlin time)` : `${day}.${month}.${year}, ${hour}:${minute} Uhr`;
}
