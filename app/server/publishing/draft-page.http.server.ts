/**
 * Loader and action shared by the draft pages — the JSON editor and the builder, for a new service
 * or the next version of one: both read the same draft under the same access rule and post to the
 * same save path, so a rule changed here holds for both.
 */
import { data, redirect } from "@remix-run/node";
import { assertSameOrigin } from "../csrf.http.server";
import { refusalStatus, REFUSAL_STATUS } from "../refusal-status.http.server";
import { NO_STORE } from "../staff/no-store.http.server";
import type { EditorialActor } from "./actor";
import { performDraftPost } from "./draft-page-actions.http.server";
import { requireEditor } from "./editor.http.server";
import { changeRefusal, serviceNotFoundMessage } from "./service-access.server";

type DraftView = { serviceId: string; ownerCountyAgs: string | null };

/** The draft view of a service the signed-in editor may change; 404/403 otherwise. */
export async function loadChangeableDraft<View extends DraftView>(
  request: Request,
  serviceId: string,
  viewOf: (actor: EditorialActor, serviceId: string) => Promise<View | null>,
): Promise<View> {
  const actor = await requireEditor(request);
  const view = await viewOf(actor, serviceId);
  if (!view) throw new Response(serviceNotFoundMessage(serviceId), { status: 404, headers: NO_STORE });
  const refusal = changeRefusal(actor, { id: view.serviceId, ownerCountyAgs: view.ownerCountyAgs }, "form");
  if (refusal) throw new Response(refusal.message, { status: refusalStatus(refusal), headers: NO_STORE });
  return view;
}

/** Check, save or publish a posted definition; a save or publication redirects, the rest shows the result. */
export async function answerDraftPost(request: Request, serviceId?: string) {
  assertSameOrigin(request);
  const actor = await requireEditor(request);
  const outcome = await performDraftPost(actor, request, serviceId);
  if (outcome.ok) return redirect(outcome.location, { headers: NO_STORE });
  return data({ result: outcome.result }, { status: outcome.refused ? REFUSAL_STATUS[outcome.refused] : 200, headers: NO_STORE });
}
