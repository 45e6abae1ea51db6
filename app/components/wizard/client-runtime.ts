/**
 * The form runtime in the browser: the definition and the standalone validator module of the
 * form version, both served from our origin and cached immutably per version. The module is
 * loaded with a dynamic import of a same-origin URL, which the CSP (`script-src 'self'`)
 * allows without `unsafe-eval`; Ajv itself never reaches the browser.
 */
import { createRuntime, type FormRuntime } from "~/engine/runtime";
import type { FormDefinition, FormValidators } from "~/engine/types";

const runtimes = new Map<string, Promise<FormRuntime>>();

export function formAssetBase(id: string, version: number): string {
  return `/formulare/${encodeURIComponent(id)}/${version}`;
}

export function loadFormRuntime(id: string, version: number): Promise<FormRuntime> {
  const key = `${id}@${version}`;
  let pending = runtimes.get(key);
  if (!pending) {
    const base = formAssetBase(id, version);
    pending = Promise.all([
      import(/* @vite-ignore */ `${base}/validator.js`) as Promise<FormValidators>,
      fetch(`${base}/definition.json`, { credentials: "same-origin" }).then((response) => {
        if (!response.ok) throw new Error(`definition ${key}: ${response.status}`);
        return response.json() as Promise<FormDefinition>;
      }),
    ]).then(([validators, definition]) => createRuntime(definition, validators));
    // A failed load (offline for a moment) may be retried on the next page.
    pending.catch(() => runtimes.delete(key));
    runtimes.set(key, pending);
  }
  return pending;
}
