import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { postMyDraft } from "~/server/citizen-account/my-area.http.server";
import { requestLanguage } from "~/server/i18n/language.http.server";

/** Resume or delete one of the account's drafts (aktion=fortsetzen|loeschen). */
export function action({ request, params }: ActionFunctionArgs) {
  return postMyDraft(request, params.draftId, requestLanguage(request));
}

export function loader() {
  return redirect("/mein-bereich");
}
