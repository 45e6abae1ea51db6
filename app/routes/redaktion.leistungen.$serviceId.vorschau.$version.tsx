import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, Outlet, useLoaderData, useRouteError, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PreviewBanner } from "~/components/publishing/preview-banner";
import { assertSameOrigin } from "~/server/csrf.http.server";
import { previewVersionInfo } from "~/server/publishing/preview-context.http.server";
import { endPreview } from "~/server/publishing/preview-pages.http.server";
import { noStoreHeaders } from "~/server/staff/no-store.http.server";
import { withMessages } from "~/lib/i18n/messages.server";

export const meta: MetaFunction = () => [{ title: "Vorschau – Redaktion – Bürgerportal" }];
export const headers = noStoreHeaders;

export function loader({ request, params }: LoaderFunctionArgs) {
  // The preview shows every citizen page of the wizard, in German.
  return withMessages(
    "de",
    ["start", "step", "upload", "notice", "review", "save", "confirm", "trust", "prefill"],
    previewVersionInfo(request, params),
  );
}

/** "Vorschau beenden": forgets the walk (its cookie) and returns to the service. */
export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  return endPreview(request, params);
}

export default function PreviewFrame() {
  const info = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  return (
    <div className="kern-stack-lg">
      <PreviewBanner info={info} notice={search.get("vorschau")} />
      <Outlet />
      <div className="button-row">
        <Link className="kern-link" to={`/redaktion/leistungen/${info.serviceId}`}>
          Zurück zur Leistung
        </Link>
        <Form method="post" action={`/redaktion/leistungen/${info.serviceId}/vorschau/${info.version}`}>
          <button type="submit" className="kern-btn kern-btn--tertiary kern-btn--x-small">
            <span className="kern-label">Vorschau beenden und Testeingaben verwerfen</span>
          </button>
        </Form>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
