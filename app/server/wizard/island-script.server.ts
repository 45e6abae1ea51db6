/**
 * The address of the wizard's island module (ADR 043), as scripts/build-island.mjs wrote it beside
 * the server's build. Null where there is none (the app run from its sources): the wizard's
 * pages then load Remix's client like every other page.
 */
import { readFileSync } from "node:fs";

let script: string | null | undefined;

export function wizardIslandScript(): string | null {
  if (script === undefined) {
    try {
      const built = JSON.parse(readFileSync(new URL("./island.json", import.meta.url), "utf8")) as { script?: unknown };
      script = typeof built.script === "string" ? built.script : null;
    } catch {
      script = null;
    }
  }
  return script;
}
