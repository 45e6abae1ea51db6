/** German words for the editorial states and actions. Pure, shared by the editor pages. */
import type { EditorialAction } from "~/server/publishing/editorial-audit.server";
import type { ServiceSummary, VersionSummary } from "~/server/publishing/service-summaries.server";

export function versionStatusLabel(version: Pick<VersionSummary, "status" | "valid" | "version">, current: number | null): string {
  switch (version.status) {
    case "draft":
      return version.valid ? "Entwurf" : "Entwurf (enthält Fehler)";
    case "retired":
      return "eingestellt";
    case "published":
      return current === version.version ? "veröffentlicht (aktuell)" : "veröffentlicht (abgelöst)";
  }
}

export function serviceStatusLabel(service: Pick<ServiceSummary, "retired" | "current" | "draft">): string {
  if (service.retired) return "eingestellt";
  if (service.current !== null) return service.draft !== null ? `veröffentlicht, Entwurf für Version ${service.draft}` : "veröffentlicht";
  return service.draft !== null ? "Entwurf" : "keine Version";
}

export const LEVEL_LABELS = { gemeinde: "Gemeinde (verwaltende Behörde)", kreis: "Landkreis (Landratsamt)" } as const;

const ACTION_LABELS: Record<EditorialAction, string> = {
  "publishing.service.created": "Leistung angelegt",
  "publishing.draft.saved": "Entwurf gespeichert",
  "publishing.version.published": "Version veröffentlicht",
  "publishing.version.retired": "Version eingestellt",
  "publishing.service.retired": "Leistung eingestellt",
  "publishing.offering.changed": "Angebot geändert",
  "publishing.routing-override.set": "Abweichende Zuständigkeit festgelegt",
  "publishing.routing-override.removed": "Abweichende Zuständigkeit aufgehoben",
};

export function actionLabel(action: EditorialAction, details: Record<string, unknown>): string {
  const label = ACTION_LABELS[action] ?? action;
  if (typeof details.version === "number")
    return `${label}: Version ${details.version}${details.valid === false ? " (enthält Fehler)" : ""}`;
  if (Array.isArray(details.added) && Array.isArray(details.removed))
    return `${label}: ${details.added.length} hinzu, ${details.removed.length} entfernt`;
  if (typeof details.municipality === "string")
    return `${label}: Gemeinde ${details.municipality}${typeof details.authority === "string" ? ` → ${details.authority}` : ""}`;
  return label;
}
