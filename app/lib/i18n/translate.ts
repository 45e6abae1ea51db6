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

/** The text for `key` with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, values?: Record<string, string | number>): string {
  return fillPlaceholders(dictionaries[lang][key], values);
}

/** All UI texts of one language, as the root loader hands them to the page. */
export function messagesOf(lang: Lang): Record<MessageKey, string> {
  return dictionaries[lang];
}
