import { Form } from "@remix-run/react";
import { formatDate } from "~/server/cases/dates";
import type { RetentionView } from "~/server/cases/legal-hold.server";

/** When the case will be deleted, or the legal hold that keeps it; the button sets or lifts the hold. */
export function LegalHoldForm({ retention }: { retention: RetentionView }) {
  const held = retention.kind === "held";
  return (
    <Form method="post" className="kern-stack-sm" aria-labelledby="aufbewahrung">
      <h3 className="kern-heading-small" id="aufbewahrung">
        Aufbewahrung
      </h3>
      <p className="kern-body" data-retention={retention.kind}>
        {retention.kind === "held" &&
          `Löschsperre seit ${formatDate(retention.since)}${retention.by ? ` (gesetzt von ${retention.by})` : ""}: Der Vorgang wird nicht gelöscht, solange die Sperre besteht.`}
        {retention.kind === "scheduled" &&
          `Wird gelöscht am ${formatDate(retention.deleteFrom)} (${retention.retentionDays} Tage nach dem Abschluss), mit Anlagen, Eingangsbestätigung und Verlauf.`}
        {retention.kind === "open" &&
          `Der Vorgang ist offen. Nach dem Abschluss oder der Ablehnung wird er ${retention.retentionDays} Tage aufbewahrt und dann gelöscht.`}
      </p>
      <input type="hidden" name="intent" value="legal-hold" />
      <input type="hidden" name="hold" value={held ? "off" : "on"} />
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{held ? "Löschsperre aufheben" : "Löschsperre setzen"}</span>
        </button>
      </div>
    </Form>
  );
}
