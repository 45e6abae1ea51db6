import { Form } from "@remix-run/react";
import type { CaseActionFailure } from "./case-action-result";
import { FormAlert } from "./form-alert";
import { KernSelect } from "~/components/kern-select";

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
      <KernSelect
        id="assignee"
        name="assignee"
        label="Zuweisen an"
        empty={{ label: "niemanden" }}
        defaultValue={assignedToId ?? ""}
        options={colleagues.map((c) => ({ value: c.id, label: c.displayName }))}
      />
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">Zuweisen</span>
        </button>
      </div>
    </Form>
  );
}
