/**
 * The step page as its route renders it, in one place: Remix renders it through the route, the
 * wizard's island (ADR 043) through its own small router. The review page is `ReviewPage` alone.
 */
import { PrefillOfferBox } from "~/components/account/prefill-offer";
import type { PrefillOffer } from "~/server/citizen-account/prefill.http.server";
import type { PageMessages } from "~/lib/i18n/messages.server";
import type { StepPageData } from "../../server/wizard/view-model";
import { StepPage } from "./step-page";

export type StepRouteData = StepPageData & { prefill?: PrefillOffer | null; messages?: PageMessages };

export function StepView({ page }: { page: StepRouteData }) {
  return <StepPage page={page} beforeForm={<PrefillOfferBox offer={page.prefill} />} />;
}
