import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { WithdrawPage } from "~/components/status/withdraw-page";
import { metaLanguage } from "~/lib/i18n/meta";
import { messagesFor } from "~/lib/i18n/messages.server";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { statusPostHeaders } from "~/server/status/reply-post.http.server";
import { handleWithdrawPost, type WithdrawPageData } from "~/server/status/withdraw-post.http.server";

export const meta: MetaFunction = ({ matches }) => {
  const { t } = metaLanguage(matches);
  return [{ title: `${t("withdraw.title")} – Bürgerportal` }];
};

export const headers: HeadersFunction = statusPostHeaders;

export function loader({ request }: LoaderFunctionArgs) {
  return data(
    { messages: messagesFor(requestLanguage(request), ["status", "reply", "withdraw"]) },
    { headers: { "Cache-Control": "no-store" } },
  );
}

/** Two posts: the confirmation page, then (bestaetigt=ja) the withdrawal (ADR 033). */
export async function action({ request, context }: ActionFunctionArgs) {
  return handleWithdrawPost(request, context, requestLanguage(request));
}

export default function WithdrawRoute() {
  return <WithdrawPage page={(useActionData() as WithdrawPageData | undefined) ?? null} />;
}
