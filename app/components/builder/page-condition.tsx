import { pageConditionCandidates } from "~/lib/builder/condition-candidates";
import { setPageWhen } from "~/lib/builder/operations";
import { useBuilder } from "./builder-context";
import { ConditionEditor } from "./condition-editor";

/** "Seite nur zeigen, wenn …": the first page always shows (every application starts there). */
export function PageConditionEditor({ index }: { index: number }) {
  const { definition, apply } = useBuilder();
  const step = definition.steps[index];
  if (!step || (index === 0 && step.when === undefined)) return null;
  return (
    <ConditionEditor
      id={`seite-${index}-bedingung`}
      legend="Seite nur zeigen, wenn …"
      addLabel="Seite nur unter einer Bedingung zeigen"
      when={step.when}
      candidates={pageConditionCandidates(definition, index)}
      onChange={(when, say, focus) => apply(setPageWhen(definition, index, when), { say, focus })}
    />
  );
}
