/**
 * The step and review pages as their routes render them, in one place: Remix renders them through
 * the routes, the wizard's island (ADR 043) through its own small router.
 */
import { PrefillOfferBox } from "~/components/account/prefill-offer";
import type { PrefillOffer } from "~/server/citizen-account/prefill.http.server";
import type { PageMessages } from "~/lib/i18n/messages.server";
import type { ReviewPageData } from "../../server/wizard/review-view";
import type { StepPageData } from "../../server/wizard/view-model";
import { ReviewPage } from "./review-page";
import { StepPage } from "./step-page";

export type StepRouteData = StepPageData & { prefill?: PrefillOffer | null; messages?: PageMessages };

export function StepView({ page }: { page: StepRouteData }) {
  return <StepPage page={page} beforeForm={<PrefillOfferBox offer={page.prefill} />} />;
}

export function ReviewView({ page }: { page: ReviewPageData }) {
  return <ReviewPage page={page} />;
}
