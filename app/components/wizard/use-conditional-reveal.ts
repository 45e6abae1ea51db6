/**
 * Conditional questions with JavaScript: after every change the page's answers go through the
 * same engine rules the server applies (the step merged into the accepted answers, then
 * `hiddenQuestions`), and questions whose condition fails are hidden in place. What changed
 * is announced in a polite live region. Without the runtime (no JavaScript, or not loaded yet)
 * every question stays visible with its condition in words, and the server decides.
 */
import { useCallback, useState, type FormEvent, type RefObject } from "react";
import { parseStepSubmission } from "~/engine/form-submission";
import type { FormRuntime } from "~/engine/runtime";
import { useT } from "~/lib/i18n/use-translation";
import { browserEntries } from "./browser-entries";
import { useFormRuntime } from "./use-form-runtime";
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
  const [hidden, setHidden] = useState<ReadonlySet<string> | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const active = hasConditions(page);

  const decide = useCallback(
    (loaded: FormRuntime | null, element: HTMLFormElement | null, announce: boolean) => {
      if (!loaded || !element) return;
      const { entries } = browserEntries(element, page, t);
      const answers = parseStepSubmission(loaded, page.step.id, entries);
      const data = loaded.mergeStepData(page.machine.context.data, page.step.id, answers);
      const all = loaded.hiddenQuestions(data);
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
    [page, t],
  );

  // Decided once the runtime is there, and again for every new page; until then all show.
  const runtime = useFormRuntime(page.formKey, active, (loaded) => decide(loaded, form.current, false), page);

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if (active) decide(runtime.current, event.currentTarget, true);
  };

  return { hidden, announcement, onChange };
}
