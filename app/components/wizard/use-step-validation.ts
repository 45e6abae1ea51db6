/**
 * Instant feedback with JavaScript: the step's answers go through the same machine the server
 * runs (restored from the draft's accepted answers, the same applyStepPost), with the form
 * version's standalone validators. On submit a refused step shows the error summary without a
 * round trip; on blur a field shows or clears its own message. The server stays the truth:
 * an accepted step is posted and checked again there.
 */
import { useCallback, useEffect, useRef, useState, type FocusEvent, type FormEvent } from "react";
import { parseStepSubmission } from "~/engine/form-submission";
import type { FormRuntime } from "~/engine/runtime";
import { restoreState } from "~/engine/transition";
import type { FieldError } from "~/engine/types";
import { applyStepPost } from "~/server/wizard/step-events";
import { browserEntries, checkChosenFile, fileRuleFor, pointerOfInput } from "./browser-entries";
import { useFormRuntime } from "./use-form-runtime";
import { useT, type Translate } from "~/lib/i18n/use-translation";
import { ACTION_FIELD, VIA_FIELD, type StepPageData } from "../../server/wizard/view-model";

export interface StepValidation {
  /** Errors to show; null: show the server's. */
  errors: FieldError[] | null;
  /** Bumped by every refused submit: the summary takes focus again. */
  attempt: number;
  /** The browser validators are loaded (until then the server checks alone). */
  ready: boolean;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  onBlur(event: FocusEvent<HTMLFormElement>): void;
  onChange(event: FormEvent<HTMLFormElement>): void;
}

function validate(runtime: FormRuntime, form: HTMLFormElement, page: StepPageData, t: Translate): FieldError[] {
  const { entries, issues } = browserEntries(form, page, t);
  const answers = parseStepSubmission(runtime, page.step.id, entries);
  const viaReview = new FormData(form).get(VIA_FIELD) === "pruefen";
  const outcome = applyStepPost(runtime, restoreState(runtime, page.machine), page.step.id, answers, { viaReview, lang: page.lang });
  const errors = outcome.kind === "refused" ? outcome.errors : [];
  return [...issues, ...errors.filter((error) => !issues.some((issue) => issue.pointer === error.pointer))];
}

function hasValue(form: HTMLFormElement, pointer: string): boolean {
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
    if (pointerOfInput(element) !== pointer) continue;
    if (element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox")) {
      if (element.checked) return true;
    } else if (element.value.trim() !== "") return true;
  }
  return false;
}

export function useStepValidation(page: StepPageData, formKey: string): StepValidation {
  const t = useT();
  // Client-side errors belong to one rendering of the page (formKey): after a navigation the
  // server's errors show at once, in the same render that moves focus.
  const [clientErrors, setClientErrors] = useState<{ key: string; errors: FieldError[] } | null>(null);
  const errors = clientErrors?.key === formKey ? clientErrors.errors : null;
  const setErrors = useCallback(
    (next: FieldError[] | null | ((shown: FieldError[] | null) => FieldError[] | null)) =>
      setClientErrors((previous) => {
        const shown = previous?.key === formKey ? previous.errors : null;
        const value = typeof next === "function" ? next(shown) : next;
        return value === null ? null : { key: formKey, errors: value };
      }),
    [formKey],
  );
  const [attempt, setAttempt] = useState(0);
  const [ready, setReady] = useState(false);
  const markReady = useCallback(() => setReady(true), []);
  // Without the validators the server checks everything, as without JavaScript.
  const runtime = useFormRuntime(page.formKey, true, markReady);

  const currentKey = useRef(formKey);
  useEffect(() => {
    currentKey.current = formKey;
  }, [formKey]);

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      const action = submitter?.getAttribute("name") === ACTION_FIELD ? submitter.getAttribute("value") : "weiter";
      if (action !== "weiter" || !runtime.current) return; // add/remove/save: the server keeps what was typed
      const found = validate(runtime.current, event.currentTarget, page, t);
      if (found.length === 0) return;
      event.preventDefault();
      setErrors(found);
      setAttempt((count) => count + 1);
    },
    [page, runtime, setErrors, t],
  );

  const updateField = useCallback(
    (form: HTMLFormElement, pointer: string, fresh: FieldError[]) => {
      setErrors((shown) => {
        const current = shown ?? page.errors;
        const own = fresh.find((error) => error.pointer === pointer);
        // An empty field is not nagged about until the citizen submits; a shown message is updated.
        const wasShown = current.some((error) => error.pointer === pointer);
        const keep = own && (wasShown || hasValue(form, pointer));
        const others = current.filter((error) => error.pointer !== pointer);
        if (!keep) return others;
        const order = (error: FieldError) => fresh.findIndex((candidate) => candidate.pointer === error.pointer);
        return [...others, own].sort((a, b) => order(a) - order(b));
      });
    },
    [page.errors, setErrors],
  );

  const onBlur = useCallback(
    (event: FocusEvent<HTMLFormElement>) => {
      const target = event.target as Element;
      if (!runtime.current || target instanceof HTMLButtonElement || (target instanceof HTMLInputElement && target.type === "file")) return;
      const pointer = pointerOfInput(target);
      if (!pointer) return;
      const next = event.relatedTarget instanceof Element ? event.relatedTarget : null;
      // Pressing a button: the submit checks everything, and a message appearing now would move
      // the button away under the pointer before the click completes.
      if (next instanceof HTMLButtonElement) return;
      // Moving between the day, month and year of one date is not leaving the field.
      if (next && pointerOfInput(next) === pointer && target.closest("[data-date-field]")) return;
      const form = event.currentTarget;
      const check = () => {
        if (!runtime.current || currentKey.current !== formKey || !form.isConnected) return;
        updateField(form, pointer, validate(runtime.current, form, page, t));
      };
      // Focus went nowhere (a click on a button some browsers do not focus, or on text): wait
      // until that click is done, so the message cannot move its target away mid-click.
      if (next === null) window.setTimeout(check, 250);
      else check();
    },
    [page, runtime, updateField, formKey, t],
  );

  /** A chosen file is checked at once: type and size, before anything is uploaded. */
  const onChange = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const input = event.target as HTMLInputElement;
      if (input.type !== "file") return;
      const rule = fileRuleFor(page.step.fields, input.name);
      if (!rule) return;
      const problems = Array.from(input.files ?? [])
        .map((file) => checkChosenFile(rule, file, input.name, page.lang, t))
        .filter((problem): problem is FieldError => problem !== null);
      setErrors((shown) => {
        const others = (shown ?? page.errors).filter((error) => error.pointer !== input.name);
        return problems[0] ? [...others, problems[0]] : others;
      });
    },
    [page, setErrors, t],
  );

  return { errors, attempt, ready, onSubmit, onBlur, onChange };
}
