import type { CaseView } from "~/server/cases/case-view.server";
import { STATUS_LABELS } from "~/server/cases/lifecycle";

type Entry = CaseView["history"][number];

function what(entry: Entry): string {
  switch (entry.kind) {
    case "submitted":
      return "Antrag eingegangen";
    case "transition":
      if (entry.actorKind === "citizen" && entry.toStatus === "zurueckgezogen") return "Antrag zurückgezogen";
      if (entry.actorKind === "citizen" && entry.fromStatus === "rueckfrage")
        return "Antwort auf die Rückfrage eingegangen: Status Rückfrage → In Bearbeitung";
      return entry.fromStatus && entry.toStatus
        ? `Status: ${STATUS_LABELS[entry.fromStatus]} → ${STATUS_LABELS[entry.toStatus]}`
        : "Status geändert";
    case "assigned":
      return "Zuweisung";
    case "note":
      return "Interner Vermerk";
  }
}

function who(entry: Entry): string {
  if (entry.actorKind === "citizen") return "Antragsteller/in";
  if (entry.actorKind === "system") return "System";
  if (entry.actorKind === "api") return entry.actorName ? `Schnittstelle: ${entry.actorName}` : "Schnittstelle";
  return entry.actorName ?? "Verwaltung";
}

/** The case's history, newest first: every transition with who, when, from, to and why. */
export function CaseHistory({ entries }: { entries: CaseView["history"] }) {
  return (
    <ol className="case-history" reversed>
      {entries.map((entry) => (
        <li key={entry.id} className="case-history__entry">
          <p className="kern-body">
            <strong>{what(entry)}</strong>
            <br />
            <span className="kern-body--small">
              <time dateTime={entry.at}>{entry.when}</time> · {who(entry)}
            </span>
          </p>
          {entry.note && entry.kind === "assigned" && <p className="kern-body">{entry.note}</p>}
          {entry.note && entry.kind !== "assigned" && (
            <p className="kern-body preserve-lines">
              <span className="kern-body--bold">
                {entry.kind === "note"
                  ? "Vermerk"
                  : entry.actorKind === "citizen"
                    ? "Grund der antragstellenden Person"
                    : "Begründung/Vermerk"}
                :{" "}
              </span>
              {entry.note}
            </p>
          )}
          {entry.citizenMessage && (
            <p className="kern-body preserve-lines">
              <span className="kern-body--bold">Nachricht an die antragstellende Person: </span>
              {entry.citizenMessage}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
