/**
 * The journey as a flat XState v5 machine: one state per step, then `review`
 * and the final `submitted`. Every possible move is a guarded transition
 * whose guard and action ask the same pure function, `decide` (journey.ts),
 * so the machine, the browser and the server's actor-free `transition`
 * cannot disagree. Snapshots are plain JSON (context = answers + a flag).
 */
import { assign, setup } from "xstate";
import { decide, REVIEW_STATE, SUBMITTED_STATE, type FormContext, type FormEvent, type JourneyRules, type Move } from "./journey";
import type { FormValues } from "./types";

export { REVIEW_STATE, SUBMITTED_STATE, type FormContext, type FormEvent } from "./journey";

export interface FormMachineInput {
  data?: FormValues;
}

export function createFormMachine(rules: JourneyRules) {
  // Each candidate transition's guard and then the action ask about the same
  // event; the last answer is kept (event and context are never mutated).
  let memo: { from: string; context: FormContext; event: FormEvent; move: Move | undefined } | undefined;
  const decideOnce = (from: string, context: FormContext, event: FormEvent): Move | undefined => {
    if (memo && memo.from === from && memo.context === context && memo.event === event) return memo.move;
    const move = decide(rules, from, context, event);
    memo = { from, context, event, move };
    return move;
  };

  const configured = setup({
    types: {} as { context: FormContext; events: FormEvent; output: FormValues },
    guards: {
      leadsTo: ({ context, event }, params: { from: string; to: string }) => decideOnce(params.from, context, event)?.target === params.to,
    },
    actions: {
      move: assign(({ context, event }, params: { from: string }) => decideOnce(params.from, context, event)!.context),
    },
  });

  const movesTo = (from: string, targets: readonly string[]) =>
    targets.map((to) => ({
      guard: { type: "leadsTo" as const, params: { from, to } },
      target: to,
      actions: { type: "move" as const, params: { from } },
    }));

  const order = rules.stepOrder;
  const stepStates = Object.fromEntries(
    order.map((stepId, index) => [
      stepId,
      {
        on: {
          NEXT: movesTo(stepId, [...order.slice(index + 1), REVIEW_STATE]),
          BACK: movesTo(stepId, [...order.slice(0, index), REVIEW_STATE]),
        },
      },
    ]),
  );

  return configured.createMachine({
    id: rules.key,
    // definition-check guarantees the first step has no condition.
    initial: order[0],
    // Input is optional (an empty form); declaring it in `types` would make
    // XState require it on every createActor call.
    context: ({ input }) => ({ data: (input as FormMachineInput | undefined)?.data ?? {}, returnToReview: false }),
    states: {
      ...stepStates,
      [REVIEW_STATE]: {
        on: {
          BACK: movesTo(REVIEW_STATE, order),
          GOTO: movesTo(REVIEW_STATE, order),
          SUBMIT: movesTo(REVIEW_STATE, [SUBMITTED_STATE]),
        },
      },
      [SUBMITTED_STATE]: { type: "final" },
    },
    output: ({ context }) => context.data,
  });
}

export type FormMachine = ReturnType<typeof createFormMachine>;
