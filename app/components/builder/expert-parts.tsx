import type { ExpertPart } from "~/lib/builder/builder-view";

/** Rules of the definition no control of the builder covers: shown read-only, kept on every save. */
export function ExpertParts({ parts }: { parts: ExpertPart[] }) {
  if (parts.length === 0) return null;
  return (
    <section className="kern-stack" aria-labelledby="experten-titel">
      <h2 className="kern-heading-medium" id="experten-titel">
        Expertenangaben
      </h2>
      <p className="kern-body">
        Diese Regeln stehen in der Formulardefinition, lassen sich hier aber nicht bearbeiten. Sie bleiben beim Speichern unverändert
        erhalten; ändern können Sie sie im JSON-Editor.
      </p>
      <ul className="kern-list builder-expert-list">
        {parts.map((part) => (
          <li key={part.pointer} className="builder-expert">
            <code className="builder-code">{part.pointer}</code>
            <pre className="builder-code" tabIndex={0} role="region" aria-label={`Expertenangabe ${part.pointer}`}>
              {JSON.stringify(part.value, null, 2)}
            </pre>
          </li>
        ))}
      </ul>
    </section>
  );
}
