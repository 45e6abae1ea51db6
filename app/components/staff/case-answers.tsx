import type { AnswerSection } from "~/engine/describe-answers";

/** The application's answers, grouped by the steps of the form version the citizen filled in. */
export function CaseAnswers({ sections }: { sections: AnswerSection[] }) {
  if (sections.length === 0) return <p className="kern-body">Der Antrag enthält keine Angaben.</p>;
  return (
    <div className="kern-stack">
      {sections.map((section) => (
        <section key={section.stepId} aria-labelledby={`schritt-${section.stepId}`} className="kern-stack-xs">
          <h3 className="kern-heading-small" id={`schritt-${section.stepId}`}>
            {section.title}
          </h3>
          <dl className="kern-description-list">
            {section.rows.map((row) => (
              <div className="kern-description-list-item" key={row.pointer}>
                <dt className="kern-description-list-item__key">{row.label}</dt>
                <dd className={`kern-description-list-item__value preserve-lines${row.answered ? "" : " kern-body--muted"}`}>
                  {row.value}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
