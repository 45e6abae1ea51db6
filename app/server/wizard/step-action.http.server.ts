/**
 * A posted step page, the same for citizens and the editors' preview: check the page may be
 * posted, turn the post into answers (uploads included), then either apply NEXT through the
 * machine or keep the answers as unaccepted ones (add/remove an item or a file, save for
 * later, refused) — all inside one change of the walk's answer store. Always answers with a
 * redirect (post/redirect/get): reloading never posts twice, and the page shown after a
 * refusal is rendered by the loader, title "Fehler: …" included.
 */
import { redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { parseStepSubmission } from "../../engine/form-submission";
import { getAt, parsePointer, setAt } from "../../engine/json-pointer";
import type { FormRuntime } from "../../engine/runtime";
import { persistState } from "../../engine/transition";
import type { FormValues, Lang, StepDefinition } from "../../engine/types";
import { formatBytes, translate } from "../../lib/i18n/translate";
import { ACTION_FIELD, fieldId, parseStepAction, VIA_FIELD, type StepAction } from "./view-model";
import { env } from "../env.server";
import { MalformedBodyError, PayloadTooLargeError } from "../uploads/multipart.server";
import { withPending, type PendingStep } from "../drafts/draft-state";
import type { WizardWalk } from "./answer-store";
import { formShape } from "./form-shape";
import { fieldValue, readStepBody } from "./step-body.http.server";
import { applyStepPost, pageOf, stepAccess } from "./step-events";
import { groupItemOf } from "./step-fields";
import { resolveStepEntries } from "./step-uploads.server";
import { notFound, redirectToStart, requireWizard } from "./wizard-context.http.server";
import { restoreSnapshot } from "./walk-position.server";
const NO_STORE = { "Cache-Control": "no-store" };

function withItemAdded(
  runtime: FormRuntime,
  step: StepDefinition,
  data: FormValues,
  groupPointer: string,
): { data: FormValues; anchor?: string } {
  const group = step.fields.find((field) => field.widget === "group" && field.pointer === groupPointer);
  if (!group) return { data };
  const segments = parsePointer(group.pointer);
  const items = getAt(data, segments);
  const list = Array.isArray(items) ? items : [];
  const { maxItems } = formShape(runtime.definition).arrayBounds(group.pointer);
  if (list.length >= maxItems) return { data };
  return { data: setAt(data, segments, [...list, {}]), anchor: fieldId(`${group.pointer}/${list.length}`) };
}

function withItemRemoved(
  runtime: FormRuntime,
  step: StepDefinition,
  data: FormValues,
  itemPointer: string,
): { data: FormValues; anchor?: string } {
  const target = groupItemOf(step, itemPointer);
  if (!target) return { data };
  const segments = parsePointer(target.group.pointer);
  const items = getAt(data, segments);
  const list = Array.isArray(items) ? items : [];
  const { minItems } = formShape(runtime.definition).arrayBounds(target.group.pointer);
  if (target.index >= list.length || list.length <= Math.max(minItems, 0)) return { data };
  return {
    data: setAt(
      data,
      segments,
      list.filter((_, index) => index !== target.index),
    ),
    anchor: fieldId(target.group.pointer),
  };
}

export async function handleStepPost(request: Request, params: Params, lang: Lang): Promise<Response> {
  return postStep(await requireWizard(request, params, lang), request, params.stepId ?? "");
}

export async function postStep(walk: WizardWalk, request: Request, stepId: string): Promise<Response> {
  const { runtime, base, lang } = walk;
  if (!runtime.stepOrder.includes(stepId)) throw notFound(translate(lang, "step.unknown"));
  const step = runtime.step(stepId);

  let body;
  try {
    body = await readStepBody(request, step);
  } catch (error) {
    if (error instanceof PayloadTooLargeError) {
      throw new Response(translate(lang, "upload.requestTooLarge", { size: formatBytes(env().uploadLimitBytes, lang) }), {
        status: 413,
        headers: { ...NO_STORE, Connection: "close" },
      });
    }
    if (error instanceof MalformedBodyError)
      throw redirect(`${base}/schritt/${encodeURIComponent(stepId)}?hinweis=uebermittlung`, { headers: NO_STORE });
    throw error;
  }

  const action: StepAction = parseStepAction(fieldValue(body, ACTION_FIELD));
  const viaReview = fieldValue(body, VIA_FIELD) === "pruefen";
  const stepUrl = `${base}/schritt/${encodeURIComponent(stepId)}${viaReview ? "?von=pruefen" : ""}`;
  const withErrors = `${stepUrl}${viaReview ? "&" : "?"}fehler=1`;

  const target = await walk.store.change(async (state, files) => {
    const snapshot = restoreSnapshot(runtime, state);
    const access = stepAccess(runtime, snapshot, stepId);
    const go = (location: string) => ({ location, stayAt: stepUrl });
    if (access === "submitted") return go(`${base}/bestaetigung`);
    if (access === "ahead" || access === "skipped" || access === "unknown") {
      return go(`${base}/${pageOf(snapshot)}?hinweis=${access === "skipped" ? "entfaellt" : "reihenfolge"}`);
    }

    const { entries, issues } = await resolveStepEntries(files, runtime.definition, step, body, {
      removeAttachmentId: action.kind === "remove-file" ? action.attachmentId : undefined,
      lang,
    });
    const answers = parseStepSubmission(runtime, stepId, entries);
    const keep = (entry: PendingStep, location: string) => ({ state: withPending(state, stepId, entry), location, stayAt: stepUrl });

    switch (action.kind) {
      case "add": {
        const { data, anchor } = withItemAdded(runtime, step, answers, action.group);
        return keep({ data, issues }, `${stepUrl}${anchor ? `#${anchor}` : ""}`);
      }
      case "remove": {
        const { data, anchor } = withItemRemoved(runtime, step, answers, action.item);
        return keep({ data, issues }, `${stepUrl}${anchor ? `#${anchor}` : ""}`);
      }
      case "remove-file":
        return keep({ data: answers, issues }, stepUrl);
      case "save":
        return keep({ data: answers, issues }, `${base}/speichern`);
      case "next": {
        if (issues.length > 0) return keep({ data: answers, issues }, withErrors);
        const outcome = applyStepPost(runtime, snapshot, stepId, answers, { viaReview, lang });
        if (outcome.kind === "refused") return keep({ data: answers }, withErrors);
        if (outcome.kind !== "accepted") return go(`${base}/${pageOf(snapshot)}?hinweis=reihenfolge`);
        return {
          state: withPending({ ...state, machine: persistState(runtime, outcome.snapshot) }, stepId, undefined),
          location: `${base}/${pageOf(outcome.snapshot)}`,
          stayAt: stepUrl,
        };
      }
    }
  });
  if (target === null) redirectToStart(base, "kein-entwurf");
  return redirect(target.location, { status: 303, headers: target.headers });
}
