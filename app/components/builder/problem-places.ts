import type { DefinitionProblem } from "~/engine/definition-check.server";
import { getAt, parsePointer } from "~/engine/json-pointer";
import type { FormDefinition } from "~/engine/types";
import { addressOfProblem, type BuilderView, type QuestionView } from "~/lib/builder/builder-view";

const FACT_KEYS = new Set([
  "id",
  "version",
  "leikaKey",
  "level",
  "title",
  "description",
  "fees",
  "processingTime",
  "requirements",
  "legalBasis",
  "review",
  "retentionDays",
]);

const keyOf = (q: QuestionView) => `q:${q.address.step}:${q.address.field}${q.address.item === undefined ? "" : `:${q.address.item}`}`;

/**
 * Sorts the live check's problems to the place they concern: a question (by its field or its
 * schema), a page, the service facts, or — for the rest — the overview at the top.
 */
export function placeProblems(
  definition: FormDefinition,
  view: BuilderView,
  problems: readonly DefinitionProblem[],
): Map<string, DefinitionProblem[]> {
  const bySchema = new Map<string, string>();
  const note = (q: QuestionView) => {
    if (q.place) bySchema.set(`/dataSchema/${q.place.path.join("/")}`, keyOf(q));
    q.items.forEach(note);
  };
  view.pages.forEach((p) => p.questions.forEach(note));
  const places = new Map<string, DefinitionProblem[]>();
  const put = (place: string, problem: DefinitionProblem) => places.set(place, [...(places.get(place) ?? []), problem]);
  for (const problem of problems) {
    const address = addressOfProblem(problem.pointer);
    if (address) {
      put(
        "field" in address
          ? `q:${address.step}:${address.field}${address.item === undefined ? "" : `:${address.item}`}`
          : `page:${address.step}`,
        problem,
      );
      continue;
    }
    const segments = problem.pointer === "" ? [] : parsePointer(problem.pointer);
    if (segments[0] === "dataSchema") {
      // A requirement nobody asks for names the property: `/dataSchema/required/3` → "aktenzeichen".
      const required = segments.at(-2) === "required" ? getAt(definition, segments) : undefined;
      let schemaPointer = problem.pointer;
      if (typeof required === "string") schemaPointer = `/${segments.slice(0, -2).join("/")}/properties/${required}`;
      let match: string | undefined;
      for (const [path, place] of bySchema) if (schemaPointer === path || schemaPointer.startsWith(`${path}/`)) match = place;
      put(match ?? "general", problem);
      continue;
    }
    put(segments.length > 0 && FACT_KEYS.has(segments[0]!) ? "facts" : "general", problem);
  }
  return places;
}
