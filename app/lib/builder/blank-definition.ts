/**
 * The definition "start from scratch" opens: one page asking the applicant's name and address
 * (every application needs them), the facts to be filled in. It passes the check as it is, so
 * every later problem is one the editor's own change brought in.
 */
import type { FormDefinition } from "../../engine/types";
import { addBlock } from "./operations";

export function blankDefinition(id = "neue-leistung"): FormDefinition {
  const start: FormDefinition = {
    id,
    version: 1,
    level: "gemeinde",
    title: { de: "Titel der Leistung" },
    description: { de: "Was Bürgerinnen und Bürger mit diesem Antrag erreichen." },
    fees: { de: "Gebührenfrei." },
    dataSchema: { type: "object", required: [], properties: {} },
    steps: [{ id: "antragsteller", title: { de: "Angaben zur Person" }, fields: [] }],
    review: { declaration: { de: "Ich versichere, dass meine Angaben richtig und vollständig sind." } },
  };
  const named = addBlock(start, 0, "name")!.definition;
  return addBlock(named, 0, "address")!.definition;
}
