import { Form, NavLink } from "@remix-run/react";
import { hasRole, type StaffUser } from "~/server/staff/staff-user";

/** The staff area's navigation: who is signed in, for which authority, and the way out. */
export function StaffBar({ user }: { user: Pick<StaffUser, "displayName" | "authorityName" | "roles"> }) {
  return (
    <div className="staff-bar">
      <nav aria-label="Verwaltung" className="staff-bar__nav">
        <ul className="kern-list kern-list--horizontal">
          {hasRole(user, "clerk") && (
            <li>
              <NavLink className="kern-link" to="/verwaltung" end>
                Posteingang
              </NavLink>
            </li>
          )}
          {hasRole(user, "admin") && (
            <li>
              <NavLink className="kern-link" to="/verwaltung/konten">
                Konten und API-Schlüssel
              </NavLink>
            </li>
          )}
        </ul>
      </nav>
      <div className="staff-bar__user">
        <p className="kern-body kern-body--small">
          Angemeldet als <strong>{user.displayName}</strong> · {user.authorityName}
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
