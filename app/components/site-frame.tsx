import { Link } from "@remix-run/react";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="kern-container site-header__inner">
        <Link to="/" className="site-header__brand kern-link">
          Bürgerportal
          <span className="site-header__tagline">Online-Dienste Ihrer Verwaltung in Thüringen</span>
        </Link>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="kern-container">
        <p className="kern-body kern-body--small">
          Ein Angebot der kommunalen IT-Dienstleister im Landkreis Sömmerda (KIDS) und im IT-Verbund Nordthüringen.
        </p>
      </div>
    </footer>
  );
}
