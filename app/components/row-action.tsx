import { Form } from "@remix-run/react";

/**
 * A small button that posts one action for one row of a staff table or list ("Einstellen",
 * "Deaktivieren", "Widerrufen"). `target` names the row for screen readers, since every row
 * carries a button with the same visible label.
 */
export function RowAction({
  intent,
  fields,
  label,
  target,
}: {
  intent: string;
  fields: Record<string, string | number>;
  label: string;
  target: string;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="kern-btn kern-btn--tertiary kern-btn--x-small">
        <span className="kern-label">
          {label}
          <span className="kern-sr-only">: {target}</span>
        </span>
      </button>
    </Form>
  );
}
