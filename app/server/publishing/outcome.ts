import type { DefinitionProblem } from "../../engine/definition-check.server";

/**
 * Why an editorial action was refused: an HTTP status for the API and the pages, a stable code,
 * a German sentence a person can act on, and for definitions every problem by pointer and line.
 */
export type PublishingFailure = {
  ok: false;
  status: 403 | 404 | 409 | 413 | 422;
  code: string;
  message: string;
  problems?: DefinitionProblem[];
};

export function refuse(
  status: PublishingFailure["status"],
  code: string,
  message: string,
  problems?: DefinitionProblem[],
): PublishingFailure {
  return problems ? { ok: false, status, code, message, problems } : { ok: false, status, code, message };
}

/** Thrown inside a transaction to roll it back and answer with the failure. */
export class Refusal extends Error {
  constructor(readonly failure: PublishingFailure) {
    super(failure.code);
  }
}
