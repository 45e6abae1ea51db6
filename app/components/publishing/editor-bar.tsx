import { NavLink } from "@remix-run/react";
import { SignedInUser } from "~/components/signed-in-user";

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
      <SignedInUser name={user.displayName} detail={`${user.authorityName} · ${user.countyName}`} />
    </div>
  );
}
