import type { DefinitionProblem } from "~/engine/definition-check.server";

export const PROBLEMS_ID = "pruefergebnis";

/** Where a problem is: line and column in the text, and the JSON pointer into the definition. */
function Position({ problem, linkLines }: { problem: DefinitionProblem; linkLines: boolean }) {
  const pointer = problem.pointer === "" ? "(ganzes Dokument)" : problem.pointer;
  const line = problem.line === undefined ? null : `Zeile ${problem.line}, Spalte ${problem.column ?? 1}`;
  return (
    <span className="problem__where">
      {line &&
        (linkLines ? (
          <a className="kern-link" href={`#zeile-${problem.line}`}>
            {line}
          </a>
        ) : (
          <span>{line}</span>
        ))}
      {line && " · "}
      <code>{pointer}</code>
    </span>
  );
}

/** The check's result next to the text: every problem with line, column and pointer, in text order. */
export function ProblemList({ problems, checked, linkLines }: { problems: DefinitionProblem[]; checked: boolean; linkLines: boolean }) {
  return (
    <section aria-labelledby={PROBLEMS_ID} className="kern-stack problems">
      <h2 className="kern-heading-small" id={PROBLEMS_ID}>
        {!checked ? "Prüfergebnis" : problems.length === 0 ? "Prüfergebnis: keine Fehler" : `Prüfergebnis: ${problems.length} Fehler`}
      </h2>
      {!checked ? (
        <p className="kern-body">Geprüft wird beim Speichern, mit denselben Regeln wie „npm run forms:check“.</p>
      ) : problems.length === 0 ? (
        <p className="kern-body">Die Formulardefinition erfüllt alle Regeln.</p>
      ) : (
        <ol className="problem-list">
          {problems.map((problem, index) => (
            <li className="problem" key={`${problem.pointer}-${index}`} data-pointer={problem.pointer}>
              <Position problem={problem} linkLines={linkLines} />
              <span className="problem__message">{problem.message}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
