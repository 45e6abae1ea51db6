const MEDIA_TYPES: ReadonlyArray<{ type: string; label: string }> = [
  { type: "application/pdf", label: "PDF" },
  { type: "image/jpeg", label: "JPEG-Bild" },
  { type: "image/png", label: "PNG-Bild" },
  { type: "image/heic", label: "HEIC-Bild (iPhone)" },
  { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word-Dokument (DOCX)" },
];

const MB = 1024 * 1024;

/** Allowed file types and the size limit per file of an upload question. */
export function FileSettings({
  id,
  accept,
  maxBytes,
  onChange,
}: {
  id: string;
  accept: string[];
  maxBytes: number | undefined;
  onChange: (patch: { accept?: string[]; maxBytes?: number | null }) => void;
}) {
  const known = new Set(MEDIA_TYPES.map((m) => m.type));
  const others = accept.filter((type) => !known.has(type));
  return (
    <div className="kern-stack-sm">
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Erlaubte Dateiarten</legend>
        <div className="kern-fieldset__body">
          {MEDIA_TYPES.map((media) => (
            <div className="kern-form-check" key={media.type}>
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={`${id}-art-${media.type.replace(/[^a-z0-9]/g, "-")}`}
                checked={accept.includes(media.type)}
                onChange={(e) =>
                  onChange({ accept: e.target.checked ? [...accept, media.type] : accept.filter((type) => type !== media.type) })
                }
              />
              <label className="kern-label" htmlFor={`${id}-art-${media.type.replace(/[^a-z0-9]/g, "-")}`}>
                {media.label}
              </label>
            </div>
          ))}
          {others.length > 0 && <p className="kern-body builder-note">Außerdem (Expertenangabe): {others.join(", ")}</p>}
        </div>
      </fieldset>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${id}-groesse`}>
          Größte Datei in MB
        </label>
        <div className="kern-form-input__select-wrapper">
          <select
            id={`${id}-groesse`}
            className="kern-form-input__select"
            value={maxBytes === undefined ? "" : String(maxBytes)}
            onChange={(e) => onChange({ maxBytes: e.target.value === "" ? null : Number(e.target.value) })}
          >
            <option value="">Voreinstellung des Portals</option>
            {[1, 2, 5, 10, 20].map((mb) => (
              <option key={mb} value={String(mb * MB)}>
                {mb} MB
              </option>
            ))}
            {maxBytes !== undefined && ![1, 2, 5, 10, 20].some((mb) => mb * MB === maxBytes) && (
              <option value={String(maxBytes)}>{(maxBytes / MB).toLocaleString("de-DE", { maximumFractionDigits: 2 })} MB</option>
            )}
          </select>
        </div>
      </div>
    </div>
  );
}
