import type { QuestionView } from "~/lib/builder/builder-view";
import { questionConditionCandidates } from "~/lib/builder/condition-candidates";
import { updateQuestion } from "~/lib/builder/operations";
import { questionId, useBuilder } from "./builder-context";
import { ConditionEditor } from "./condition-editor";

/** "Frage nur zeigen, wenn …" on a single question; inside a group relative to the item. */
export function QuestionConditionEditor({ question }: { question: QuestionView }) {
  const { definition, apply } = useBuilder();
  const { address } = question;
  return (
    <ConditionEditor
      id={`${questionId(address.step, address.field, address.item)}-bedingung`}
      legend="Frage nur zeigen, wenn …"
      addLabel="Frage nur unter einer Bedingung zeigen"
      when={question.field.when}
      candidates={questionConditionCandidates(definition, address)}
      onChange={(when, say, focus) => apply(updateQuestion(definition, address, { when }), { say, focus })}
    />
  );
}
