/**
 * The page's UI language and texts, on the server render and in the browser: the root loader
 * decides the language (see language.http.server.ts) and sends the site frame's texts; each route
 * sends the texts it shows (messages.server.ts). Every component reads them from there.
 */
import { useMatches, useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import type { MessageKey } from "./dictionary";
import { useDocumentLanguage } from "./document-language";
import { errorText } from "./error-texts";
import { fillPlaceholders, isLang, type Lang } from "./format";
import { frameText } from "./frame-texts";

type Messages = Partial<Record<MessageKey, string>>;

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface RootLanguageData {
  lang: Lang;
  /** False on staff pages, which are German only. */
  languageSwitch: boolean;
  messages: Messages;
}

/** Merged texts, found by the matched routes' message objects in order (a trie of weak maps). */
interface MergedTexts {
  merged?: Messages;
  next: WeakMap<object, MergedTexts>;
}
const mergedTexts: MergedTexts = { next: new WeakMap() };

/**
 * The texts of all matched routes, as their loaders sent them. Every component that shows a text
 * asks for them while a page renders, dozens of times with the same loader data; merging them
 * anew each time took over a quarter of a step page's render. So the merge is made once per set
 * of loader data and dropped with it.
 */
export function matchedMessages(matches: ReadonlyArray<{ data?: unknown }>): Messages {
  const sources: object[] = [];
  let node = mergedTexts;
  for (const match of matches) {
    const messages = (match.data as { messages?: object } | null | undefined)?.messages;
    if (!messages) continue;
    sources.push(messages);
    let next = node.next.get(messages);
    if (!next) node.next.set(messages, (next = { next: new WeakMap() }));
    node = next;
  }
  return (node.merged ??= Object.freeze(Object.assign({}, ...sources) as Messages));
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
