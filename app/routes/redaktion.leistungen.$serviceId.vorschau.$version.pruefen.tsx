import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ReviewPage } from "~/components/wizard/review-page";
import { assertSameOrigin } from "~/server/csrf.http.server";
import type { ReviewPageData } from "~/server/wizard/review.http.server";
import { loadPreviewReview, submitPreview } from "~/server/publishing/preview-pages.http.server";
import { noStoreHeaders } from "~/server/staff/no-store.http.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const page = data as ReviewPageData | undefined;
  return [
    {
      title: page
        ? `Vorschau: ${page.errors.length > 0 ? "Fehler: " : ""}${page.title.text} – ${page.serviceTitle.text}`
        : "Vorschau – Bürgerportal",
    },
  ];
};
export const headers = noStoreHeaders;

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadPreviewReview(request, params);
}

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  return submitPreview(request, params);
}

export default function PreviewReview() {
  return <ReviewPage page={useLoaderData() as ReviewPageData} />;
}
