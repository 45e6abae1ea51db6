/**
 * Conditional questions with JavaScript: after every change the page's answers go through the
 * same engine rules the server applies (the step merged into the accepted answers, then
 * `hiddenQuestions`), and questions whose condition fails are hidden in place. What changed
 * is announced in a polite live region. Without the runtime (no JavaScript, or not loaded yet)
 * every question stays visible with its condition in words, and the server decides.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { parseStepSubmission } from "~/engine/form-submission";
import type { FormRuntime } from "~/engine/runtime";
import { useT } from "~/lib/i18n/use-translation";
import { browserEntries } from "./browser-entries";
import { loadFormRuntime } from "./client-runtime";
import type { StepPageData } from "../../server/wizard/view-model";

export interface ConditionalReveal {
  /** Names of the conditional questions hidden now; null while the browser cannot decide. */
  hidden: ReadonlySet<string> | null;
  /** The last change, for the live region. */
  announcement: string;
  onChange(event: FormEvent<HTMLFormElement>): void;
}

function hasConditions(page: StepPageData): boolean {
  return page.step.fields.some((field) => field.condition || field.group?.fields.some((item) => item.condition));
}

function labelOf(form: HTMLFormElement, name: string): string {
  const wrapper = Array.from(form.querySelectorAll<HTMLElement>("[data-question]")).find((element) => element.dataset.question === name);
  const label = wrapper?.querySelector("legend, label");
  return (label?.textContent ?? "").replace(/\s+/g, " ").trim();
}

export function useConditionalReveal(page: StepPageData, form: RefObject<HTMLFormElement>): ConditionalReveal {
  const t = useT();
  const runtime = useRef<FormRuntime | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string> | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const active = hasConditions(page);

  const decide = useCallback(
    (announce: boolean) => {
      const element = form.current;
      if (!runtime.current || !element) return;
      const { entries } = browserEntries(element, page, t);
      const answers = parseStepSubmission(runtime.current, page.step.id, entries);
      const data = runtime.current.mergeStepData(page.machine.context.data, page.step.id, answers);
      const all = runtime.current.hiddenQuestions(data);
      const onPage = new Set(
        Array.from(element.querySelectorAll<HTMLElement>("[data-question]"))
          .map((wrapper) => wrapper.dataset.question ?? "")
          .filter((name) => all.has(name)),
      );
      setHidden((previous) => {
        if (announce && previous) {
          const shown = [...previous]
            .filter((name) => !onPage.has(name))
            .map((name) => t("step.questionShown", { label: labelOf(element, name) }));
          const gone = [...onPage]
            .filter((name) => !previous.has(name))
            .map((name) => t("step.questionHidden", { label: labelOf(element, name) }));
          if (shown.length + gone.length > 0) setAnnouncement([...shown, ...gone].join(" "));
        }
        return onPage;
      });
    },
    [form, page, t],
  );

  useEffect(() => {
    if (!active) return;
    let current = true;
    loadFormRuntime(page.formKey.id, page.formKey.version).then(
      (loaded) => {
        if (!current) return;
        runtime.current = loaded;
        decide(false);
      },
      () => {
        // Without the runtime every question stays visible, as without JavaScript.
      },
    );
    return () => {
      current = false;
    };
  }, [active, decide, page.formKey.id, page.formKey.version]);

  const onChange = useCallback(() => {
    if (active) decide(true);
  }, [active, decide]);

  return { hidden, announcement, onChange };
}
