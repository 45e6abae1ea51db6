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
import type { WizardWalk } from "../wizard/answer-store";
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

export interface StepPrefill {
  /** The offer on this step page, or null (not signed in, or nothing here the identity can fill). */
  offer: PrefillOffer | null;
  /**
   * The steps of the form that carry an offer for this citizen: the browser's walk (ADR 034)
   * leaves them to the server, which alone knows the identity.
   */
  offeringSteps: string[];
}

/** For the step page's loader, on the walk it loaded already (one draft read per request). */
export async function prefillOnStep(request: Request, walk: WizardWalk, stepId: string): Promise<StepPrefill> {
  const citizen = await currentCitizen(request);
  if (!citizen) return { offer: null, offeringSteps: [] };
  const lang = walk.lang;
  const valuesByStep = new Map(walk.runtime.stepOrder.map((id) => [id, identityValuesForStep(walk.runtime.step(id), citizen.attributes)]));
  const offeringSteps = [...valuesByStep].filter(([, values]) => Object.keys(values).length > 0).map(([id]) => id);
  if (!offeringSteps.includes(stepId)) return { offer: null, offeringSteps };
  const step = walk.runtime.step(stepId);
  const values = valuesByStep.get(stepId)!;
  const pointers = Object.keys(values);
  const pending = walk.state.pending[stepId];
  const data = walk.snapshot.context.data;
  const shown = pending ? walk.runtime.mergeStepData(data, stepId, pending.data) : data;
  const offer: PrefillOffer = {
    action: `${walk.base}/uebernehmen`,
    stepId,
    provider: citizen.provider,
    rows: step.fields
      .filter((field) => field.pointer in values)
      .map((field) => ({ label: localizeText(field.label, lang).text, value: values[field.pointer]! })),
    taken: pointers.every((pointer) => getAt(shown, parsePointer(pointer)) === values[pointer]),
    verified: walk.runtime.definition.verifiedIdentityValues === true,
  };
  return { offer, offeringSteps };
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
