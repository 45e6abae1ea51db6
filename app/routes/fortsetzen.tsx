import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ResumePage } from "~/components/wizard/resume-page";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { metaLanguage } from "~/lib/i18n/meta";
import { loadResumePage, resumeDraft, type ResumePageData } from "~/server/wizard/resume-page.http.server";
import { withMessages } from "~/lib/i18n/messages.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const page = data as ResumePageData | undefined;
  const { t } = metaLanguage(matches);
  return [{ title: `${page?.error ? t("common.errorPrefix") : ""}${t("resume.title")} – Bürgerportal` }];
};

export const headers = () => ({ "Cache-Control": "no-store" });

export function loader({ request }: LoaderFunctionArgs) {
  const lang = requestLanguage(request);
  return withMessages(lang, ["resume", "notice"], loadResumePage(request, lang));
}

export function action({ request, context }: ActionFunctionArgs) {
  return resumeDraft(request, context);
}

export default function Resume() {
  return <ResumePage page={useLoaderData() as ResumePageData} />;
}
