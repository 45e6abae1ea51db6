import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SavePage } from "~/components/wizard/save-page";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { metaLanguage } from "~/lib/i18n/meta";
import { createResumeCode, loadSavePage, type SavePageData } from "~/server/wizard/save-page.http.server";
import { withMessages } from "~/lib/i18n/messages.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const page = data as SavePageData | undefined;
  if (!page) return [{ title: "Bürgerportal" }];
  const { t } = metaLanguage(matches);
  return [{ title: `${page.error ? t("common.errorPrefix") : ""}${t("save.title")} – ${page.serviceTitle.text} – Bürgerportal` }];
};

export const headers = () => ({ "Cache-Control": "no-store" });

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requestLanguage(request);
  return withMessages(lang, ["save", "notice"], loadSavePage(request, params, lang));
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return createResumeCode(request, params, context, requestLanguage(request));
}

export default function SaveForLater() {
  return <SavePage page={useLoaderData() as SavePageData} />;
}
