/**
 * The case's answers as clerks read them: the form engine's labelled view (`describeAnswers`),
 * the same one the review page and the receipt show, built from the case's own form version.
 */
import { compile } from "../../engine/compile.server";
import { describeAnswers, type AnswerSection } from "../../engine/describe-answers";
import type { FormDefinition, FormValues, Lang } from "../../engine/types";

export type { AnswerSection };

export function describeCaseAnswers(definition: FormDefinition, data: FormValues, lang: Lang = "de"): AnswerSection[] {
  // compile() caches per `${id}@${version}`; published versions never change.
  return describeAnswers(compile(definition), data, lang);
}
