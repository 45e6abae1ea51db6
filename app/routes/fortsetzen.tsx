import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ResumePage } from "~/components/wizard/resume-page";
import { requestLanguage } from "~/lib/i18n/language.server";
import { translate } from "~/lib/i18n/translate";
import { loadResumePage, resumeDraft, type ResumePageData } from "~/server/drafts/resume-page.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const page = data as ResumePageData | undefined;
  const root = matches.find((match) => match.id === "root")?.data as { lang?: "de" | "en" } | undefined;
  const lang = root?.lang ?? "de";
  return [{ title: `${page?.error ? translate(lang, "common.errorPrefix") : ""}${translate(lang, "resume.title")} – Bürgerportal` }];
};

export const headers = () => ({ "Cache-Control": "no-store" });

export function loader({ request }: LoaderFunctionArgs) {
  return loadResumePage(request, requestLanguage(request));
}

export function action({ request, context }: ActionFunctionArgs) {
  return resumeDraft(request, context);
}

export default function Resume() {
  return <ResumePage page={useLoaderData() as ResumePageData} />;
}
