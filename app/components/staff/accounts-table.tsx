import type { AccountView } from "~/server/staff/accounts.server";
import { ROLE_LABELS } from "~/server/staff/staff-user";
import { RowAction } from "~/components/row-action";

export function AccountsTable({ accounts, currentUserId }: { accounts: AccountView[]; currentUserId: string }) {
  return (
    <div className="kern-table-responsive" role="region" aria-labelledby="konten-titel" tabIndex={0}>
      <table className="kern-table kern-table--striped">
        <caption className="kern-sr-only" id="konten-titel">
          Konten Ihrer Behörde
        </caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              Benutzername
            </th>
            <th scope="col" className="kern-table__header">
              Name
            </th>
            <th scope="col" className="kern-table__header">
              Rollen
            </th>
            <th scope="col" className="kern-table__header">
              Zustand
            </th>
            <th scope="col" className="kern-table__header kern-table__header--action">
              Aktion
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {accounts.map((a) => (
            <tr className="kern-table__row" key={a.id}>
              <td className="kern-table__cell">{a.username}</td>
              <td className="kern-table__cell">{a.displayName}</td>
              <td className="kern-table__cell">{a.roles.map((r) => ROLE_LABELS[r]).join(", ")}</td>
              <td className="kern-table__cell">
                {a.disabled ? "deaktiviert" : "aktiv"}
                {a.isDemo && !a.disabled && " (Demo-Passwort)"}
              </td>
              <td className="kern-table__cell kern-table__cell--action">
                {!a.disabled && a.id !== currentUserId && (
                  <RowAction intent="disable-account" fields={{ userId: a.id }} label="Deaktivieren" target={a.username} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
