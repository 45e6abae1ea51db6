const NOTICES: Record<string, string> = {
  ende: "Hier würde der Antrag jetzt eingereicht. In der Vorschau wird nichts eingereicht und kein Vorgang angelegt.",
  "zu-lang": "Ihre Testeingaben sind zu lang, um sie in der Vorschau weiterzutragen. Bitte verwenden Sie kürzere Testeingaben.",
};

/** Marks every preview page as such: which version, and that nothing entered here is stored. */
export function PreviewBanner({ info, notice }: { info: { version: number; status: string; title: string }; notice: string | null }) {
  const state = info.status === "draft" ? "Entwurf" : info.status === "retired" ? "eingestellt" : "veröffentlicht";
  const message = notice ? NOTICES[notice] : undefined;
  return (
    <div className="preview-banner" role="note" aria-label="Vorschau">
      <p className="kern-body">
        <strong>Vorschau</strong> von „{info.title}“, Version {info.version} ({state}) – so sehen Bürgerinnen und Bürger das Formular. Ihre
        Testeingaben werden nicht gespeichert.
      </p>
      {message && (
        <p className="kern-body" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
