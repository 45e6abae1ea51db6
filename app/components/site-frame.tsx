import { Link, useLocation, useRouteLoaderData } from "@remix-run/react";
import { LEGAL_PAGES } from "~/lib/legal-paths";
import { languageHref, signInHref } from "~/lib/address-links";
import { useLang, useLanguageSwitch, useT } from "~/lib/i18n/use-translation";

/** The other language's link: the same page with `?lang=…`, a plain link that works without JavaScript. */
function LanguageSwitch() {
  const lang = useLang();
  const location = useLocation();
  const other = lang === "de" ? "en" : "de";
  const t = useT();
  return (
    <nav aria-label={t("frame.languageNav")} className="site-header__languages">
      <a className="kern-link" href={languageHref(location, other)} hrefLang={other} lang={other} data-address-link="language">
        {other === "en" ? "English" : "Deutsch"}
      </a>
    </nav>
  );
}

/** Signed in: the name, Mein Bereich and sign-out; otherwise the way to sign in and come back here (ADR 037). */
function AccountLinks() {
  const t = useT();
  const location = useLocation();
  const citizen = (useRouteLoaderData("root") as { citizen?: { name: string } | null } | undefined)?.citizen;
  if (!citizen) {
    return (
      <nav aria-label={t("frame.accountNav")} className="site-header__nav">
        <a className="kern-link" href={signInHref(location)} data-address-link="sign-in">
          {t("frame.signIn")}
        </a>
      </nav>
    );
  }
  return (
    <nav aria-label={t("frame.accountNav")} className="site-header__nav">
      <span className="kern-body" data-testid="angemeldet-als">
        {citizen.name}
      </span>
      <Link className="kern-link" to="/mein-bereich">
        {t("frame.myArea")}
      </Link>
      <form method="post" action="/mein-bereich/abmelden">
        <button type="submit" className="kern-btn kern-btn--secondary kern-btn--x-small">
          <span className="kern-label">{t("frame.signOut")}</span>
        </button>
      </form>
    </nav>
  );
}

export function SiteHeader() {
  const t = useT();
  const citizenPage = useLanguageSwitch();
  return (
    <header className="site-header">
      <div className="kern-container site-header__inner">
        <Link to="/" className="site-header__brand kern-link">
          Bürgerportal
          <span className="site-header__tagline">{t("frame.tagline")}</span>
        </Link>
        {citizenPage && (
          <div className="site-header__tools">
            <nav aria-label={t("frame.serviceNav")} className="site-header__nav">
              <Link className="kern-link" to="/fortsetzen">
                {t("frame.resume")}
              </Link>
              <Link className="kern-link" to="/status">
                {t("frame.status")}
              </Link>
            </nav>
            <AccountLinks />
            <LanguageSwitch />
          </div>
        )}
      </div>
    </header>
  );
}

type FooterLegal = { operatorName: string; query: string };

/**
 * The operator of the page in view and its legal pages (ADR 023). When the root loader failed
 * (database unreachable), the links lead to the portal-wide pages.
 */
export function SiteFooter() {
  const t = useT();
  const legal = (useRouteLoaderData("root") as { legal?: FooterLegal } | undefined)?.legal;
  const query = legal?.query ?? "";
  const links = [
    { to: LEGAL_PAGES.impressum, label: t("frame.imprint") },
    { to: LEGAL_PAGES.datenschutz, label: t("frame.privacy") },
    { to: LEGAL_PAGES.barrierefreiheit, label: t("frame.accessibility") },
    { to: LEGAL_PAGES.leichteSprache, label: t("frame.easyLanguage") },
    { to: LEGAL_PAGES.gebaerdensprache, label: t("frame.signLanguage") },
  ];
  return (
    <footer className="site-footer">
      <div className="kern-container kern-stack">
        <p className="kern-body kern-body--small" data-testid="footer-operator">
          {legal ? t("frame.operatedBy", { operator: legal.operatorName }) : t("frame.footer")}
        </p>
        <nav aria-label={t("frame.legalNav")}>
          <ul className="site-footer__links">
            {links.map((link) => (
              <li key={link.to}>
                <a className="kern-link kern-link--small" href={`${link.to}${query}`}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
