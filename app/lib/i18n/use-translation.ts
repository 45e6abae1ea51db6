/**
 * The page's UI language on the client and server render: the root loader decides it
 * (see language.server.ts) and every component reads it from there.
 */
import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { isLang, translator, type Lang, type Translate } from "./translate";

export interface RootLanguageData {
  lang: Lang;
  /** False on staff pages, which are German only. */
  languageSwitch: boolean;
}

export function useLang(): Lang {
  const data = useRouteLoaderData("root") as Partial<RootLanguageData> | undefined;
  return isLang(data?.lang) ? data.lang : "de";
}

export function useLanguageSwitch(): boolean {
  const data = useRouteLoaderData("root") as Partial<RootLanguageData> | undefined;
  return data?.languageSwitch !== false;
}

export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => translator(lang), [lang]);
}
