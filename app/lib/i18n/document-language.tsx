import { createContext, useContext, type ReactNode } from "react";
import type { Lang } from "./format";

/**
 * The request's UI language, for when no loader data says it: an action or the root loader that
 * failed leaves the error page without the root's data. The server decides it as the root loader
 * does; the browser reads it back from the server's `<html lang>`, so hydration renders the same.
 */
const DocumentLanguageContext = createContext<Lang>("de");

export function DocumentLanguageProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <DocumentLanguageContext.Provider value={lang}>{children}</DocumentLanguageContext.Provider>;
}

export function useDocumentLanguage(): Lang {
  return useContext(DocumentLanguageContext);
}
