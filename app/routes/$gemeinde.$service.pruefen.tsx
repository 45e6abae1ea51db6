import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { localReviewPage } from "~/components/wizard/local-pages";
import { ReviewPage, reviewTitle } from "~/components/wizard/review-page";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { metaLanguage } from "~/lib/i18n/meta";
import { loadReviewPage, submitDraft, type ReviewPageData } from "~/server/wizard/review.http.server";
import { withMessages } from "~/lib/i18n/messages.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const page = data as ReviewPageData | undefined;
  if (!page) return [{ title: "Bürgerportal" }];
  return [{ title: reviewTitle(page, metaLanguage(matches).t("common.errorPrefix")) }];
};

/** A review page loaded as a document hydrates as the wizard's island, without Remix's client (ADR 043). */
export const handle = { island: true };

export const headers = () => ({ "Cache-Control": "no-store" });

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requestLanguage(request);
  return withMessages(lang, ["review", "step", "notice", "sync"], loadReviewPage(request, params, lang));
}

/** The review page of a walk the browser holds is built there, without the server (ADR 034). */
export async function clientLoader({ request, serverLoader }: ClientLoaderFunctionArgs) {
  return localReviewPage(new URL(request.url)) ?? (await serverLoader<typeof loader>());
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return submitDraft(request, params, context, requestLanguage(request));
}

export default function Review() {
  return <ReviewPage page={useLoaderData() as ReviewPageData} />;
}
