import type { AuthorityView } from "~/server/municipalities.server";

const kindLabels: Record<AuthorityView["kind"], string> = {
  landratsamt: "Landratsamt",
  verwaltungsgemeinschaft: "Verwaltungsgemeinschaft",
  "erfuellende-gemeinde": "erfüllende Gemeinde",
  gemeinde: "eigene Verwaltung",
};

export function authorityKindLabel(kind: AuthorityView["kind"]): string {
  return kindLabels[kind];
}

export function AuthorityKindLabel({ kind }: { kind: AuthorityView["kind"] }) {
  return <span className="kern-badge kern-badge--info kern-badge--small">{kindLabels[kind]}</span>;
}

/** Postal address and contact of an authority; says plainly when the address has not been supplied yet. */
export function AuthorityContact({ authority }: { authority: AuthorityView }) {
  const hasAddress = authority.street || authority.postalCode || authority.city;
  return (
    <address className="address kern-body">
      <strong>{authority.name}</strong>
      <br />
      {hasAddress ? (
        <>
          {authority.street && (
            <>
              {authority.street}
              <br />
            </>
          )}
          {[authority.postalCode, authority.city].filter(Boolean).join(" ")}
        </>
      ) : (
        <span>Die Anschrift wird gerade vom Landkreis ergänzt.</span>
      )}
      {authority.email && (
        <>
          <br />
          E-Mail:{" "}
          <a className="kern-link" href={`mailto:${authority.email}`}>
            {authority.email}
          </a>
        </>
      )}
      {authority.phone && (
        <>
          <br />
          Telefon: {authority.phone}
        </>
      )}
    </address>
  );
}
