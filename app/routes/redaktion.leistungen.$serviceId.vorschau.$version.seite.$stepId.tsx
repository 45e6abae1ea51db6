import type { LoaderFunctionArgs } from "@remix-run/node";
import { startPreviewAt } from "~/server/publishing/preview-pages.http.server";

/** The builder's "Vorschau dieser Seite": the preview walk restarts on that page (only the preview's cookie changes). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return startPreviewAt(request, params);
}
