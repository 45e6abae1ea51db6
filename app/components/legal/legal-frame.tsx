import type { ReactNode } from "react";
import { KernAlert } from "~/components/kern-alert";
import type { LegalPageBase } from "~/server/legal/legal-pages.server";

/** Every legal page: its heading, whose page it is, the draft note while unconfirmed, the other operators. */
export function LegalFrame({ title, path, base, children }: { title: string; path: string; base: LegalPageBase; children: ReactNode }) {
  const { operator, municipality, otherOperators } = base;
  return (
    <article className="legal-page kern-stack-lg">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{title}</h1>
        <p className="kern-body" data-testid="legal-operator">
          {municipality ? `Für ${municipality.name} – betrieben von ${operator.name}` : `Betrieben von ${operator.name}`}
        </p>
      </hgroup>
      {operator.draft && <LegalDraftNotice />}
      {children}
      {otherOperators.length > 0 && (
        <section aria-labelledby="weitere-betreiber" className="kern-stack">
          <h2 className="kern-heading-medium" id="weitere-betreiber">
            Weitere Betreiber des Portals
          </h2>
          <p className="kern-body">
            Die Seiten einer Gemeinde gehören zu dem Betreiber, der für diese Gemeinde zuständig ist. Die Angaben der anderen Betreiber:
          </p>
          <ul className="kern-list">
            {otherOperators.map((other) => (
              <li key={other.query}>
                <a className="kern-link" href={`${path}${other.query}`}>
                  {other.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

export function LegalDraftNotice() {
  return (
    <KernAlert tone="warning" title="Entwurf – vom Betreiber zu bestätigen">
      <p className="kern-body">
        Der Betreiber hat diese Angaben noch nicht bestätigt. Sie beruhen auf öffentlichen Quellen; Angaben, die noch fehlen, sind als „wird
        ergänzt“ gekennzeichnet.
      </p>
    </KernAlert>
  );
}

/** A fact of the operator, or plainly "wird ergänzt" while nobody has supplied it. */
export function Fact({ value }: { value: string | null }) {
  return <>{value ?? <em>wird ergänzt</em>}</>;
}
