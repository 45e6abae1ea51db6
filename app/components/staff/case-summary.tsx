import type { ReactNode } from "react";
import type { CaseView } from "~/server/cases/case-view.server";
import { daysAgo } from "~/server/cases/dates";
import { StatusBadge } from "./status-badge";

export function CaseSummary({ view }: { view: CaseView }) {
  const items: Array<[string, ReactNode]> = [
    ["Status", <StatusBadge key="s" status={view.status} />],
    ["Eingegangen", <time key="t" dateTime={view.receivedIso}>{`${view.received} (${daysAgo(view.ageDays)})`}</time>],
    [
      "Leistung",
      `${view.service.title} (Version ${view.service.version}${view.service.leikaKey ? `, LeiKa ${view.service.leikaKey}` : ""})`,
    ],
    ["Gemeinde", view.municipality.name],
    ["Antragsteller/in", view.applicant.name],
    ["E-Mail", view.applicant.email ?? "keine angegeben – Nachrichten erscheinen nur im Status-Abruf"],
    ["Eingang über", view.channel === "api" ? "Schnittstelle (API)" : "Bürgerportal"],
    ["Anmeldung", identityText(view.identity)],
    ["Zugewiesen an", view.assignedTo?.displayName ?? "niemandem"],
  ];
  return (
    <dl className="kern-description-list">
      {items.map(([key, value]) => (
        <div className="kern-description-list-item" key={key}>
          <dt className="kern-description-list-item__key">{key}</dt>
          <dd className="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** How the case was filed: with a login of which trust level, and which answers came from the identity (ADR 037). */
function identityText(identity: CaseView["identity"]): string {
  if (!identity) return "ohne Anmeldung";
  const level = identity.trustLevel ? `angemeldet, Vertrauensniveau ${identity.trustLevel}` : "nicht angemeldet";
  const taken =
    identity.prefilled.length > 0 ? `; aus dem Nutzerkonto übernommen: ${identity.prefilled.join(", ")}` : "; keine Angaben übernommen";
  return `${level}${taken}`;
}
