/**
 * Prefill with consent (ADR 037): which answers of a step the signed-in citizen's identity can
 * give. Fields are found by their autocomplete token, which the shared blocks of `schemas/`
 * carry in every form (name, date of birth, address, contact); the house number has no token of
 * its own and is the `hausnummer` beside a prefilled street of the shared address block.
 * Pure: the offer on the step page and the post that applies it read the same answer.
 */
import type { StepDefinition } from "../../engine/types";
import type { IdentityAttributes, TrustLevel } from "./identity";

const BY_TOKEN: Record<string, (attributes: IdentityAttributes) => string | undefined> = {
  "given-name": (a) => a.givenName,
  "family-name": (a) => a.familyName,
  bday: (a) => a.birthDate,
  email: (a) => a.email,
  "address-line1": (a) => a.address?.street,
  "postal-code": (a) => a.address?.postalCode,
  "address-level2": (a) => a.address?.city,
};

const PREFILLED_WIDGETS = new Set(["text", "email", "date"]);

/** What the identity gives for the step's own fields (not those inside repeating groups), by pointer. */
export function identityValuesForStep(step: StepDefinition, attributes: IdentityAttributes): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of step.fields) {
    if (!PREFILLED_WIDGETS.has(field.widget) || !field.autocomplete) continue;
    const value = BY_TOKEN[field.autocomplete]?.(attributes)?.trim();
    if (!value) continue;
    values[field.pointer] = value;
    if (field.autocomplete === "address-line1" && field.pointer.endsWith("/strasse")) {
      const houseNumber = attributes.address?.houseNumber?.trim();
      const sibling = `${field.pointer.slice(0, -"/strasse".length)}/hausnummer`;
      if (houseNumber && step.fields.some((other) => other.pointer === sibling && PREFILLED_WIDGETS.has(other.widget))) {
        values[sibling] = houseNumber;
      }
    }
  }
  return values;
}

/** What a draft remembers of a prefill: the values offered and the login's level when taken. */
export interface IdentityPrefill {
  trustLevel: TrustLevel;
  values: Record<string, string>;
}

/** The pointers whose submitted answer is still exactly what the identity gave. */
export function unchangedPrefill(prefill: IdentityPrefill | undefined, valueAt: (pointer: string) => unknown): string[] {
  if (!prefill) return [];
  return Object.entries(prefill.values)
    .filter(([pointer, value]) => valueAt(pointer) === value)
    .map(([pointer]) => pointer)
    .sort();
}

/** The pointers whose answer was changed after the prefill (refused where the service asks for verified values). */
export function changedPrefill(prefill: IdentityPrefill | undefined, valueAt: (pointer: string) => unknown): string[] {
  if (!prefill) return [];
  return Object.entries(prefill.values)
    .filter(([pointer, value]) => valueAt(pointer) !== undefined && valueAt(pointer) !== value)
    .map(([pointer]) => pointer)
    .sort();
}
