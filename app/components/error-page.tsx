import { isRouteErrorResponse, Link } from "@remix-run/react";
import type { MessageKey } from "~/lib/i18n/dictionary";
import { useT } from "~/lib/i18n/use-translation";

/** One error page for every route: 404, 503 and unexpected errors, in the page's layout and language. */
export function ErrorPage({ error }: { error: unknown }) {
  const t = useT();
  const status = errorStatus(error);
  const detail = isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : null;
  const { title, text } = describe(status);
  const requestId = failureRequestId(error);
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large" id="seitentitel">
        {t(title)}
      </h1>
      <p className="kern-body">{detail ?? t(text)}</p>
      <p className="kern-body kern-body--small">{t("error.status", { status })}</p>
      {requestId && <p className="kern-body kern-body--small">{t("error.requestId", { requestId })}</p>}
      <p>
        <Link className="kern-link" to="/">
          {t("error.home")}
        </Link>
      </p>
    </div>
  );
}

/** The request id a failed loader or action sent (app/server/ops/route-failures.server.ts), for the citizen to quote. */
function failureRequestId(error: unknown): string | null {
  if (!isRouteErrorResponse(error) || typeof error.data !== "object" || error.data === null) return null;
  const { requestId } = error.data as { requestId?: unknown };
  return typeof requestId === "string" ? requestId : null;
}

export function errorStatus(error: unknown): number {
  return isRouteErrorResponse(error) ? error.status : 500;
}

/** The keys of an error page's title and text. */
export function describe(status: number): { title: MessageKey; text: MessageKey } {
  switch (status) {
    case 400:
      return { title: "error.badRequestTitle", text: "error.badRequestText" };
    case 403:
      return { title: "error.forbiddenTitle", text: "error.forbiddenText" };
    case 405:
    case 413:
    case 415:
    case 422:
      return { title: "error.notProcessedTitle", text: "error.notProcessedText" };
    case 404:
      return { title: "error.notFoundTitle", text: "error.notFoundText" };
    case 503:
      return { title: "error.unavailableTitle", text: "error.unavailableText" };
    default:
      return { title: "error.unexpectedTitle", text: "error.unexpectedText" };
  }
}
