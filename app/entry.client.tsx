import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { DocumentLanguageProvider } from "./lib/i18n/document-language";
import { isLang } from "./lib/i18n/format";

// The language the server rendered the page in (see document-language.tsx).
const rendered = document.documentElement.lang;

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <DocumentLanguageProvider lang={isLang(rendered) ? rendered : "de"}>
        <RemixBrowser />
      </DocumentLanguageProvider>
    </StrictMode>,
  );
});
