import {
  describeConditionChange,
  type Aspect,
  type DefinitionDiff,
  type FieldChange,
  type FieldFacts,
  type StepChange,
} from "~/server/publishing/definition-diff";

const ASPECT_LABELS: Record<Aspect, string> = {
  label: "Beschriftung",
  widget: "Eingabeart",
  required: "Pflichtangabe",
  options: "Auswahlmöglichkeiten",
  step: "Schritt",
  condition: "Bedingung",
};

function show(facts: FieldFacts, aspect: Exclude<Aspect, "condition">): string {
  if (aspect === "required") return facts.required ? "ja" : "nein";
  return facts[aspect] === "" ? "–" : facts[aspect];
}

function AspectChange({ aspect, before, after }: { aspect: Aspect; before: FieldFacts; after: FieldFacts }) {
  if (aspect === "condition") return <>{describeConditionChange(before.condition, after.condition)}</>;
  return (
    <>
      {ASPECT_LABELS[aspect]}: {show(before, aspect)} → {show(after, aspect)}
    </>
  );
}

function StepLine({ change }: { change: StepChange }) {
  if (change.kind === "condition")
    return (
      <>
        <strong>Geänderter Schritt:</strong> {change.title} ({change.id}): {describeConditionChange(change.before, change.after)}
      </>
    );
  return (
    <>
      <strong>{change.kind === "added" ? "Neuer Schritt:" : "Entfernter Schritt:"}</strong> {change.title} ({change.id})
    </>
  );
}

function Change({ change }: { change: FieldChange }) {
  switch (change.kind) {
    case "added":
      return (
        <>
          <strong>Neu:</strong> {change.after.label} – {change.after.widget}
          {change.after.required ? ", Pflichtangabe" : ""} – im Schritt {change.after.step}
          {change.after.condition.schema !== "" && <> – {describeConditionChange({ words: "", schema: "" }, change.after.condition)}</>}
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
                <AspectChange aspect={aspect} before={change.before} after={change.after} />
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
              <StepLine change={s} />
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
