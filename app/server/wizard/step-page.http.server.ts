/**
 * Loader of a step page, the same for citizens and the editors' preview: the page the machine
 * stands on and every active page before it may be seen; a later page or one that does not
 * apply sends the walker where they can go on.
 */
import { redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import type { FieldError, Lang } from "../../engine/types";
import type { StoredIssue } from "../drafts/draft-state";
import { translate } from "../../lib/i18n/translate";
import { hasFileField, type StepPageData } from "./view-model";
import type { MessageGroup } from "../../lib/i18n/messages.server";
import type { WizardWalk } from "./answer-store";
import { noticeOf } from "./notices";
import { pageOf, stepAccess } from "./step-events";
import { buildStepPage } from "./step-page-view";
import { notFound, requireWizard } from "./wizard-context.http.server";
import { prepareServedForm } from "../services/served-forms.server";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * The texts a step page may show: upload texts only with a file field, a notice only when there is
 * one. A citizen's browser builds the walk's later pages itself (ADR 034): it gets the texts of
 * every page of the walk with the first.
 */
export function stepPageMessageGroups(page: StepPageData): MessageGroup[] {
  if (page.mode === "citizen") return ["step", "upload", "notice", "review", "sync"];
  return ["step", ...(hasFileField(page.step.fields) ? (["upload"] as const) : []), ...(page.notice ? (["notice"] as const) : [])];
}

export async function loadStepPage(request: Request, params: Params, lang: Lang): Promise<StepPageData> {
  return stepPage(await requireWizard(request, params, lang), request, params.stepId ?? "");
}

export function stepPage(walk: WizardWalk, request: Request, stepId: string): StepPageData {
  const { runtime, snapshot, state, base, lang } = walk;
  // The citizen's browser fetches the form's runtime once the page is idle (ADR 034).
  if (walk.mode === "citizen") void prepareServedForm(walk.formKey.id, walk.formKey.version);
  const access = stepAccess(runtime, snapshot, stepId);
  if (access === "unknown") throw notFound(translate(lang, "step.unknown"));
  if (access === "submitted") throw redirect(`${base}/bestaetigung`, { headers: NO_STORE });
  if (access === "ahead" || access === "skipped") {
    throw redirect(`${base}/${pageOf(snapshot)}?hinweis=${access === "ahead" ? "reihenfolge" : "entfaellt"}`, { headers: NO_STORE });
  }

  const url = new URL(request.url);
  const data = snapshot.context.data;
  const pending = state.pending[stepId];
  const shown = pending ? runtime.mergeStepData(data, stepId, pending.data) : data;
  let errors = url.searchParams.has("fehler") ? runtime.validateStep(stepId, shown, { lang }) : [];
  if (errors.length > 0 || url.searchParams.has("fehler")) {
    const uploadErrors = issuesAsErrors(pending?.issues, stepId, lang);
    // An upload refused for its type explains a "please upload" error at the same field better.
    errors = [...uploadErrors, ...errors.filter((error) => !uploadErrors.some((issue) => issue.pointer === error.pointer))];
  }

  return buildStepPage(walk, snapshot, stepId, shown, {
    url,
    errors,
    notice: noticeOf(url),
    revision: walk.state.revision ?? 0,
    text: (key, values) => translate(lang, key, values),
  });
}

/** Upload problems as errors the summary and the fields show. */
function issuesAsErrors(issues: StoredIssue[] | undefined, stepId: string, lang: Lang): FieldError[] {
  return (issues ?? []).map((issue) => ({
    pointer: issue.pointer,
    fieldPointer: issue.pointer,
    stepId,
    label: "",
    message: translate(lang, issue.key, issue.values),
    keyword: "upload",
  }));
}
