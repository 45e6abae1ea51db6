import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { StartPage } from "~/components/wizard/start-page";
import { assertSameOrigin } from "~/server/csrf.http.server";
import type { StartPageData } from "~/server/wizard/start.http.server";
import { loadPreviewStart, startPreview } from "~/server/publishing/preview-pages.http.server";
import { noStoreHeaders } from "~/server/staff/no-store.http.server";

export const headers = noStoreHeaders;

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadPreviewStart(request, params);
}

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  return startPreview(request, params);
}

export default function PreviewStart() {
  return <StartPage page={useLoaderData() as StartPageData} />;
}
