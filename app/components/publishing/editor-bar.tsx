import { Form, NavLink } from "@remix-run/react";

/** The editorial area's navigation: who is signed in, for which Landratsamt, and the way out. */
export function EditorBar({ user }: { user: { displayName: string; authorityName: string; countyName: string; clerk: boolean } }) {
  return (
    <div className="staff-bar">
      <nav aria-label="Redaktion" className="staff-bar__nav">
        <ul className="kern-list kern-list--horizontal">
          <li>
            <NavLink className="kern-link" to="/redaktion" end>
              Leistungen
            </NavLink>
          </li>
          <li>
            <NavLink className="kern-link" to="/redaktion/neu">
              Neue Leistung
            </NavLink>
          </li>
          <li>
            <NavLink className="kern-link" to="/redaktion/schluessel">
              API-Schlüssel
            </NavLink>
          </li>
          {user.clerk && (
            <li>
              <NavLink className="kern-link" to="/verwaltung">
                Posteingang
              </NavLink>
            </li>
          )}
        </ul>
      </nav>
      <div className="staff-bar__user">
        <p className="kern-body kern-body--small">
          Angemeldet als <strong>{user.displayName}</strong> · {user.authorityName} · {user.countyName}
        </p>
        <Form method="post" action="/verwaltung/abmelden">
          <button type="submit" className="kern-btn kern-btn--secondary kern-btn--x-small">
            <span className="kern-label">Abmelden</span>
          </button>
        </Form>
      </div>
    </div>
  );
}
