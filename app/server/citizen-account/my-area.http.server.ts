/** The loader of Mein Bereich and the posts of its lists: drafts, sign-out (ADR 037). */
import { redirect } from "@remix-run/node";
import type { Lang } from "../../engine/types";
import { draftCookie } from "../drafts/draft-cookie.server";
import { readPageForm } from "../form-body.http.server";
import { assertSameOrigin } from "../csrf.http.server";
import { translate } from "../../lib/i18n/translate";
import { signOutCitizen } from "./citizen-session.http.server";
import { displayName, providerName } from "./display-name";
import { myCases } from "./my-cases.server";
import { deleteMyDraft, myDrafts, resumeMyDraft } from "./my-drafts.server";
import { notFoundForCitizen, requireCitizen } from "./require-citizen.http.server";

const NO_STORE = { "Cache-Control": "no-store" };

export async function loadMyArea(request: Request, lang: Lang) {
  const citizen = await requireCitizen(request);
  const url = new URL(request.url);
  const [cases, drafts] = await Promise.all([
    myCases(citizen.accountId, Number(url.searchParams.get("seite") ?? "1"), lang),
    myDrafts(citizen.accountId, lang),
  ]);
  return {
    name: displayName(citizen.attributes),
    provider: providerName(citizen.provider),
    trustLevel: citizen.trustLevel,
    cases,
    drafts,
    draftDeleted: url.searchParams.get("hinweis") === "entwurf-geloescht",
  };
}

/** Resume (binds the draft to this browser and goes to its page) or delete one of the account's drafts. */
export async function postMyDraft(request: Request, draftId: string | undefined, lang: Lang): Promise<Response> {
  const citizen = await requireCitizen(request);
  const form = await readPageForm(request);
  const missing = () => notFoundForCitizen(translate(lang, "notice.kein-entwurf"));
  if (form.get("aktion") === "loeschen") {
    if (!(await deleteMyDraft(citizen.accountId, draftId ?? ""))) throw missing();
    return redirect("/mein-bereich?hinweis=entwurf-geloescht", { status: 303, headers: NO_STORE });
  }
  const resumed = await resumeMyDraft(citizen.accountId, draftId ?? "");
  if (!resumed) throw missing();
  return redirect(resumed.target, {
    status: 303,
    headers: { ...NO_STORE, "Set-Cookie": draftCookie(request, resumed.serviceId, resumed.token) },
  });
}

export async function postSignOut(request: Request): Promise<Response> {
  assertSameOrigin(request);
  const form = await readPageForm(request);
  return signOutCitizen(request, form.get("ueberall") === "ja", "/");
}
