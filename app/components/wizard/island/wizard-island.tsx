/**
 * The browser entry of the wizard's island (ADR 043), built by scripts/build-island.mjs: hydrates
 * the page's main content from the data the server put beside it.
 */
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { DocumentLanguageProvider } from "~/lib/i18n/document-language";
import { isLang } from "~/lib/i18n/format";
import { IslandApp } from "./island-app";
import { ISLAND_DATA_ID, type IslandPayload } from "./payload";

const data = document.getElementById(ISLAND_DATA_ID)?.textContent;
const main = document.getElementById("inhalt");
const rendered = document.documentElement.lang;

if (data && main) {
  const payload = JSON.parse(data) as IslandPayload;
  startTransition(() => {
    hydrateRoot(
      main,
      <StrictMode>
        <DocumentLanguageProvider lang={isLang(rendered) ? rendered : "de"}>
          <IslandApp payload={payload} />
        </DocumentLanguageProvider>
      </StrictMode>,
    );
  });
}
