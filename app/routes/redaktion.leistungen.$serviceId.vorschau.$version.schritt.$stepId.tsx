import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { StepPage, stepTitle } from "~/components/wizard/step-page";
import type { StepPageData } from "~/server/wizard/view-model";
import { assertSameOrigin } from "~/server/csrf.http.server";
import { handlePreviewStepPost, loadPreviewStep } from "~/server/publishing/preview-pages.http.server";
import { noStoreHeaders } from "~/server/staff/no-store.http.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const page = data as StepPageData | undefined;
  return [{ title: page ? stepTitle(page, page.errors.length > 0, "Fehler: ") : "Vorschau – Bürgerportal" }];
};
export const headers = noStoreHeaders;

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadPreviewStep(request, params);
}

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  return handlePreviewStepPost(request, params);
}

export default function PreviewStep() {
  return <StepPage page={useLoaderData() as StepPageData} />;
}
