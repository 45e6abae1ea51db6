import type { LoaderFunctionArgs } from "@remix-run/node";
import { SERVICE_ID_PATTERN, versionNumber } from "~/lib/codes";
import { servedForm } from "~/server/services/served-forms.server";
import { immutableAsset } from "~/server/services/asset-response.http.server";

/** The published definition the browser's runtime is built from (public, like the form itself). */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const version = versionNumber(params.version);
  const form = SERVICE_ID_PATTERN.test(params.id ?? "") && version !== null ? await servedForm(params.id ?? "", version) : null;
  if (!form)
    return new Response("Diese Formularversion gibt es nicht.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return immutableAsset(request, form.definitionJson);
}
