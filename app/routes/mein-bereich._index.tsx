import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { MyAreaPage, type MyAreaData } from "~/components/account/my-area-page";
import { metaLanguage } from "~/lib/i18n/meta";
import { withMessages } from "~/lib/i18n/messages.server";
import { loadMyArea } from "~/server/citizen-account/my-area.http.server";
import { requestLanguage } from "~/server/i18n/language.http.server";

export const meta: MetaFunction = ({ matches }) => [{ title: `${metaLanguage(matches).t("account.title")} – Bürgerportal` }];

export const headers = () => ({ "Cache-Control": "no-store" });

export function loader({ request }: LoaderFunctionArgs) {
  const lang = requestLanguage(request);
  return withMessages(lang, ["account", "caseStatus"], loadMyArea(request, lang));
}

export default function MyArea() {
  return <MyAreaPage page={useLoaderData() as MyAreaData} />;
}
