import type { LoaderFunctionArgs } from "@remix-run/node";
import { servedForm } from "~/server/services/served-forms.server";
import { immutableAsset } from "~/server/services/form-assets.server";

/** The published definition the browser's runtime is built from (public, like the form itself). */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const form = await servedForm(params.id ?? "", Number(params.version));
  if (!form) return new Response("Diese Formularversion gibt es nicht.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return immutableAsset(request, form.definitionJson);
}
