/**
 * The walk through a form as the browser holds it once the form's runtime has loaded (ADR 034):
 * the form version's XState machine running in an actor, restored from the page the server
 * sent (its stored state and revision), and the queue that saves every step in the server's
 * draft. It lives beside React, not in a component: the step and review pages are different
 * routes, and the walk must outlast a change between them. Pages read the actor through
 * @xstate/react.
 */
import { createActor, type Actor, type Snapshot } from "xstate";
import type { FormMachine } from "~/engine/machine";
import type { FormRuntime } from "~/engine/runtime";
import { persistState, restoreState } from "~/engine/transition";
import type { FormValues } from "~/engine/types";
import type { PageMessages } from "~/lib/i18n/messages.server";
import { applyStepPostWith, type StepPostOutcome } from "../../server/wizard/step-events";
import type { StepPageFacts } from "../../server/wizard/step-page-view";
import type { StepPageData } from "../../server/wizard/view-model";
import { DraftSync } from "./draft-sync";

export interface LocalWalk extends StepPageFacts {
  actor: Actor<FormMachine>;
  sync: DraftSync;
  /** The texts the server sent with the first page: every later page shows the same groups. */
  messages: PageMessages;
  /** Set before a page is posted to the server: its answer, not this walk, shows next. */
  stale: boolean;
  /** Steps the server builds (StepPageData.serverSteps). */
  serverSteps: ReadonlySet<string>;
}

let current: LocalWalk | null = null;

/** The walk of the form under `base`, when the browser holds it and it is current. */
export function localWalk(base: string): LocalWalk | null {
  return current && current.base === base && !current.stale ? current : null;
}

export function anyUnsavedWalk(): boolean {
  return current?.sync.pending === true;
}

/** Resolves once every page of the walk held is saved: before the browser leaves for the server. */
export function savedWalk(): Promise<void> {
  return current?.sync.flush() ?? Promise.resolve();
}

/**
 * Takes over a page the server sent. The walk held already stays when it is the same walk and
 * the server has nothing newer; otherwise (another form, a post, a newer revision) it is rebuilt
 * from the server's page.
 */
export function adoptServerPage(page: StepPageData, runtime: FormRuntime, messages: PageMessages): LocalWalk | null {
  if (page.mode !== "citizen") return null;
  const held = current;
  if (held && held.base === page.base && !held.stale && (held.sync.pending || held.sync.revision >= page.revision)) return held;
  held?.sync.stop();
  const snapshot = restoreState(runtime, page.machine);
  const actor = createActor(runtime.createMachine(), { snapshot: persistState(runtime, snapshot) as unknown as Snapshot<unknown> }).start();
  current = {
    mode: page.mode,
    lang: page.lang,
    base: page.base,
    runtime,
    municipalityName: page.municipalityName,
    formKey: page.formKey,
    actor,
    sync: new DraftSync(page.base, page.revision),
    messages,
    stale: false,
    serverSteps: new Set(page.serverSteps ?? []),
  };
  return current;
}

/**
 * One step page left with "Weiter": the actor takes the same events the server's applyStepPost
 * sends (BACK or GOTO to the page, then NEXT), and the page's fields are queued for the server.
 */
export function advance(
  walk: LocalWalk,
  stepId: string,
  answers: FormValues,
  fields: Array<[string, string]>,
  viaReview: boolean,
): StepPostOutcome {
  const outcome = applyStepPostWith(walk.runtime, walk.actor.getSnapshot(), stepId, answers, { viaReview, lang: walk.lang }, (event) => {
    const before = walk.actor.getSnapshot();
    walk.actor.send(event);
    const after = walk.actor.getSnapshot();
    return { snapshot: after, accepted: String(after.value) !== String(before.value) || after.context !== before.context };
  });
  if (outcome.kind === "accepted") walk.sync.enqueue(stepId, fields);
  return outcome;
}

/** A page is posted to the server: its answer, not this walk, decides what shows next. */
export function handOverToServer(walk: LocalWalk): void {
  walk.stale = true;
}
