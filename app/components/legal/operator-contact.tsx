import type { OperatorView } from "~/server/legal/operators.server";
import { Fact } from "./legal-frame";

/** The operator's postal address and contact, as the Impressum and the accessibility statement name it. */
export function OperatorContact({ operator }: { operator: OperatorView }) {
  return (
    <address className="kern-body">
      <strong>{operator.name}</strong>
      {operator.legalForm && (
        <>
          <br />
          {operator.legalForm}
        </>
      )}
      <br />
      <Fact value={operator.street} />
      <br />
      {[operator.postalCode, operator.city].filter(Boolean).join(" ")}
      <br />
      E-Mail:{" "}
      <a className="kern-link" href={`mailto:${operator.email}`}>
        {operator.email}
      </a>
      {operator.phone && (
        <>
          <br />
          Telefon: {operator.phone}
        </>
      )}
    </address>
  );
}
