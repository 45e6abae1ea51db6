import { Form } from "@remix-run/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FormDefinition } from "~/engine/types";
import { openDefinition } from "~/lib/builder/builder-view";
import { addPage } from "~/lib/builder/operations";
import { BuilderContext, pageHeadingId, type Apply, type BuilderContextValue } from "./builder-context";
import { ExpertParts } from "./expert-parts";
import { FactsEditor } from "./facts-editor";
import { PageCard } from "./page-card";
import { PublishedDiffSummary, type PublishedComparison } from "./published-diff-summary";
import { wordProblem } from "./problem-notes";
import { placeProblems } from "./problem-places";
import { useLiveCheck } from "./use-live-check";

export interface FormBuilderProps {
  initial: FormDefinition;
  /** Where the save posts (the draft page's own action) and its basis for concurrent saves. */
  basis?: string;
  newService: boolean;
  /** Link to a page in the real wizard, while the stored draft is what the builder shows. */
  previewHref: ((stepId: string) => string) | null;
  answersByPage: Record<string, number>;
  submitLabel: string;
  /** The published version to count changes against (an existing service's builder); absent for a new service. */
  published?: PublishedComparison | null;
}

const definitionText = (definition: FormDefinition) => `${JSON.stringify(definition, null, 2)}\n`;

/**
 * The form builder: service facts, pages and questions edited through pure operations on the
 * definition, checked live by the server's forms:check, saved through the draft page's form.
 */
export function FormBuilder({ initial, basis, newService, previewHref, answersByPage, submitLabel, published }: FormBuilderProps) {
  const [definition, setDefinition] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  /** The element to focus once the definition a change made is on the page. */
  const focusTarget = useRef<{ id: string; after: FormDefinition } | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [newPageTitle, setNewPageTitle] = useState("");
  const [initialText] = useState(() => definitionText(initial));
  const text = useMemo(() => definitionText(definition), [definition]);
  const dirty = text !== initialText;
  const view = useMemo(() => openDefinition(definition), [definition]);
  const check = useLiveCheck(text);
  const places = useMemo(() => placeProblems(definition, view, check.problems), [definition, view, check.problems]);

  const apply: Apply = useCallback((next, change) => {
    setDefinition(next);
    if (change?.say) setAnnouncement(change.say);
    if (change?.focus) focusTarget.current = { id: change.focus, after: next };
  }, []);
  // After add, move and delete the element the change names takes focus, once it is rendered.
  // Effects of an earlier render (a live check's answer) may still run after the change and
  // before its own render, when the element is not there yet: those leave the target alone.
  useEffect(() => {
    const pending = focusTarget.current;
    if (!pending || pending.after !== definition) return;
    focusTarget.current = null;
    const target = pending.id;
    const element = document.getElementById(target);
    element?.focus();
    // A button disabled at the end of the list cannot take focus; the row's edit button can.
    if (element && document.activeElement !== element) document.getElementById(target.replace(/-(hoch|runter)$/, "-bearbeiten"))?.focus();
  });

  const labels = useMemo(() => {
    const map = new Map<string, string>();
    for (const step of definition.steps) for (const field of step.fields) map.set(field.pointer, field.label.de);
    return map;
  }, [definition]);
  const context: BuilderContextValue = {
    definition,
    apply,
    problemsAt: (place) => places.get(place) ?? [],
    labelOf: (pointer) => labels.get(pointer),
    expanded,
    toggle: (key) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
  };
  const general = places.get("general") ?? [];
  const addNewPage = () => {
    const title = newPageTitle.trim();
    if (title === "") {
      document.getElementById("neue-seite-titel")?.focus();
      setAnnouncement("Bitte geben Sie zuerst den Titel der neuen Seite ein.");
      return;
    }
    const added = addPage(definition, title);
    setNewPageTitle("");
    apply(added.definition, { say: `Seite „${title}“ als Seite ${added.index + 1} hinzugefügt.`, focus: pageHeadingId(added.index) });
  };

  return (
    <BuilderContext.Provider value={context}>
      <div className="builder kern-stack-lg">
        <p className="kern-sr-only" role="status" aria-live="polite">
          {announcement}
        </p>
        <section className="builder-status kern-stack-sm" aria-labelledby="pruefung-titel">
          <h2 className="kern-heading-small" id="pruefung-titel">
            Prüfung
          </h2>
          <p className="kern-body">
            {check.state === "checking"
              ? "Wird geprüft …"
              : check.state === "failed"
                ? `Die Prüfung war nicht möglich: ${check.message}`
                : check.problems.length === 0
                  ? "Keine Probleme gefunden."
                  : `${check.problems.length === 1 ? "1 Problem" : `${check.problems.length} Probleme`} gefunden; jedes steht an der Stelle, die es betrifft.`}
            {dirty ? " Es gibt ungespeicherte Änderungen." : ""}
          </p>
          {general.length > 0 && (
            <ul className="builder-problems" aria-label="Probleme ohne eigene Stelle">
              {general.map((problem, index) => (
                <li key={index} className="kern-error builder-problem">
                  {wordProblem(problem, (pointer) => labels.get(pointer))}
                </li>
              ))}
            </ul>
          )}
          <Form method="post" encType="multipart/form-data" className="button-row">
            <input type="hidden" name="definition" value={text} />
            <input type="hidden" name="ansicht" value="baukasten" />
            {basis !== undefined && <input type="hidden" name="basis" value={basis} />}
            <button type="submit" name="intent" value="save" className="kern-btn kern-btn--primary">
              <span className="kern-label">{submitLabel}</span>
            </button>
          </Form>
          {published && <PublishedDiffSummary published={published} definition={definition} />}
        </section>
        <FactsEditor newService={newService} />
        <section className="kern-stack" aria-labelledby="seiten-titel">
          <h2 className="kern-heading-medium" id="seiten-titel">
            Seiten
          </h2>
          <ol className="builder-pages">
            {view.pages.map((page) => (
              <PageCard
                key={page.id}
                page={page}
                count={view.pages.length}
                answers={answersByPage[page.id] ?? 0}
                previewHref={previewHref && !dirty && check.problems.length === 0 ? previewHref(page.id) : null}
              />
            ))}
          </ol>
          <div className="builder-palette__row">
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="neue-seite-titel">
                Titel der neuen Seite
              </label>
              <input
                id="neue-seite-titel"
                className="kern-form-input__input"
                value={newPageTitle}
                onChange={(e) => setNewPageTitle(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    addNewPage();
                  }
                }}
              />
            </div>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={addNewPage}>
              <span className="kern-label">Seite hinzufügen</span>
            </button>
          </div>
        </section>
        <ExpertParts parts={view.expertParts} />
      </div>
    </BuilderContext.Provider>
  );
}
