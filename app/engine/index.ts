/**
 * The form engine's isomorphic API: safe for the browser bundle (no Ajv
 * compile, no node: modules). Server/build-only parts are imported from
 * their own `*.server.ts` files:
 *   compile.server.ts          compile(definition) → FormRuntime (Ajv, cached by id@version)
 *   standalone.server.ts       generateValidatorModule(definition) → browser ES module source
 *   definition-check.server.ts checkDefinitionText / checkDefinition (forms:check, editor, API)
 */
export type {
  DataValidator,
  FieldDefinition,
  FieldError,
  FieldOption,
  FormDefinition,
  FormValidators,
  FormValues,
  JsonSchema,
  Lang,
  LocalizedText,
  StepDefinition,
  ValidationIssue,
  ValidationOptions,
  Widget,
} from "./types";
export { createRuntime, runtimeKey, type FormRuntime, type ValidationResult } from "./runtime";
export {
  createFormMachine,
  REVIEW_STATE,
  SUBMITTED_STATE,
  type FormContext,
  type FormEvent,
  type FormMachine,
  type FormMachineInput,
} from "./machine";
export {
  DECLARATION_POINTER,
  InvalidFormStateError,
  persistState,
  restoreState,
  startState,
  transition,
  type FormSnapshot,
  type PersistedFormState,
  type TransitionResult,
} from "./transition";
export {
  DATE_PARTS,
  inputValuesForStep,
  parseNumber,
  parseStepSubmission,
  type DatePart,
  type FormEntries,
  type InputValues,
} from "./form-submission";
export { describeAnswers, type AnswerRow, type AnswerSection } from "./describe-answers";
export { engineTexts, errorMessage, itemLabel, localize } from "./messages";
export { escapeSegment, formatPointer, getAt, isPointerWithin, joinPointer, parsePointer, setAt } from "./json-pointer";
export { customFormats, isDate, isDateOfBirth, isIban, supportedFormats } from "./formats";
export { sharedSchemas, sharedSchemasById } from "./shared-schemas";
export { JsonSyntaxError, locateJson, type JsonLocations, type JsonPosition } from "./json-locations";
