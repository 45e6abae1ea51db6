/**
 * The confirmation page after submission and the receipt download, both opened by the
 * draft cookie of the citizen who submitted. The access code is derived from the case (see
 * access-code.server.ts) and shown exactly once; afterwards the page says it is not shown again.
 */
import { redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { eq } from "drizzle-orm";
import { authorities, cases } from "../../../db/schema";
import type { Lang } from "../../engine/types";
import { localizeText, type Localized } from "../../lib/i18n/translate";
import { authorityView, type AuthorityView } from "../municipalities.server";
import { db } from "../db.server";
import { accessCodeFor } from "../submissions/access-code.server";
import { claimAccessCodeDisplay } from "../drafts/drafts.server";
import { pageOf } from "./step-events";
import { requireWizard } from "./wizard-context.http.server";
import { receiptResponse } from "../status/citizen-status.http.server";

export interface ConfirmationPageData {
  lang: Lang;
  base: string;
  serviceTitle: Localized;
  processingTime?: Localized;
  caseNumber: string;
  submittedAt: string;
  /** Only on the first view. */
  accessCode: string | null;
  authority: AuthorityView;
}

async function submittedCase(request: Request, params: Params, lang: Lang) {
  const wizard = await requireWizard(request, params, lang);
  const caseId = wizard.draft.submittedCaseId;
  if (!caseId) throw redirect(`${wizard.base}/${pageOf(wizard.snapshot)}`, { headers: { "Cache-Control": "no-store" } });
  return { ...wizard, caseId };
}

export async function loadConfirmationPage(request: Request, params: Params, lang: Lang): Promise<ConfirmationPageData> {
  const { caseId, base, service, draft } = await submittedCase(request, params, lang);
  const [row] = await (
    await db()
  )
    .select({ caseNumber: cases.caseNumber, submittedAt: cases.submittedAt, a: authorities })
    .from(cases)
    .innerJoin(authorities, eq(authorities.id, cases.authorityId))
    .where(eq(cases.id, caseId));
  const shown = await claimAccessCodeDisplay(draft.id);
  const { a } = row;
  return {
    lang,
    base,
    serviceTitle: localizeText(service.definition.title, lang),
    processingTime: service.definition.processingTime ? localizeText(service.definition.processingTime, lang) : undefined,
    caseNumber: row.caseNumber,
    submittedAt: row.submittedAt.toISOString(),
    accessCode: shown ? accessCodeFor(caseId) : null,
    authority: authorityView(a),
  };
}

export async function draftReceipt(request: Request, params: Params, lang: Lang): Promise<Response> {
  const { caseId } = await submittedCase(request, params, lang);
  const [row] = await (await db()).select({ caseNumber: cases.caseNumber }).from(cases).where(eq(cases.id, caseId));
  return receiptResponse(caseId, row.caseNumber);
}
