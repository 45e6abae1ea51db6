import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { StatusPage, type StatusFormData } from "~/components/wizard/status-page";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { metaLanguage } from "~/lib/i18n/meta";
import { useLang } from "~/lib/i18n/use-translation";
import { lookUpCase, lookupFailed, statusForm } from "~/server/status/citizen-status.http.server";
import { statusResult, type StatusResult } from "~/server/status/status-result.server";
import { messagesFor } from "~/lib/i18n/messages.server";
import { readPageForm } from "~/server/form-body.http.server";

export const meta: MetaFunction<typeof loader> = ({ data: page, matches }) => {
  const { t } = metaLanguage(matches);
  const form = page as StatusFormData | undefined;
  return [{ title: `${form?.errors.length ? t("common.errorPrefix") : ""}${t("status.title")} – Bürgerportal` }];
};

export const headers = () => ({ "Cache-Control": "no-store" });

export function loader({ request }: LoaderFunctionArgs) {
  const lang = requestLanguage(request);
  const { form, headers } = statusForm(request, lang);
  return data({ ...form, messages: messagesFor(lang, ["status", "reply", "withdraw"]) }, { headers });
}

/** A POST, not a GET: the access code never appears in an address, a log or the history. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readPageForm(request);
  const found = await lookUpCase(form, context);
  if (!found.ok) return lookupFailed(request, String(form.get("vorgangsnummer") ?? "").trim(), found);
  const result = await statusResult(found.caseId, String(form.get("zugangscode") ?? "").trim(), requestLanguage(request));
  return data({ result }, { headers: { "Cache-Control": "no-store" } });
}

export default function Status() {
  const form = useLoaderData() as StatusFormData;
  const outcome = useActionData() as { result?: StatusResult } | undefined;
  return <StatusPage form={form} result={outcome?.result ?? null} lang={useLang()} />;
}
