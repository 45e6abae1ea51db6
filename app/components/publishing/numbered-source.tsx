/**
 * A definition text with line numbers, read-only: the lines the problem list links to
 * (`#zeile-12`) are marked. Text only — whatever a definition contains is shown, never run.
 */
export function NumberedSource({ text, problemLines, label }: { text: string; problemLines: ReadonlySet<number>; label: string }) {
  const lines = text.replace(/\n$/, "").split("\n");
  return (
    <div className="source-view" role="region" aria-label={label} tabIndex={0}>
      <ol className="source-lines">
        {lines.map((line, index) => {
          const number = index + 1;
          const marked = problemLines.has(number);
          return (
            <li key={number} id={`zeile-${number}`} className={marked ? "source-line source-line--problem" : "source-line"}>
              <code>{line === "" ? " " : line}</code>
              {marked && <span className="kern-sr-only"> (Fehler in dieser Zeile)</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
