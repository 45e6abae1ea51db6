import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { ReplyPage } from "~/components/status/reply-page";
import { metaLanguage } from "~/lib/i18n/meta";
import { messagesFor } from "~/lib/i18n/messages.server";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { handleReplyPost, statusPostHeaders, type ReplyPageData } from "~/server/status/reply-post.http.server";

export const meta: MetaFunction = ({ matches, data: _data }) => {
  const { t } = metaLanguage(matches);
  return [{ title: `${t("reply.heading")} – Bürgerportal` }];
};

export const headers: HeadersFunction = statusPostHeaders;

/** The page's texts; the page itself is the answer to the reply form's post (ADR 033). */
export function loader({ request }: LoaderFunctionArgs) {
  return data({ messages: messagesFor(requestLanguage(request), ["status", "reply"]) }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleReplyPost(request, context, requestLanguage(request));
}

export default function ReplyRoute() {
  return <ReplyPage page={(useActionData() as ReplyPageData | undefined) ?? null} />;
}
