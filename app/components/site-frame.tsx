import { Link, useLocation } from "@remix-run/react";
import { LANG_PARAM_NAME } from "~/lib/i18n/language-paths";
import { useLang, useLanguageSwitch, useT } from "~/lib/i18n/use-translation";

/** The other language's link: the same page with `?lang=…`, a plain link that works without JavaScript. */
function LanguageSwitch() {
  const lang = useLang();
  const location = useLocation();
  const other = lang === "de" ? "en" : "de";
  const params = new URLSearchParams(location.search);
  params.set(LANG_PARAM_NAME, other);
  const t = useT();
  return (
    <nav aria-label={t("frame.languageNav")} className="site-header__languages">
      <a className="kern-link" href={`${location.pathname}?${params.toString()}`} hrefLang={other} lang={other}>
        {other === "en" ? "English" : "Deutsch"}
      </a>
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
            <LanguageSwitch />
          </div>
        )}
      </div>
    </header>
  );
}

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="site-footer">
      <div className="kern-container">
        <p className="kern-body kern-body--small">{t("frame.footer")}</p>
      </div>
    </footer>
  );
}
