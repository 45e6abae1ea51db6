import { isRouteErrorResponse, Link } from "@remix-run/react";

/** One error page for every route: 404, 503 and unexpected errors, in the page's layout and in plain German. */
export function ErrorPage({ error }: { error: unknown }) {
  const status = errorStatus(error);
  const detail = isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : null;
  const { title, text } = describe(status);
  const requestId = failureRequestId(error);
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large" id="seitentitel">
        {title}
      </h1>
      <p className="kern-body">{detail ?? text}</p>
      <p className="kern-body kern-body--small">Fehlercode: {status}</p>
      {requestId && <p className="kern-body kern-body--small">{`Fehlernummer: ${requestId}`}</p>}
      <p>
        <Link className="kern-link" to="/">
          Zur Startseite
        </Link>
      </p>
    </div>
  );
}

/** The request id a failed loader or action sent (app/server/ops/route-failures.http.server.ts), for the citizen to quote. */
function failureRequestId(error: unknown): string | null {
  if (!isRouteErrorResponse(error) || typeof error.data !== "object" || error.data === null) return null;
  const { requestId } = error.data as { requestId?: unknown };
  return typeof requestId === "string" ? requestId : null;
}

export function errorStatus(error: unknown): number {
  return isRouteErrorResponse(error) ? error.status : 500;
}

export function describe(status: number): { title: string; text: string } {
  switch (status) {
    case 400:
      return { title: "Ungültige Anfrage", text: "Die Anfrage enthält ungültige Angaben." };
    case 403:
      return { title: "Kein Zugriff", text: "Sie haben keine Berechtigung für diese Seite." };
    case 405:
    case 413:
    case 415:
    case 422:
      return {
        title: "Anfrage nicht verarbeitet",
        text: "Die Anfrage konnte in dieser Form nicht verarbeitet werden. Bitte öffnen Sie die Seite erneut.",
      };
    case 404:
      return {
        title: "Seite nicht gefunden",
        text: "Diese Seite gibt es nicht. Bitte prüfen Sie die Adresse oder suchen Sie Ihre Gemeinde auf der Startseite.",
      };
    case 503:
      return {
        title: "Dienst vorübergehend nicht erreichbar",
        text: "Das Bürgerportal ist gerade nicht erreichbar. Ihre bisherigen Angaben gehen nicht verloren. Bitte versuchen Sie es in einigen Minuten erneut.",
      };
    default:
      return {
        title: "Ein Fehler ist aufgetreten",
        text: "Leider ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut.",
      };
  }
}
