/**
 * The page's UI language and texts, on the server render and in the browser: the root loader
 * decides the language (see language.server.ts) and sends that language's texts once per
 * page load; every component reads them from there.
 */
import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import type { MessageKey } from "./dictionary";
import { fillPlaceholders, isLang, type Lang } from "./format";

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface RootLanguageData {
  lang: Lang;
  /** False on staff pages, which are German only. */
  languageSwitch: boolean;
  messages: Record<MessageKey, string>;
}

function rootData(): Partial<RootLanguageData> | undefined {
  // eslint-disable-next-line react-hooks/rules-of-hooks -- called only from the hooks below
  return useRouteLoaderData("root") as Partial<RootLanguageData> | undefined;
}

export function useLang(): Lang {
  const data = rootData();
  return isLang(data?.lang) ? data.lang : "de";
}

export function useLanguageSwitch(): boolean {
  return rootData()?.languageSwitch !== false;
}

export function useT(): Translate {
  const messages = rootData()?.messages;
  return useMemo(() => (key: MessageKey, values?: Record<string, string | number>) => fillPlaceholders(messages?.[key] ?? key, values), [messages]);
}
