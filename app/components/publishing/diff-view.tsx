import type { Aspect, DefinitionDiff, FieldChange, FieldFacts } from "~/server/publishing/definition-diff";

const ASPECT_LABELS: Record<Aspect, string> = {
  label: "Beschriftung",
  widget: "Eingabeart",
  required: "Pflichtangabe",
  options: "Auswahlmöglichkeiten",
  step: "Schritt",
};

function show(facts: FieldFacts, aspect: Aspect): string {
  if (aspect === "required") return facts.required ? "ja" : "nein";
  return facts[aspect] === "" ? "–" : facts[aspect];
}

function Change({ change }: { change: FieldChange }) {
  switch (change.kind) {
    case "added":
      return (
        <>
          <strong>Neu:</strong> {change.after.label} ({change.after.widget}
          {change.after.required ? ", Pflichtangabe" : ""}) im Schritt {change.after.step}
        </>
      );
    case "removed":
      return (
        <>
          <strong>Entfernt:</strong> {change.before.label} (im Schritt {change.before.step})
        </>
      );
    case "changed":
      return (
        <>
          <strong>Geändert:</strong> {change.after.label}
          <ul className="kern-list">
            {change.aspects.map((aspect) => (
              <li key={aspect}>
                {ASPECT_LABELS[aspect]}: {show(change.before, aspect)} → {show(change.after, aspect)}
              </li>
            ))}
          </ul>
        </>
      );
  }
}

/** The changes between two versions as citizens will notice them, field by field. */
export function DiffView({ diff }: { diff: DefinitionDiff }) {
  if (diff.unchanged)
    return (
      <p className="kern-body">Die Felder und Schritte sind unverändert (geändert haben sich höchstens Texte außerhalb der Felder).</p>
    );
  return (
    <div className="kern-stack">
      {diff.steps.length > 0 && (
        <ul className="kern-list diff-list">
          {diff.steps.map((s) => (
            <li key={`${s.kind}-${s.id}`}>
              <strong>{s.kind === "added" ? "Neuer Schritt:" : "Entfernter Schritt:"}</strong> {s.title} ({s.id})
            </li>
          ))}
        </ul>
      )}
      {diff.fields.length > 0 && (
        <ul className="kern-list diff-list">
          {diff.fields.map((change) => (
            <li key={`${change.kind}-${change.pointer}`} className={`diff diff--${change.kind}`}>
              <code>{change.pointer}</code> <Change change={change} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
