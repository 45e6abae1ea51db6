/**
 * The step page's hold on the browser's walk (ADR 034): once the form's runtime has loaded, the
 * page the server sent is taken over into the walk (local-walk.ts), the review page's module is
 * fetched ahead (so "Weiter" on the last step needs the network as little as any other), and
 * leaving with answers not yet saved asks first.
 */
import { useEffect, useState } from "react";
import type { PageMessages } from "~/lib/i18n/messages.server";
import type { StepPageData } from "../../server/wizard/view-model";
import { adoptServerPage, anyUnsavedWalk, localWalk, type LocalWalk } from "./local-walk";
import { useFormRuntime } from "./use-form-runtime";
import { REVIEW_ROUTE } from "./island/payload";

function preloadReviewModule(): void {
  const manifest = (window as { __remixManifest?: { routes?: Record<string, { module?: string }> } }).__remixManifest;
  const module = manifest?.routes?.[REVIEW_ROUTE]?.module;
  // Fetched and kept by the browser's module map, from where Remix takes it on navigation. The
  // wizard's island (ADR 043) has no manifest: its one module holds the review page already.
  if (module) import(/* @vite-ignore */ module).catch(() => undefined);
}

export function useLocalWalk(page: StepPageData & { messages?: PageMessages }): LocalWalk | null {
  const citizen = page.mode === "citizen";
  const [walk, setWalk] = useState<LocalWalk | null>(() => (citizen && typeof window !== "undefined" ? localWalk(page.base) : null));
  useFormRuntime(
    page.formKey,
    citizen,
    (runtime) => {
      const adopted = adoptServerPage(page, runtime, page.messages ?? {});
      setWalk(adopted);
      if (adopted) preloadReviewModule();
    },
    page,
  );

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!anyUnsavedWalk()) return;
      event.preventDefault();
      // Older browsers show the dialog only when a value is returned.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);
  return walk;
}
