/**
 * The form version's runtime in the browser for a hook of the step page: loaded once per
 * version (client-runtime.ts caches it) when the browser is idle or the page is first used, handed
 * to `onLoad` when it arrives (and again when `again` changes). Until then — and
 * for good when it cannot load — the page works as without JavaScript: the server decides.
 */
import { useEffect, useRef, type MutableRefObject } from "react";
import type { FormRuntime } from "~/engine/runtime";
import { loadFormRuntime } from "./client-runtime";

export function useFormRuntime(
  formKey: { id: string; version: number },
  enabled: boolean,
  onLoad: (runtime: FormRuntime) => void,
  /** Hand the runtime to `onLoad` again whenever this changes (a new page of the same form). */
  again?: unknown,
): MutableRefObject<FormRuntime | null> {
  const runtime = useRef<FormRuntime | null>(null);
  // The latest callback, without reloading when it changes.
  const latestOnLoad = useRef(onLoad);
  useEffect(() => {
    latestOnLoad.current = onLoad;
  });
  const { id, version } = formKey;
  useEffect(() => {
    if (!enabled) return;
    let active = true;
    let started = false;
    const load = () => {
      if (started) return;
      started = true;
      void loadFormRuntime(id, version).then(
        (loaded) => {
          if (!active) return;
          runtime.current = loaded;
          latestOnLoad.current(loaded);
        },
        () => {
          // Without the runtime the server decides alone, as without JavaScript.
        },
      );
    };
    // The validator module is not needed for the first paint: it loads when the browser is idle,
    // or at once when the person starts filling in the page, whichever comes first.
    const idle = typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(load, { timeout: 1500 }) : undefined;
    const fallback = idle === undefined ? window.setTimeout(load, 200) : undefined;
    const early = () => load();
    document.addEventListener("focusin", early, { once: true });
    return () => {
      active = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(fallback);
      document.removeEventListener("focusin", early);
    };
  }, [enabled, id, version, again]);
  return runtime;
}
