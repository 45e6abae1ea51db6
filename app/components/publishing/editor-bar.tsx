import { NavLink } from "@remix-run/react";
import { SignedInUser } from "~/components/signed-in-user";

type EditorBarUser = { displayName: string; authorityName: string; countyName: string | null; clerk: boolean; operator: boolean };

/**
 * The editorial area's navigation: who is signed in, for which Landratsamt (or the portal), and
 * the way out. New services and API keys are county matters: the operator has neither.
 */
export function EditorBar({ user }: { user: EditorBarUser }) {
  return (
    <div className="staff-bar">
      <nav aria-label="Redaktion" className="staff-bar__nav">
        <ul className="kern-list kern-list--horizontal">
          <li>
            <NavLink className="kern-link" to="/redaktion" end>
              Leistungen
            </NavLink>
          </li>
          {!user.operator && (
            <>
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
            </>
          )}
          {user.operator && (
            <li>
              <NavLink className="kern-link" to="/verwaltung/betreiber">
                Betreiber und Rechtstexte
              </NavLink>
            </li>
          )}
          {user.clerk && (
            <li>
              <NavLink className="kern-link" to="/verwaltung">
                Posteingang
              </NavLink>
            </li>
          )}
        </ul>
      </nav>
      <SignedInUser
        name={user.displayName}
        detail={user.operator || !user.countyName ? "Portalbetrieb" : `${user.authorityName} · ${user.countyName}`}
      />
    </div>
  );
}
