/**
 * Prefill with consent (ADR 037): a signed-in citizen's step page offers the identity's values
 * for its name, birth date, address and e-mail fields; a post to `…/uebernehmen` writes them into
 * the step's unaccepted answers (so they show, editable, on the step page, and the step is still
 * validated by its own post) and the draft remembers what was offered, for the case to record.
 */
import { redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { getAt, parsePointer, setAt } from "../../engine/json-pointer";
import type { Lang } from "../../engine/types";
import { localizeText, translate } from "../../lib/i18n/translate";
import { withPending } from "../drafts/draft-state";
import { readPageForm } from "../form-body.http.server";
import { pageOf, stepAccess } from "../wizard/step-events";
import { restoreSnapshot } from "../wizard/walk-position.server";
import { notFound, requireWizard } from "../wizard/wizard-context.http.server";
import { currentCitizen } from "./citizen-session.http.server";
import type { IdentityProvider } from "./identity";
import { identityValuesForStep } from "./identity-prefill";

export interface PrefillOffer {
  action: string;
  stepId: string;
  provider: IdentityProvider;
  rows: Array<{ label: string; value: string }>;
  /** Every offered value is already in the form. */
  taken: boolean;
  /** The service keeps taken values as the identity gave them. */
  verified: boolean;
}

/** The offer on a step page, or null (not signed in, or nothing on this step the identity can fill). */
export async function prefillOffer(request: Request, params: Params, lang: Lang): Promise<PrefillOffer | null> {
  const citizen = await currentCitizen(request);
  if (!citizen) return null;
  const walk = await requireWizard(request, params, lang);
  const stepId = params.stepId ?? "";
  if (!walk.runtime.stepOrder.includes(stepId)) return null;
  const step = walk.runtime.step(stepId);
  const values = identityValuesForStep(step, citizen.attributes);
  const pointers = Object.keys(values);
  if (pointers.length === 0) return null;
  const pending = walk.state.pending[stepId];
  const data = walk.snapshot.context.data;
  const shown = pending ? walk.runtime.mergeStepData(data, stepId, pending.data) : data;
  return {
    action: `${walk.base}/uebernehmen`,
    stepId,
    provider: citizen.provider,
    rows: step.fields
      .filter((field) => field.pointer in values)
      .map((field) => ({ label: localizeText(field.label, lang).text, value: values[field.pointer]! })),
    taken: pointers.every((pointer) => getAt(shown, parsePointer(pointer)) === values[pointer]),
    verified: walk.runtime.definition.verifiedIdentityValues === true,
  };
}

/** The post of the offer: the identity's values into the step, then back to the step page. */
export async function applyPrefill(request: Request, params: Params, lang: Lang): Promise<Response> {
  const walk = await requireWizard(request, params, lang);
  const citizen = await currentCitizen(request);
  const form = await readPageForm(request);
  const stepId = String(form.get("schritt") ?? "");
  const { runtime, base } = walk;
  if (!runtime.stepOrder.includes(stepId)) throw notFound(translate(lang, "step.unknown"));
  const stepUrl = `${base}/schritt/${encodeURIComponent(stepId)}`;
  if (!citizen) throw redirect(stepUrl, { status: 303, headers: { "Cache-Control": "no-store" } });
  const values = identityValuesForStep(runtime.step(stepId), citizen.attributes);
  const target = await walk.store.change(async (state) => {
    const snapshot = restoreSnapshot(runtime, state);
    const access = stepAccess(runtime, snapshot, stepId);
    if (access !== "current" && access !== "visited") return { location: `${base}/${pageOf(snapshot)}`, stayAt: stepUrl };
    const data = snapshot.context.data;
    const pending = state.pending[stepId];
    let shown = pending ? runtime.mergeStepData(data, stepId, pending.data) : data;
    for (const [pointer, value] of Object.entries(values)) shown = setAt(shown, parsePointer(pointer), value);
    const identityPrefill = { trustLevel: citizen.trustLevel, values: { ...state.identityPrefill?.values, ...values } };
    return { state: { ...withPending(state, stepId, { data: shown }), identityPrefill }, location: stepUrl, stayAt: stepUrl };
  });
  return redirect(target?.location ?? base, { status: 303, headers: { "Cache-Control": "no-store" } });
}
