import {
  clausesToSchema,
  comparisonOperators,
  describeCondition,
  isComparisonOperator,
  schemaToClauses,
  type ConditionClause,
  type ConditionInWords,
  type ConditionOperator,
  type ConditionValue,
} from "~/engine/condition-clauses";
import type { FieldDefinition, JsonSchema } from "~/engine/types";

/** A question whose answer may control a condition: on an earlier page, or earlier on the same page (or item). */
export interface ConditionCandidate {
  pointer: string;
  field: FieldDefinition;
}

const OPERATORS: Record<ConditionOperator, string> = {
  is: "ist",
  isNot: "ist nicht",
  isOneOf: "ist eine von",
  isNoneOf: "ist keine von",
  isFilled: "ist ausgefüllt",
  isEmpty: "ist leer",
  isTicked: "ist angekreuzt",
  isNotTicked: "ist nicht angekreuzt",
  isGreaterThan: "ist größer als",
  isAtLeast: "ist mindestens",
  isLessThan: "ist kleiner als",
  isAtMost: "ist höchstens",
};

function operatorsFor(field: FieldDefinition): ConditionOperator[] {
  if (field.widget === "checkbox") return ["isTicked", "isNotTicked"];
  if (field.widget === "checkboxes") return ["isTicked", "isNotTicked", "isFilled", "isEmpty"];
  if (field.options) return ["is", "isNot", "isOneOf", "isNoneOf", "isFilled", "isEmpty"];
  if (field.widget === "number") return ["is", "isNot", ...comparisonOperators, "isFilled", "isEmpty"];
  return ["is", "isNot", "isFilled", "isEmpty"];
}

/** A sensible first clause on a question: its first answer for choices, ticked for a checkbox, else "filled". */
function firstClause(candidate: ConditionCandidate): ConditionClause {
  const { field } = candidate;
  if (field.widget === "checkbox") return { pointer: candidate.pointer, operator: "isTicked" };
  if (field.widget === "checkboxes") return { pointer: candidate.pointer, operator: "isTicked", values: [field.options![0]!.value] };
  if (field.options?.length) return { pointer: candidate.pointer, operator: "is", values: [field.options[0]!.value] };
  return { pointer: candidate.pointer, operator: "isFilled" };
}

function clauseFor(
  candidate: ConditionCandidate,
  operator: ConditionOperator,
  previous: readonly ConditionValue[] | undefined,
): ConditionClause {
  const options = candidate.field.options ?? [];
  const first = options[0]?.value;
  if (isComparisonOperator(operator)) {
    return { pointer: candidate.pointer, operator, values: [typeof previous?.[0] === "number" ? previous[0] : 0] };
  }
  switch (operator) {
    case "isFilled":
    case "isEmpty":
      return { pointer: candidate.pointer, operator };
    case "isTicked":
    case "isNotTicked":
      return candidate.field.widget === "checkboxes"
        ? { pointer: candidate.pointer, operator, values: previous?.length ? previous : first !== undefined ? [first] : [] }
        : { pointer: candidate.pointer, operator };
    case "is":
    case "isNot":
      return { pointer: candidate.pointer, operator, values: [previous?.[0] ?? first ?? ""] };
    default:
      return { pointer: candidate.pointer, operator, values: previous?.length ? previous : first !== undefined ? [first] : [] };
  }
}

/**
 * "Nur zeigen, wenn …" in words: clauses on earlier questions, combined with all/any. The builder
 * writes the JSON Schema (condition-clauses.ts); a condition words cannot say stays read-only.
 */
