import type { DefinitionProblem } from "~/engine/definition-check.server";
import { useBuilder } from "./builder-context";

/** The live check's findings for one place, worded with the questions' labels instead of pointers. */
export function ProblemNotes({ place, id }: { place: string; id?: string }) {
  const { problemsAt, labelOf } = useBuilder();
  const problems = problemsAt(place);
  if (problems.length === 0) return null;
  return (
    <ul className="builder-problems" id={id} aria-label="Probleme">
      {problems.map((problem, index) => (
        <li key={index} className="kern-error builder-problem">
          {wordProblem(problem, labelOf)}
        </li>
      ))}
    </ul>
  );
}

/** „/aktenzeichen“ → „Aktenzeichen“ where the pointer names a question. */
export function wordProblem(problem: DefinitionProblem, labelOf: (pointer: string) => string | undefined): string {
  return problem.message.replace(/„(\/[^“]*)“/g, (whole, pointer: string) => {
    const label = labelOf(pointer);
    return label ? `„${label}“` : whole;
  });
}
