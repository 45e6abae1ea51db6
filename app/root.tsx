import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteError,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import type { ReactNode } from "react";
import siteCss from "./styles/site.css";
import firaSans400 from "./styles/generated/fonts/fira-sans-german-400-normal.woff2";
import firaSans600 from "./styles/generated/fonts/fira-sans-german-600-normal.woff2";
import firaSans700 from "./styles/generated/fonts/fira-sans-german-700-normal.woff2";
import { describe, ErrorPage, errorStatus } from "./components/error-page";
import { useNonce } from "./components/nonce";
import { SiteFooter, SiteHeader } from "./components/site-frame";
import { applyLanguageSwitch, requestLanguage } from "./server/i18n/language.http.server";
import { isGermanOnlyPath } from "./lib/i18n/language-paths";
import { messagesFor } from "./lib/i18n/messages.server";
import { frameText } from "./lib/i18n/frame-texts";
import { descriptionKey } from "./lib/i18n/page-descriptions";
import { useLang, useT } from "./lib/i18n/use-translation";
import { isStaffPath, legalContextKey } from "./lib/legal-paths";
import { footerContext } from "./server/legal/legal-context.http.server";
import { frameCitizen } from "./server/citizen-account/frame-citizen.http.server";
import { wizardIslandScript } from "./server/wizard/island-script.server";
import { WizardIslandScripts, wizardIslandOf } from "./components/wizard/island/island-scripts";

/**
 * One render-blocking style sheet, and the faces the first paint sets (body, headings and
 * labels, the brand) requested with it rather than after it is parsed; all fingerprinted
 * under /build/_assets and cached for good (ADR 035).
 */
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: siteCss },
  ...[firaSans400, firaSans600, firaSans700].map((href) => ({
    rel: "preload",
    href,
    as: "font",
    type: "font/woff2",
    crossOrigin: "anonymous" as const,
  })),
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** An error page's title comes from the Layout, which knows the language also without loader data. */
export const meta: MetaFunction = ({ error }) => (error ? [] : [{ title: "Bürgerportal" }]);

/**
 * The UI language (German, or English by the switch in the header), the texts every page shows
 * and the operator the footer names (ADR 023).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  applyLanguageSwitch(request);
  const lang = requestLanguage(request);
  return {
    lang,
    languageSwitch: !isGermanOnlyPath(new URL(request.url).pathname),
    messages: messagesFor(lang, ["frame", "common"]),
    legal: await footerContext(request),
    citizen: isStaffPath(new URL(request.url).pathname) ? null : await frameCitizen(request),
    wizardIsland: wizardIslandScript(),
  };
}

/**
 * The language changes only by the switch, a plain link that loads the whole page: the texts
 * are not fetched again on every navigation, only when moving between citizen and staff pages,
 * into another municipality (whose operator the footer names) or after a staff form post.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod }) =>
  isGermanOnlyPath(currentUrl.pathname) !== isGermanOnlyPath(nextUrl.pathname) ||
  legalContextKey(currentUrl) !== legalContextKey(nextUrl) ||
  // Signing in or out changes whose staff pages these are.
  (isStaffPath(nextUrl.pathname) && formMethod !== undefined && formMethod.toUpperCase() !== "GET");

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const lang = useLang();
  const t = useT();
  const description = frameText(lang, descriptionKey(useLocation().pathname));
  // Null, not undefined, on a page without an error when the server renders it.
  const error = useRouteError();
  const island = wizardIslandOf(useMatches(), error);
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={description} />
        <Meta />
        {error != null && <title>{`${t(describe(errorStatus(error)).title)} – Bürgerportal`}</title>}
        <Links />
      </head>
      <body>
        <a className="skip-link kern-link" href="#inhalt">
          {t("frame.skipLink")}
        </a>
        <SiteHeader />
        <main id="inhalt" className="kern-container site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        {island ? (
          <WizardIslandScripts island={island} nonce={nonce} />
        ) : (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        )}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
