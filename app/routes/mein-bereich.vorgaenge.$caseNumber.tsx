import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { MyCasePage } from "~/components/account/my-case-page";
import { metaLanguage } from "~/lib/i18n/meta";
import { withMessages } from "~/lib/i18n/messages.server";
import { loadMyCase, type MyCaseView } from "~/server/citizen-account/my-case-actions.http.server";
import { requireCitizen } from "~/server/citizen-account/require-citizen.http.server";
import { requestLanguage } from "~/server/i18n/language.http.server";

export const meta: MetaFunction = ({ matches, params }) => [
  { title: `${metaLanguage(matches).t("account.caseTitle", { caseNumber: params.caseNumber ?? "" })} – Bürgerportal` },
];

export const headers = () => ({ "Cache-Control": "no-store" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requestLanguage(request);
  const citizen = await requireCitizen(request);
  return withMessages(lang, ["account", "caseStatus", "status", "reply", "withdraw"], loadMyCase(citizen, params.caseNumber, lang));
}

export default function MyCase() {
  return <MyCasePage view={useLoaderData() as MyCaseView} />;
}
