import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { StartPage } from "~/components/wizard/start-page";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { loadStartPage, startApplication, type StartPageData } from "~/server/wizard/start.http.server";
import { withMessages } from "~/lib/i18n/messages.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${(data as StartPageData).service.title.text} – ${(data as StartPageData).municipality.name} – Bürgerportal`
      : "Bürgerportal",
  },
];

export const headers = () => ({ "Cache-Control": "no-store" });

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requestLanguage(request);
  return withMessages(lang, ["start", "notice", "trust"], loadStartPage(request, params, lang));
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return startApplication(request, params, context, requestLanguage(request));
}

export default function ServiceStart() {
  return <StartPage page={useLoaderData() as StartPageData} />;
}
