import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useParams } from "@remix-run/react";
import { MyReplyPage } from "~/components/account/my-reply-page";
import { metaLanguage } from "~/lib/i18n/meta";
import { messagesFor } from "~/lib/i18n/messages.server";
import { postMyReply, type MyReplyPageData } from "~/server/citizen-account/my-case-actions.http.server";
import { requireCitizen } from "~/server/citizen-account/require-citizen.http.server";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { statusPostHeaders } from "~/server/status/reply-post.http.server";

export const meta: MetaFunction = ({ matches }) => [{ title: `${metaLanguage(matches).t("reply.heading")} – Bürgerportal` }];

export const headers: HeadersFunction = statusPostHeaders;

/** The page's texts; the page itself is the answer to the reply form's post (a plain visit links back to the case). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireCitizen(request);
  return data(
    { messages: messagesFor(requestLanguage(request), ["account", "status", "reply"]) },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const citizen = await requireCitizen(request);
  return postMyReply(request, citizen, params.caseNumber ?? "", context, requestLanguage(request));
}

export default function MyReply() {
  const params = useParams();
  return <MyReplyPage page={(useActionData() as MyReplyPageData | undefined) ?? null} caseNumber={params.caseNumber ?? ""} />;
}
