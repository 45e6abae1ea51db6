import { NavLink } from "@remix-run/react";
import { SignedInUser } from "~/components/signed-in-user";
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
          {hasRole(user, "operator") && (
            <li>
              <NavLink className="kern-link" to="/verwaltung/betreiber">
                Betreiber und Rechtstexte
              </NavLink>
            </li>
          )}
        </ul>
      </nav>
      <SignedInUser name={user.displayName} detail={user.authorityName} />
    </div>
  );
}
