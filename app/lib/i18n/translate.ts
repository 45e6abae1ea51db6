/**
 * The UI texts by key, for the server (loaders, meta, e-mails). Components read the same
 * texts through useT(), from the root loader's data.
 */
import type { Lang } from "../../engine/types";
import { de, en, type MessageKey } from "./dictionary";
import { fillPlaceholders } from "./format";

export { formatBytes, formatDate, formatDateTime, isLang, localizeText, type Localized } from "./format";
export type { Lang, MessageKey };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { de, en };

/**
 * A value filled into a text. Strings and plain numbers (ids, versions, AGS) go in as they are;
 * the other kinds are worded in the text's language, so a refusal built in German can be
 * answered in English with English labels and number formats.
 */
export type TextValue =
  | string
  | number
  /** A count people read: 5.000 in German, 5,000 in English. */
  | { count: number }
  /** Another catalogue text, e.g. a status label. */
  | { key: MessageKey; values?: TextValues }
  /** In the language's quotation marks: „…“ / “…”. */
  | { quoted: TextValue }
  /** Comma-separated. */
  | { list: readonly TextValue[] };
export type TextValues = Record<string, TextValue>;

const counts: Record<Lang, Intl.NumberFormat> = { de: new Intl.NumberFormat("de-DE"), en: new Intl.NumberFormat("en-GB") };
const quotes: Record<Lang, [string, string]> = { de: ["„", "“"], en: ["“", "”"] };

function wordValue(lang: Lang, value: TextValue): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  if ("count" in value) return counts[lang].format(value.count);
  if ("key" in value) return translate(lang, value.key, value.values);
  if ("quoted" in value) return `${quotes[lang][0]}${wordValue(lang, value.quoted)}${quotes[lang][1]}`;
  return value.list.map((item) => wordValue(lang, item)).join(", ");
}

/** The text for `key` with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, values?: TextValues): string {
  const worded = values && Object.fromEntries(Object.entries(values).map(([name, value]) => [name, wordValue(lang, value)]));
  return fillPlaceholders(dictionaries[lang][key], worded);
}

/** All UI texts of one language, as the root loader hands them to the page. */
export function messagesOf(lang: Lang): Record<MessageKey, string> {
  return dictionaries[lang];
}
