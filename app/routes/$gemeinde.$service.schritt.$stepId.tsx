import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { localStepPage } from "~/components/wizard/local-pages";
import { stepTitle } from "~/components/wizard/step-page";
import { StepView, type StepRouteData } from "~/components/wizard/wizard-views";
import type { StepPageData } from "~/server/wizard/view-model";
import { requestLanguage } from "~/server/i18n/language.http.server";
import { metaLanguage } from "~/lib/i18n/meta";
import { handleStepPost } from "~/server/wizard/step-action.http.server";
import { stepPage, stepPageMessageGroups } from "~/server/wizard/step-page.http.server";
import { requireWizard } from "~/server/wizard/wizard-context.http.server";
import { messagesFor } from "~/lib/i18n/messages.server";
import { prefillOnStep } from "~/server/citizen-account/prefill.http.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const page = data as StepPageData | undefined;
  const { t } = metaLanguage(matches);
  return [{ title: page ? stepTitle(page, page.errors.length > 0, t("common.errorPrefix")) : "Bürgerportal" }];
};

/** A step page loaded as a document hydrates as the wizard's island, without Remix's client (ADR 043). */
export const handle = { island: true };

export const headers = () => ({ "Cache-Control": "no-store" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requestLanguage(request);
  const walk = await requireWizard(request, params, lang);
  const stepId = params.stepId ?? "";
  const page = stepPage(walk, request, stepId);
  const { offer: prefill, offeringSteps } = await prefillOnStep(request, walk, stepId);
  return {
    ...page,
    prefill,
    serverSteps: offeringSteps,
    messages: messagesFor(lang, [...stepPageMessageGroups(page), ...(prefill ? (["prefill"] as const) : [])]),
  };
}

/** A step of a walk the browser holds is built there, without the server (ADR 034). */
export async function clientLoader({ request, params, serverLoader }: ClientLoaderFunctionArgs) {
  return localStepPage(new URL(request.url), params.stepId ?? "") ?? (await serverLoader<typeof loader>());
}

export function action({ request, params }: ActionFunctionArgs) {
  return handleStepPost(request, params, requestLanguage(request));
}

export default function WizardStep() {
  return <StepView page={useLoaderData() as StepRouteData} />;
}