export function ConditionEditor({
  id,
  legend,
  addLabel,
  when,
  candidates,
  onChange,
}: {
  id: string;
  legend: string;
  addLabel: string;
  when: JsonSchema | undefined;
  candidates: ConditionCandidate[];
  onChange: (when: JsonSchema | null, say: string, focus?: string) => void;
}) {
  const condition = when === undefined ? null : schemaToClauses(when);
  const byPointer = new Map(candidates.map((c) => [c.pointer, c]));
  const labelOf = (pointer: string) => {
    const candidate = byPointer.get(pointer);
    if (!candidate) return undefined;
    return {
      label: candidate.field.label.de,
      optionLabel: (value: ConditionValue) => candidate.field.options?.find((o) => o.value === value)?.label.de ?? String(value),
    };
  };
  const write = (next: ConditionInWords, say: string, focus?: string) =>
    onChange(next.clauses.length === 0 ? null : clausesToSchema(next), say, focus);

  if (when !== undefined && condition === null) {
    return (
      <div className="builder-expert kern-stack-sm">
        <p className="kern-label">{legend} (Expertenangabe, bleibt beim Speichern erhalten)</p>
        <pre className="builder-code" tabIndex={0} role="region" aria-label={legend}>
          {JSON.stringify(when, null, 2)}
        </pre>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => onChange(null, "Bedingung entfernt.", `${id}-neu`)}>
          <span className="kern-label">Bedingung entfernen</span>
        </button>
      </div>
    );
  }
  if (!condition) {
    return (
      <div>
        {candidates.length === 0 ? (
          <p className="kern-body builder-note">{legend}: möglich, sobald davor eine Frage steht, auf deren Antwort es ankommt.</p>
        ) : (
          <button
            type="button"
            id={`${id}-neu`}
            className="kern-btn kern-btn--secondary"
            onClick={() => write({ combine: "all", clauses: [firstClause(candidates[0]!)] }, "Bedingung hinzugefügt.", `${id}-0-frage`)}
          >
            <span className="kern-label">{addLabel}</span>
          </button>
        )}
      </div>
    );
  }
  const setClause = (index: number, clause: ConditionClause) =>
    write({ ...condition, clauses: condition.clauses.map((c, i) => (i === index ? clause : c)) }, "");
  return (
    <fieldset className="kern-fieldset builder-condition">
      <legend className="kern-label">{legend}</legend>
      <p className="kern-body" id={`${id}-worte`}>
        {describeCondition(condition, labelOf, "de")}.
      </p>
      {condition.clauses.length > 1 && (
        <div className="kern-fieldset__body">
          {(
            [
              ["all", "alle Bedingungen erfüllt sind"],
              ["any", "mindestens eine Bedingung erfüllt ist"],
            ] as const
          ).map(([combine, label]) => (
            <div className="kern-form-check" key={combine}>
              <input
                className="kern-form-check__radio"
                type="radio"
                name={`${id}-verknuepfung`}
                id={`${id}-${combine}`}
                checked={condition.combine === combine}
                onChange={() => write({ ...condition, combine }, "")}
              />
              <label className="kern-label" htmlFor={`${id}-${combine}`}>
                Zeigen, wenn {label}
              </label>
            </div>
          ))}
        </div>
      )}
      <ol className="builder-clauses">
        {condition.clauses.map((clause, index) => {
          const candidate = byPointer.get(clause.pointer);
          const base = `${id}-${index}`;
          return (
            <li key={index} className="builder-clause">
              <div className="kern-form-input">
                <label className="kern-label" htmlFor={`${base}-frage`}>
                  Frage
                </label>
                <div className="kern-form-input__select-wrapper">
                  <select
                    id={`${base}-frage`}
                    className="kern-form-input__select"
                    value={clause.pointer}
                    onChange={(e) => setClause(index, firstClause(byPointer.get(e.target.value)!))}
                  >
                    {!candidate && <option value={clause.pointer}>{clause.pointer} (keine Frage davor)</option>}
                    {candidates.map((c) => (
                      <option key={c.pointer} value={c.pointer}>
                        {c.field.label.de}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              {candidate && (
                <div className="kern-form-input">
                  <label className="kern-label" htmlFor={`${base}-vergleich`}>
                    Bedingung
                  </label>
                  <div className="kern-form-input__select-wrapper">
                    <select
                      id={`${base}-vergleich`}
                      className="kern-form-input__select"
                      value={clause.operator}
                      onChange={(e) => setClause(index, clauseFor(candidate, e.target.value as ConditionOperator, clause.values))}
                    >
                      {operatorsFor(candidate.field).map((operator) => (
                        <option key={operator} value={operator}>
                          {OPERATORS[operator]}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
              )}
              {candidate && <ClauseValues id={base} clause={clause} candidate={candidate} onChange={(c) => setClause(index, c)} />}
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                onClick={() =>
                  write(
                    { ...condition, clauses: condition.clauses.filter((_, i) => i !== index) },
                    condition.clauses.length === 1 ? "Bedingung entfernt." : `Bedingung ${index + 1} entfernt.`,
                    condition.clauses.length === 1 ? `${id}-neu` : `${id}-weitere`,
                  )
                }
              >
                <span className="kern-label">Bedingung {index + 1} entfernen</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={`${id}-weitere`}
        className="kern-btn kern-btn--secondary"
        onClick={() =>
          write(
            { ...condition, clauses: [...condition.clauses, firstClause(candidates[0]!)] },
            "Weitere Bedingung hinzugefügt.",
            `${id}-${condition.clauses.length}-frage`,
          )
        }
      >
        <span className="kern-label">Weitere Bedingung</span>
      </button>
    </fieldset>
  );
}

function ClauseValues({
  id,
  clause,
  candidate,
  onChange,
}: {
  id: string;
  clause: ConditionClause;
  candidate: ConditionCandidate;
  onChange: (clause: ConditionClause) => void;
}) {
  const { field } = candidate;
  const values = clause.values ?? [];
  const many = clause.operator === "isOneOf" || clause.operator === "isNoneOf" || (field.widget === "checkboxes" && values.length > 0);
  if (clause.operator === "isFilled" || clause.operator === "isEmpty" || (field.widget === "checkbox" && !many)) return null;
  if (many && field.options) {
    return (
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Antworten</legend>
        <div className="kern-fieldset__body">
          {field.options.map((option, index) => (
            <div className="kern-form-check" key={index}>
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={`${id}-wert-${index}`}
                checked={values.includes(option.value)}
                onChange={(e) =>
                  onChange({
                    ...clause,
                    values: e.target.checked ? [...values, option.value] : values.filter((v) => v !== option.value),
                  })
                }
              />
              <label className="kern-label" htmlFor={`${id}-wert-${index}`}>
                {option.label.de}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  }
  if (field.options) {
    const index = field.options.findIndex((o) => o.value === values[0]);
    return (
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${id}-wert`}>
          Antwort
        </label>
        <div className="kern-form-input__select-wrapper">
          <select
            id={`${id}-wert`}
            className="kern-form-input__select"
            value={String(index)}
            onChange={(e) => onChange({ ...clause, values: [field.options![Number(e.target.value)]!.value] })}
          >
            {field.options.map((option, i) => (
              <option key={i} value={String(i)}>
                {option.label.de}
              </option>
            ))}
          </select>
        </div>
      </div>
    );
  }
  if (isComparisonOperator(clause.operator)) {
    return (
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${id}-wert`}>
          Zahl
        </label>
        <input
          id={`${id}-wert`}
          className="kern-form-input__input"
          type="number"
          step="any"
          value={String(values[0] ?? 0)}
          // A comparison needs a number: a half-typed entry ("-") keeps the last number.
          onChange={(e) => Number.isFinite(e.target.valueAsNumber) && onChange({ ...clause, values: [e.target.valueAsNumber] })}
        />
      </div>
    );
  }
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={`${id}-wert`}>
        Antwort
      </label>
      <input
        id={`${id}-wert`}
        className="kern-form-input__input"
        value={String(values[0] ?? "")}
        onChange={(e) => {
          const number = Number(e.target.value.replace(",", "."));
          const value = field.widget === "number" && e.target.value.trim() !== "" && Number.isFinite(number) ? number : e.target.value;
          onChange({ ...clause, values: [value] });
        }}
      />
    </div>
  );
}
