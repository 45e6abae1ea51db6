import { FormAlert } from "~/components/staff/form-alert";
import type { DraftPageResult } from "~/server/publishing/draft-page-actions.http.server";

const NOTICES: Record<string, { tone: "success" | "info"; title: string }> = {
  gespeichert: { tone: "success", title: "Der Entwurf wurde gespeichert. Er ist fehlerfrei und kann veröffentlicht werden." },
  "gespeichert-mit-fehlern": {
    tone: "info",
    title: "Der Entwurf wurde gespeichert. Er enthält noch Fehler; veröffentlichen lässt er sich erst, wenn alle behoben sind.",
  },
};

const REFUSED_TITLES: Record<DraftPageResult["action"], string> = {
  check: "Die Prüfung war nicht möglich",
  save: "Der Entwurf wurde nicht gespeichert",
  publish: "Die Version wurde nicht veröffentlicht",
};

/** The outcome of the last post (a check, or a refusal with what to do) or the notice after a saved draft. */
export function DraftNotice({ result, notice }: { result: DraftPageResult | null; notice: string | null }) {
  if (result?.kind === "checked") {
    return <FormAlert tone={result.problems.length === 0 ? "success" : "info"} title={result.message} />;
  }
  if (result) {
    return (
      <FormAlert tone="danger" title={REFUSED_TITLES[result.action]}>
        <p className="kern-body">{result.message}</p>
      </FormAlert>
    );
  }
  const known = notice ? NOTICES[notice] : undefined;
  return known ? <FormAlert tone={known.tone} title={known.title} /> : null;
}
