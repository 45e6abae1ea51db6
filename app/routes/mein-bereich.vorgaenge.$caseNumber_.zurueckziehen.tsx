import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { MyWithdrawPage } from "~/components/account/my-withdraw-page";
import { metaLanguage } from "~/lib/i18n/meta";
import { withMessages } from "~/lib/i18n/messages.server";
import { confirmMyWithdrawal, postMyWithdrawal, type MyWithdrawPageData } from "~/server/citizen-account/my-case-actions.http.server";
import { requireCitizen } from "~/server/citizen-account/require-citizen.http.server";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { statusPostHeaders } from "~/server/status/reply-post.http.server";

export const meta: MetaFunction = ({ matches }) => [{ title: `${metaLanguage(matches).t("withdraw.title")} – Bürgerportal` }];

export const headers: HeadersFunction = statusPostHeaders;

/** The confirmation step (nothing changes); the post withdraws (ADR 033, 037). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requestLanguage(request);
  const citizen = await requireCitizen(request);
  return withMessages(lang, ["account", "status", "reply", "withdraw"], confirmMyWithdrawal(citizen, params.caseNumber, lang));
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const citizen = await requireCitizen(request);
  return postMyWithdrawal(request, citizen, params.caseNumber ?? "", context, requestLanguage(request));
}

export default function MyWithdraw() {
  const confirm = useLoaderData() as MyWithdrawPageData;
  const outcome = useActionData() as MyWithdrawPageData | undefined;
  return <MyWithdrawPage page={outcome ?? confirm} />;
}
