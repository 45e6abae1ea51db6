import { useState } from "react";
import type { PageView } from "~/lib/builder/builder-view";
import { deletePage, movePage, setPageText } from "~/lib/builder/operations";
import { AddToList } from "./add-question";
import { pageHeadingId, useBuilder } from "./builder-context";
import { PageConditionEditor } from "./page-condition";
import { ProblemNotes } from "./problem-notes";
import { QuestionCard } from "./question-card";
import { LocalizedInput } from "./text-inputs";

/**
 * One page of the form: title, description, condition, its questions and the palette; moved by
 * buttons (and by dragging), deleted after a warning that names the running applications with
 * answers on it.
 */
export function PageCard({
  page,
  count,
  answers,
  previewHref,
}: {
  page: PageView;
  count: number;
  /** Running citizen drafts with answers on this page (from the database). */
  answers: number;
  /** The page in the real wizard; null while the draft is unsaved or has problems. */
  previewHref: string | null;
}) {
  const { definition, apply } = useBuilder();
  const [confirming, setConfirming] = useState(false);
  const step = definition.steps[page.index]!;
  const base = `seite-${page.index}`;
  const move = (to: number) =>
    apply(movePage(definition, page.index, to), {
      say: `Seite „${step.title.de}“ ist jetzt Seite ${to + 1} von ${count}.`,
      focus: `seite-${to}-${to < page.index ? (to === 0 ? "runter" : "hoch") : to === count - 1 ? "hoch" : "runter"}`,
    });
  const remove = () =>
    apply(deletePage(definition, page.index), {
      say: `Seite „${step.title.de}“ gelöscht.`,
      focus: count > 1 ? pageHeadingId(Math.min(page.index, count - 2)) : "neue-seite-titel",
    });
  return (
    <li
      className="builder-page"
      onDragOver={(e) => e.dataTransfer.types.includes("text/x-builder-page") && e.preventDefault()}
      onDrop={(e) => {
        const from = Number(e.dataTransfer.getData("text/x-builder-page"));
        if (!e.dataTransfer.types.includes("text/x-builder-page") || !Number.isInteger(from)) return;
        e.preventDefault();
        apply(movePage(definition, from, page.index), { say: `Seite an Position ${page.index + 1} verschoben.` });
      }}
    >
      <section className="kern-stack" aria-labelledby={pageHeadingId(page.index)}>
        <div
          className="builder-page__head"
          draggable
          onDragStart={(e) => e.dataTransfer.setData("text/x-builder-page", String(page.index))}
        >
          <h3 className="kern-heading-medium" id={pageHeadingId(page.index)} tabIndex={-1}>
            Seite {page.index + 1}: {step.title.de || "(ohne Titel)"}
          </h3>
          <div className="button-row builder-row-actions">
            <button
              type="button"
              id={`${base}-hoch`}
              className="kern-btn kern-btn--tertiary"
              aria-describedby={pageHeadingId(page.index)}
              disabled={page.index === 0}
              onClick={() => move(page.index - 1)}
            >
              <span className="kern-label">Seite nach oben</span>
            </button>
            <button
              type="button"
              id={`${base}-runter`}
              className="kern-btn kern-btn--tertiary"
              aria-describedby={pageHeadingId(page.index)}
              disabled={page.index === count - 1}
              onClick={() => move(page.index + 1)}
            >
              <span className="kern-label">Seite nach unten</span>
            </button>
            {previewHref ? (
              <a className="kern-link" id={`${base}-vorschau`} href={previewHref} aria-describedby={pageHeadingId(page.index)}>
                Vorschau dieser Seite
              </a>
            ) : (
              <span className="kern-body builder-note">Vorschau nach dem Speichern ohne Probleme</span>
            )}
            <button
              type="button"
              id={`${base}-loeschen`}
              className="kern-btn kern-btn--tertiary"
              aria-describedby={pageHeadingId(page.index)}
              aria-expanded={confirming}
              onClick={() => {
                setConfirming(true);
                requestAnimationFrame(() => document.getElementById(`${base}-loeschen-warnung`)?.focus());
              }}
            >
              <span className="kern-label">Seite löschen</span>
            </button>
          </div>
        </div>
        {confirming && (
          <div
            className="builder-warning kern-stack-sm"
            id={`${base}-loeschen-warnung`}
            tabIndex={-1}
            role="group"
            aria-labelledby={`${base}-loeschen-text`}
          >
            <p className="kern-body kern-body--bold" id={`${base}-loeschen-text`}>
              Seite „{step.title.de}“ mit {step.fields.length === 1 ? "1 Frage" : `${step.fields.length} Fragen`} löschen?
              {answers > 0
                ? ` ${answers === 1 ? "1 laufender Antrag hat" : `${answers} laufende Anträge haben`} bereits Antworten auf dieser Seite. Mit der nächsten Version werden diese Fragen nicht mehr gestellt; bereits begonnene Anträge behalten ihre Version.`
                : " Kein laufender Antrag hat Antworten auf dieser Seite."}
            </p>
            <div className="button-row">
              <button type="button" className="kern-btn kern-btn--primary" onClick={remove}>
                <span className="kern-label">Ja, Seite löschen</span>
              </button>
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                onClick={() => {
                  setConfirming(false);
                  requestAnimationFrame(() => document.getElementById(`${base}-loeschen`)?.focus());
                }}
              >
                <span className="kern-label">Abbrechen</span>
              </button>
            </div>
          </div>
        )}
        <ProblemNotes place={`page:${page.index}`} />
        <LocalizedInput
          id={`${base}-titel`}
          label="Titel der Seite"
          required
          value={step.title}
          onChange={(lang, text) => apply(setPageText(definition, page.index, "title", lang, text))}
        />
        <LocalizedInput
          id={`${base}-beschreibung`}
          label="Beschreibung der Seite"
          multiline
          value={step.description}
          onChange={(lang, text) => apply(setPageText(definition, page.index, "description", lang, text))}
        />
        <PageConditionEditor index={page.index} />
        <h4 className="kern-heading-small">Fragen auf dieser Seite</h4>
        {page.questions.length === 0 && <p className="kern-body">Diese Seite hat noch keine Fragen. Jede Seite braucht mindestens eine.</p>}
        <ol className="builder-questions">
          {page.questions.map((question) => (
            <QuestionCard key={question.field.pointer} question={question} count={page.questions.length} />
          ))}
        </ol>
        <AddToList step={page.index} idBase={`${base}-neu`} />
      </section>
    </li>
  );
}
