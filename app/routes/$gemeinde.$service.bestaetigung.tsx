import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ConfirmationPage } from "~/components/wizard/confirmation-page";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { metaLanguage } from "~/lib/i18n/meta";
import { loadConfirmationPage, type ConfirmationPageData } from "~/server/wizard/confirmation.http.server";
import { withMessages } from "~/lib/i18n/messages.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const page = data as ConfirmationPageData | undefined;
  const { t } = metaLanguage(matches);
  return [{ title: page ? `${t("confirm.title")} – ${page.serviceTitle.text} – Bürgerportal` : "Bürgerportal" }];
};

// The access code is on this page once: never cached, never revalidated behind the citizen's back.
export const headers = () => ({ "Cache-Control": "no-store" });
export const shouldRevalidate = () => false;

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requestLanguage(request);
  return withMessages(lang, ["confirm"], loadConfirmationPage(request, params, lang));
}

export default function Confirmation() {
  return <ConfirmationPage page={useLoaderData() as ConfirmationPageData} />;
}
