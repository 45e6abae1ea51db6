import { Link, useParams } from "@remix-run/react";
import { noStoreHeaders } from "~/server/staff/no-store.http.server";

export const headers = noStoreHeaders;

/** Where the wizard's "Speichern und später fortsetzen" leads: in the preview, nothing is saved. */
export default function PreviewSave() {
  const { serviceId, version } = useParams();
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">Speichern und später fortsetzen</h1>
      <p className="kern-body">
        Bürgerinnen und Bürger erhalten an dieser Stelle einen Code, mit dem sie ihren Antrag später fortsetzen. In der Vorschau wird nichts
        gespeichert; Ihre Testeingaben bleiben nur bis zum Ende der Vorschau erhalten.
      </p>
      <p>
        <Link className="kern-link" to={`/redaktion/leistungen/${serviceId}/vorschau/${version}`}>
          Zurück zum Anfang der Vorschau
        </Link>
      </p>
    </div>
  );
}
