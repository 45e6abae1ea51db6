import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ReviewPage } from "~/components/wizard/review-page";
import { requestLanguage } from "~/lib/i18n/language.server";
import { translate } from "~/lib/i18n/translate";
import { loadReviewPage, submitDraft, type ReviewPageData } from "~/server/drafts/review.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const page = data as ReviewPageData | undefined;
  if (!page) return [{ title: "Bürgerportal" }];
  const prefix = page.errors.length > 0 || page.problem ? translate(page.lang, "common.errorPrefix") : "";
  return [{ title: `${prefix}${page.title.text} – ${page.serviceTitle.text} – Bürgerportal` }];
};

export const headers = () => ({ "Cache-Control": "no-store" });

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadReviewPage(request, params, requestLanguage(request));
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return submitDraft(request, params, context, requestLanguage(request));
}

export default function Review() {
  return <ReviewPage page={useLoaderData() as ReviewPageData} />;
}
