import type { ImportReport, ReportLine } from "~/server/fim/report";

function Lines({ id, title, lines }: { id: string; title: string; lines: ReportLine[] }) {
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby={id} className="kern-stack">
      <h3 className="kern-heading-small" id={id}>
        {title} ({lines.length})
      </h3>
      <ul className="kern-list">
        {lines.map((line, index) => (
          <li key={index} className="kern-body">
            {line.element && <code>{line.element}</code>} {line.pointer && <code>{line.pointer}</code>} {line.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The import report: counts, rule statistics, what was approximated, what the editor must decide, untranslated rules. */
export function FimReport({ report }: { report: ImportReport }) {
  const stats = report.ruleStats;
  const open = report.rules.filter((rule) => rule.status !== "translated");
  return (
    <section aria-labelledby="fim-bericht" className="kern-stack fim-report">
      <h2 className="kern-heading-medium" id="fim-bericht">
        Bericht zum Import
      </h2>
      <p className="kern-body">
        {report.schemaId}
        {report.schemaVersion ? ` (Version ${report.schemaVersion})` : ""}: {report.name}. Standard{" "}
        {report.standard === "xdf2" ? "XDatenfelder 2" : "XDatenfelder 3"}; {report.counts.fields} Felder, {report.counts.groups} Gruppen,{" "}
        {report.counts.steps} Schritte, {report.counts.codeLists} Code-Listen übernommen.
      </p>
      <p className="kern-body">
        Regeln: {stats.total}, davon {stats.translated} übersetzt, {stats.partly} teilweise und {stats.notTranslated} nicht übersetzt.
      </p>
      <Lines id="fim-entscheidungen" title="Entscheidung der Redaktion nötig" lines={report.decisions} />
      <Lines id="fim-angenaehert" title="Angenähert" lines={report.approximated} />
      {open.length > 0 && (
        <section aria-labelledby="fim-regeln" className="kern-stack">
          <h3 className="kern-heading-small" id="fim-regeln">
            Nicht übersetzte Regeln ({open.length})
          </h3>
          <ul className="kern-list">
            {open.map((rule, index) => (
              <li key={index} className="kern-body">
                <code>{rule.id}</code> „{rule.name}“: nicht übersetzt –{" "}
                {rule.sentences
                  .filter((s) => !s.translated)
                  .map((s) => s.reason)
                  .join("; ")}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
