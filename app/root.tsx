import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { describe, ErrorPage, errorStatus } from "./components/error-page";
import { useNonce } from "./components/nonce";
import { SiteFooter, SiteHeader } from "./components/site-frame";
import { applyLanguageSwitch, requestLanguage } from "./server/i18n/language.server";
import { isGermanOnlyPath } from "./lib/i18n/language-paths";
import { messagesFor } from "./lib/i18n/messages.server";
import { GermanOnly } from "./lib/i18n/localized";
import { frameText } from "./lib/i18n/frame-texts";
import { descriptionKey } from "./lib/i18n/page-descriptions";
import { useLang, useT } from "./lib/i18n/use-translation";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/kern/fonts/fira-sans.css" },
  { rel: "stylesheet", href: "/kern/kern.min.css" },
  { rel: "stylesheet", href: "/app.css" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error }) => [
  { title: error ? `${describe(errorStatus(error)).title} – Bürgerportal` : "Bürgerportal" },
];

/** The UI language (German, or English by the switch in the header) and the texts every page shows. */
export function loader({ request }: LoaderFunctionArgs) {
  applyLanguageSwitch(request);
  const lang = requestLanguage(request);
  return { lang, languageSwitch: !isGermanOnlyPath(new URL(request.url).pathname), messages: messagesFor(lang, ["frame", "common"]) };
}

/**
 * The language changes only by the switch, a plain link that loads the whole page: the texts
 * are not fetched again on every navigation, only when moving between citizen and staff pages.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl }) =>
  isGermanOnlyPath(currentUrl.pathname) !== isGermanOnlyPath(nextUrl.pathname);

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const lang = useLang();
  const t = useT();
  const description = frameText(lang, descriptionKey(useLocation().pathname));
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={description} />
        <Meta />
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
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const lang = useLang();
  // The error page's texts are German; on an English page they are marked as such.
  return (
    <GermanOnly lang={lang}>
      <ErrorPage error={useRouteError()} />
    </GermanOnly>
  );
}
