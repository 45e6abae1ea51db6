/** Receipt wording and number/date formatting. German is the default; English for lang "en". */

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
  readonly closing: string;
  readonly emptyValue: string;
  readonly runningHeader: (caseNumber: string, page: number, pageCount: number) => string;
  readonly subject: (serviceTitle: string, caseNumber: string) => string;
  readonly documentTitle: (caseNumber: string) => string;
}

const DE: ReceiptTexts = {
  pdfLanguage: "de-DE",
  title: "Eingangsbestätigung",
  intro:
    "Ihr Antrag ist elektronisch bei der zuständigen Stelle eingegangen. Bitte bewahren Sie diese Bestätigung zusammen mit Ihrem Zugangscode auf.",
  caseNumber: "Vorgangsnummer",
  receivedAt: "Eingegangen am",
  service: "Leistung",
  leikaKey: "LeiKa-Schlüssel",
  formVersion: "Formularversion",
  authority: "Zuständige Stelle",
  email: "E-Mail",
  phone: "Telefon",
  answers: "Ihre Angaben",
  attachments: "Anlagen",
  noAttachments: "Es wurden keine Anlagen übermittelt.",
  checksum: "Prüfsumme",
  checksumText: "SHA-256 der übermittelten Daten (kanonische Form):",
  status: "Bearbeitungsstand",
  statusText: "Den Bearbeitungsstand können Sie online unter der folgenden Adresse mit Vorgangsnummer und Zugangscode abfragen:",
  closing: "Diese Bestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig.",
  emptyValue: "–",
  runningHeader: (caseNumber, page, pageCount) => `Vorgang ${caseNumber} – Seite ${page} von ${pageCount}`,
  subject: (serviceTitle, caseNumber) => `Eingangsbestätigung für „${serviceTitle}“, Vorgang ${caseNumber}`,
  documentTitle: (caseNumber) => `Eingangsbestätigung ${caseNumber}`,
};

const EN: ReceiptTexts = {
  pdfLanguage: "en-GB",
  title: "Confirmation of receipt",
  intro:
    "Your application has been received electronically by the responsible authority. Please keep this confirmation together with your access code.",
  caseNumber: "Case number",
  receivedAt: "Received",
  service: "Service",
  leikaKey: "LeiKa key",
  formVersion: "Form version",
  authority: "Responsible authority",
  email: "Email",
  phone: "Phone",
  answers: "Your details",
  attachments: "Attachments",
  noAttachments: "No attachments were submitted.",
  checksum: "Checksum",
  checksumText: "SHA-256 of the submitted data (canonical form):",
  status: "Application status",
  statusText: "You can check the status of your application online at the following address with your case number and access code:",
  closing: "This confirmation was generated automatically and is valid without a signature.",
  emptyValue: "–",
  runningHeader: (caseNumber, page, pageCount) => `Case ${caseNumber} – page ${page} of ${pageCount}`,
  subject: (serviceTitle, caseNumber) => `Confirmation of receipt for “${serviceTitle}”, case ${caseNumber}`,
  documentTitle: (caseNumber) => `Confirmation of receipt ${caseNumber}`,
};

export function textsFor(lang: ReceiptLanguage | undefined): ReceiptTexts {
  return lang === "en" ? EN : DE;
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

const UNITS = ["KB", "MB", "GB", "TB"] as const;
const decimalFormats = {
  de: new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1, useGrouping: false }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, useGrouping: false }),
};

/** Human-readable size with binary multiples: "512 Byte", "1,2 MB" (de) / "512 bytes", "1.2 MB" (en). */
export function formatBytes(bytes: number, lang: ReceiptLanguage | undefined): string {
  const format = decimalFormats[lang === "en" ? "en" : "de"];
  if (!Number.isFinite(bytes) || bytes < 0) return "–";
  if (bytes < 1024) return `${format.format(Math.round(bytes))} ${lang === "en" ? (bytes === 1 ? "byte" : "bytes") : "Byte"}`;
  let value = bytes / 1024;
  let unit = 0;
  // Compare the rounded value so that 1023.96 KB is shown as "1 MB", not "1024 KB".
  while (Math.round(value * 10) / 10 >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${format.format(value)} ${UNITS[unit]}`;
}
