/** Where a walk stands: its base address, its restored machine, the page a stored draft continues on. */
import { restoreState, InvalidFormStateError, startState, type FormSnapshot } from "../../engine/transition";
import type { FormRuntime } from "../../engine/runtime";
import type { FormValues } from "../../engine/types";
import { publishedVersion } from "../services/service-versions.server";
import { readDraftState, type DraftState } from "../drafts/draft-state";
import type { DraftRecord } from "../drafts/drafts.server";
import { pageOf } from "./step-events";

export function wizardBase(municipalitySlug: string, serviceId: string): string {
  return `/${municipalitySlug}/${serviceId}`;
}

/**
 * The restored machine. A stored state that no longer fits (it outlives deployments) starts
 * the form at its first step, keeping the answers where they are readable: nothing is lost,
 * and every step is checked again on the way.
 */
export function restoreSnapshot(runtime: FormRuntime, state: DraftState): FormSnapshot {
  try {
    return restoreState(runtime, state.machine);
  } catch (error) {
    if (!(error instanceof InvalidFormStateError)) throw error;
    const data = (state.machine as { context?: { data?: unknown } } | null)?.context?.data;
    return startState(runtime, typeof data === "object" && data !== null && !Array.isArray(data) ? (data as FormValues) : undefined);
  }
}

/** The page a stored draft continues on (relative to the wizard's base), or null when its form version is gone. */
export async function continuePage(draft: DraftRecord): Promise<string | null> {
  const pinned = await publishedVersion(draft.serviceId, draft.serviceVersion);
  return pinned ? pageOf(restoreSnapshot(pinned.runtime, readDraftState(draft.snapshot))) : null;
}
