/**
 * Language-aware formatting that the browser needs too: form texts from a definition, dates,
 * sizes, and filling `{name}` placeholders. No dictionary here: the UI texts reach the browser
 * as loader data in one language only (see messages.server.ts), not as a bundle of both.
 */
import type { Lang, LocalizedText } from "../../engine/types";

export type { Lang };

export function isLang(value: unknown): value is Lang {
  return value === "de" || value === "en";
}

export function fillPlaceholders(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/**
 * A form text in the requested language. When the definition has no English text the German
 * one is used, and `lang` says so, so the element can carry `lang="de"` (WCAG 3.1.2).
 */
export interface Localized {
  text: string;
  /** Set only when the text is not in the page's language. */
  lang?: Lang;
}

export function localizeText(text: LocalizedText | undefined, lang: Lang): Localized {
  if (text === undefined) return { text: "" };
  if (lang === "en" && text.en !== undefined && text.en !== "") return { text: text.en };
  return lang === "de" ? { text: text.de } : { text: text.de, lang: "de" };
}

/** Formatters are built once: building one costs far more than formatting (receipts and e-mails use them per case). */
const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", day: "numeric", month: "long", year: "numeric" }),
};
const dateTimeFormats: Record<Lang, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" }),
};

/** Dates as citizens read them: 25.12.2026 / 25 December 2026. */
export function formatDate(date: Date | string, lang: Lang): string {
  return dateFormats[lang === "de" ? "de" : "en"].format(typeof date === "string" ? new Date(date) : date);
}

export function formatDateTime(date: Date | string, lang: Lang): string {
  return dateTimeFormats[lang === "de" ? "de" : "en"].format(typeof date === "string" ? new Date(date) : date);
}

const UNITS = ["KB", "MB", "GB", "TB"] as const;
const decimalFormats = {
  de: new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1, useGrouping: false }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1, useGrouping: false }),
};

/** Human-readable size with binary multiples: "512 Byte", "1,2 MB" (de) / "512 bytes", "1.2 MB" (en). */
export function formatBytes(bytes: number, lang: Lang): string {
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
