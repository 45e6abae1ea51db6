import { createContext, useContext } from "react";
import type { DefinitionProblem } from "~/engine/definition-check.server";
import type { FormDefinition } from "~/engine/types";

/** A change from a control: the new definition, what to announce, and where focus goes next. */
export type Apply = (next: FormDefinition, change?: { say?: string; focus?: string }) => void;

export interface BuilderContextValue {
  definition: FormDefinition;
  apply: Apply;
  /** Live-check problems by place (`facts`, `page:1`, `q:1:2`, `q:1:2:0`). */
  problemsAt: (place: string) => DefinitionProblem[];
  /** Label of a data pointer's question, to word problems and conditions. */
  labelOf: (pointer: string) => string | undefined;
  expanded: ReadonlySet<string>;
  toggle: (key: string) => void;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error("useBuilder outside the builder");
  return value;
}

/** Element ids by question address, also the targets of focus after add, move and delete. */
export const questionId = (step: number, field: number, item?: number) => `frage-${step}-${field}${item === undefined ? "" : `-${item}`}`;
export const pageHeadingId = (step: number) => `seite-${step}-titel`;
