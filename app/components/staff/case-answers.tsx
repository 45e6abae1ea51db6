import { SummaryList } from "~/components/summary-list";
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
          <SummaryList rows={section.rows.map((row) => ({ id: row.pointer, key: row.label, value: row.value, muted: !row.answered }))} />
        </section>
      ))}
    </div>
  );
}
