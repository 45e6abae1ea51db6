/**
 * The page's UI language and texts, on the server render and in the browser: the root loader
 * decides the language (see language.server.ts) and sends the site frame's texts; each route
 * sends the texts it shows (messages.server.ts). Every component reads them from there.
 */
import { useMatches, useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import type { MessageKey } from "./dictionary";
import { useDocumentLanguage } from "./document-language";
import { errorText } from "./error-texts";
import { fillPlaceholders, isLang, type Lang } from "./format";
import { frameText } from "./frame-texts";

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface RootLanguageData {
  lang: Lang;
  /** False on staff pages, which are German only. */
  languageSwitch: boolean;
  messages: Partial<Record<MessageKey, string>>;
}

/** The texts of all matched routes, as their loaders sent them. */
export function matchedMessages(matches: ReadonlyArray<{ data?: unknown }>): Partial<Record<MessageKey, string>> {
  return Object.assign({}, ...matches.map((match) => (match.data as { messages?: object } | null | undefined)?.messages));
}

function rootData(): Partial<RootLanguageData> | undefined {
  // eslint-disable-next-line react-hooks/rules-of-hooks -- called only from the hooks below
  return useRouteLoaderData("root") as Partial<RootLanguageData> | undefined;
}

/** The root loader's language; the request's own when the root loader did not run or failed. */
export function useLang(): Lang {
  const data = rootData();
  const requested = useDocumentLanguage();
  return isLang(data?.lang) ? data.lang : requested;
}

export function useLanguageSwitch(): boolean {
  return rootData()?.languageSwitch !== false;
}

/** Texts from the matched routes' loaders; the frame's and the error page's own texts also when the root loader failed. */
export function useT(): Translate {
  const matches = useMatches();
  const lang = useLang();
  return useMemo(() => {
    const messages = matchedMessages(matches);
    return (key: MessageKey, values?: Record<string, string | number>) =>
      fillPlaceholders(messages[key] ?? frameText(lang, key) ?? errorText(lang, key) ?? key, values);
  }, [matches, lang]);
}
