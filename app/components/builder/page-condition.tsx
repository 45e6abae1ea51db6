import { useBuilder } from "./builder-context";

/** "Seite nur zeigen, wenn …": an existing condition shown as an expert part until conditions in words are offered. */
export function PageConditionEditor({ index }: { index: number }) {
  const { definition } = useBuilder();
  const when = definition.steps[index]?.when;
  if (when === undefined) return null;
  return (
    <div className="builder-expert">
      <p className="kern-label">Seite nur zeigen, wenn … (Expertenangabe, bleibt beim Speichern erhalten)</p>
      <pre className="builder-code" tabIndex={0} role="region" aria-label={`Bedingung der Seite ${index + 1}`}>
        {JSON.stringify(when, null, 2)}
      </pre>
    </div>
  );
}
