import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AccessibilityPage } from "~/components/legal/accessibility-page";
import { readPageForm } from "~/server/form-body.server";
import { sendFeedback, type FeedbackOutcome } from "~/server/legal/feedback.server";
import { requireLegalContext } from "~/server/legal/legal-context.server";
import { legalPageBase } from "~/server/legal/legal-pages.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => [
  { title: `Erklärung zur Barrierefreiheit${page?.base.municipality ? ` – ${page.base.municipality.name}` : ""} – Bürgerportal` },
  { name: "description", content: "Wie barrierefrei das Bürgerportal ist, welche Barrieren bekannt sind und wie Sie Barrieren melden." },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return { base: await legalPageBase(request) };
}

/** The feedback form: 422 with the fields to fix, 429 when one address sends too many, else a confirmation. */
export async function action({ request, context }: ActionFunctionArgs) {
  const { operator, municipality } = await requireLegalContext(request);
  const outcome = await sendFeedback(operator, await readPageForm(request), context, { municipalityName: municipality?.name ?? null });
  return data(outcome, { status: outcome.ok ? 200 : outcome.status, headers: { "Cache-Control": "no-store" } });
}

export default function Barrierefreiheit() {
  const { base } = useLoaderData<typeof loader>();
  const outcome = (useActionData<typeof action>() as FeedbackOutcome | undefined) ?? null;
  return <AccessibilityPage base={base} outcome={outcome} />;
}
