/**
 * The review page's view model from a machine in review: built by the server's loader and, for a
 * walk the browser holds (ADR 034), in the browser from the same answers.
 */
import { describeAnswers } from "../../engine/describe-answers";
import type { FormRuntime } from "../../engine/runtime";
import { transition, type FormSnapshot } from "../../engine/transition";
import type { FieldError, Lang } from "../../engine/types";
import type { MessageKey } from "../../lib/i18n/dictionary";
import { localizeText, type Localized } from "../../lib/i18n/format";
import type { ViewText } from "../../lib/i18n/view-text";
import { fieldId } from "./view-model";

export interface ReviewPageData {
  lang: Lang;
  base: string;
  title: Localized;
  serviceTitle: Localized;
  sections: Array<{ stepId: string; title: string; rows: Array<{ pointer: string; label: string; value: string; changeHref: string }> }>;
  declaration: Localized;
  errors: FieldError[];
  problem?: string;
  notice?: MessageKey;
}

/**
 * What the review page shows of a draft in review (also the editors' preview): every answer by
 * step with its "Ändern" link, the declaration, and the errors of a refused submit (`?fehler`).
 */
export function reviewView(runtime: FormRuntime, snapshot: FormSnapshot, base: string, url: URL, lang: Lang, text: ViewText) {
  const errors = url.searchParams.has("fehler")
    ? transition(runtime, snapshot, { type: "SUBMIT", declarationAccepted: url.searchParams.get("fehler") !== "erklaerung" }, { lang })
        .errors
    : [];
  const { definition } = runtime;
  return {
    lang,
    base,
    title: definition.review.title ? localizeText(definition.review.title, lang) : { text: text("review.title") },
    serviceTitle: localizeText(definition.title, lang),
    sections: describeAnswers(runtime, snapshot.context.data, lang).map((section) => ({
      ...section,
      rows: section.rows.map((row) => ({
        pointer: row.pointer,
        label: row.label,
        value: row.value,
        changeHref: `${base}/schritt/${encodeURIComponent(section.stepId)}?von=pruefen#${fieldId(row.pointer)}`,
      })),
    })),
    declaration: localizeText(definition.review.declaration, lang),
    errors,
  } satisfies ReviewPageData;
}
