import { useEffect, useState } from "react";
import type { DefinitionProblem } from "~/engine/definition-check.server";

export type LiveCheck = { state: "checking" | "done" | "failed"; problems: DefinitionProblem[]; message: string | null };

const CHECK_URL = "/redaktion/pruefung";
const PAUSE_MS = 500;

/**
 * Runs the server's forms:check on the builder's text shortly after each change (the same code as
 * `npm run forms:check`: pattern vetting included), dropping answers to texts already replaced.
 */
export function useLiveCheck(text: string): LiveCheck {
  // The last answer with the text it was for: while the text differs, a check is under way.
  const [check, setCheck] = useState<LiveCheck & { text: string | null }>({ state: "checking", problems: [], message: null, text: null });
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const body = new FormData();
      body.set("definition", text);
      try {
        const response = await fetch(CHECK_URL, { method: "POST", body, signal: controller.signal });
        const result = (await response.json()) as { problems: DefinitionProblem[]; message: string | null };
        setCheck(
          response.ok
            ? { state: "done", problems: result.problems, message: null, text }
            : { state: "failed", problems: [], message: result.message, text },
        );
      } catch {
        if (!controller.signal.aborted) setCheck({ state: "failed", problems: [], message: "Der Server war nicht erreichbar.", text });
      }
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
  // Problems of the previous text stay shown while the new one is checked, so places do not flicker.
  return check.text === text ? check : { ...check, state: "checking" };
}
