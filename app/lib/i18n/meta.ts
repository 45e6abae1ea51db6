/**
 * UI texts in `meta` functions, which also run in the browser: read from the matched routes'
 * data (the page's language only), so route modules never bundle the dictionary.
 */
import type { MessageKey } from "./dictionary";
import { fillPlaceholders, isLang, type Lang } from "./format";
import { matchedMessages, type RootLanguageData, type Translate } from "./use-translation";

interface MatchLike {
  id: string;
  data?: unknown;
}

export function metaLanguage(matches: readonly MatchLike[]): { lang: Lang; t: Translate } {
  const root = matches.find((match) => match.id === "root")?.data as Partial<RootLanguageData> | undefined;
  const messages = matchedMessages(matches);
  return {
    lang: isLang(root?.lang) ? root.lang : "de",
    t: (key: MessageKey, values?: Record<string, string | number>) => fillPlaceholders(messages[key] ?? key, values),
  };
}
