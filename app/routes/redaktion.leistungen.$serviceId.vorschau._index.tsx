import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { defaultPreviewVersion, previewBase } from "~/server/publishing/preview-context.http.server";
import { NO_STORE, noStoreHeaders } from "~/server/staff/no-store.http.server";

export const headers = noStoreHeaders;

/** The preview opens on the open draft (when it passes the check), else on the current version. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const serviceId = params.serviceId ?? "";
  const version = await defaultPreviewVersion(request, serviceId);
  if (version === null) {
    throw new Response(
      "Es gibt noch keine Version ohne Fehler, die sich in der Vorschau zeigen ließe. Bitte beheben Sie zuerst die Fehler des Entwurfs.",
      {
        status: 409,
        headers: NO_STORE,
      },
    );
  }
  return redirect(previewBase(serviceId, version), { headers: NO_STORE });
}
