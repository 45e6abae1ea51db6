import { Form } from "@remix-run/react";
import type { CaseActionFailure } from "./case-action-result";
import { FormAlert } from "./form-alert";

export function AssignForm({
  colleagues,
  assignedToId,
  revision,
  failure,
}: {
  colleagues: Array<{ id: string; displayName: string }>;
  assignedToId: string | null;
  revision: number;
  failure: CaseActionFailure | null;
}) {
  return (
    <Form method="post" className="kern-stack-sm" aria-label="Vorgang zuweisen">
      <input type="hidden" name="intent" value="assign" />
      <input type="hidden" name="revision" value={revision} />
      {failure && failure.code !== "conflict" && (
        <FormAlert tone="danger" title="Die Zuweisung wurde nicht geändert">
          <p className="kern-body">{failure.message}</p>
        </FormAlert>
      )}
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="assignee">
          Zuweisen an
        </label>
        <div className="kern-form-input__select-wrapper">
          <select className="kern-form-input__select" id="assignee" name="assignee" defaultValue={assignedToId ?? ""}>
            <option value="">niemanden</option>
            {colleagues.map((c) => (
              <option key={c.id} value={c.id}>
                {c.displayName}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">Zuweisen</span>
        </button>
      </div>
    </Form>
  );
}
