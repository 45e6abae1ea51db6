import type { QuestionView } from "~/lib/builder/builder-view";

/** A question's own condition (`when`): shown as an expert part until conditions in words are offered. */
export function QuestionConditionEditor({ question }: { question: QuestionView }) {
  const when = (question.field as { when?: unknown }).when;
  if (when === undefined) return null;
  return (
    <div className="builder-expert">
      <p className="kern-label">Bedingung (Expertenangabe, bleibt beim Speichern erhalten)</p>
      <pre className="builder-code" tabIndex={0} role="region" aria-label={`Bedingung zu „${question.field.label.de}“`}>
        {JSON.stringify(when, null, 2)}
      </pre>
    </div>
  );
}
