/**
 * The form runtime: everything the portal does with one form version, built
 * from the definition plus plain validator functions. It never imports Ajv:
 * on the server the functions come from compile.server.ts, in the browser
 * from the generated standalone module, so both run the same rules.
 */
import { buildFieldIndex, type FieldIndex, type FieldLocation } from "./field-index";
import { issuePointer, relevantIssues, toFieldErrors } from "./field-errors";
import { formatPointer, getAt, parsePointer, setAt, writeAll } from "./json-pointer";
import { createFormMachine, type FormMachine } from "./machine";
import { ANY_ITEM, createSchemaResolver, factsOf, type SchemaFacts } from "./schema-resolver";
import { sharedSchemasById } from "./shared-schemas";
import { createActivity } from "./step-conditions";
import type {
  DataValidator,
  FieldError,
  FormDefinition,
  FormValidators,
  FormValues,
  StepDefinition,
  ValidationIssue,
  ValidationOptions,
} from "./types";
import type { JourneyRules } from "./journey";

export interface FormRuntime extends JourneyRules {
  readonly definition: FormDefinition;
  /** Field ownership: which step shows which field. */
  readonly fields: FieldIndex;
  step(stepId: string): StepDefinition;
  /** Type, format and allowed values at a field pointer (`*` for group items). */
  fieldFacts(pointer: string): SchemaFacts;
  validateStep(stepId: string, data: FormValues, options?: ValidationOptions): FieldError[];
  /**
   * Pointers of the questions whose condition fails for `data` (see
   * step-conditions.ts): `/zuzug/gemeinde`, or `/hunde/0/zuzug` for one item.
   */
  hiddenQuestions(data: FormValues): ReadonlySet<string>;
  /** The XState machine of this form version (built once). */
  createMachine(): FormMachine;
}

export function runtimeKey(definition: Pick<FormDefinition, "id" | "version">): string {
  return `${definition.id}@${definition.version}`;
}

/** Pointers (with `*` for items) of every field and group item field. */
function fieldPointers(definition: FormDefinition): string[] {
  return definition.steps.flatMap((step) =>
    step.fields.flatMap((field) => [field.pointer, ...(field.fields ?? []).map((item) => `${field.pointer}/${ANY_ITEM}${item.pointer}`)]),
  );
}

/** Pointers of the objects that hold fields (`/antragsteller` for `/antragsteller/vorname`). */
function containersOfFields(definition: FormDefinition): Set<string> {
  const containers = new Set<string>();
  for (const step of definition.steps) {
    for (const field of step.fields) {
      const segments = parsePointer(field.pointer);
      for (let depth = 1; depth < segments.length; depth++) containers.add(formatPointer(segments.slice(0, depth)));
    }
  }
  return containers;
}

/** Nesting depth up to which missing containers are expanded; forms are shallow. */
const MAX_CONTAINER_DEPTH = 4;

/**
 * The validation issues for `data`, where a missing container of fields
 * (e.g. no `/erlaubnis` at all) is reported as its missing fields instead:
 * the citizen sees every empty field of the page, not one vague error.
 * The data itself is not changed; only the report is refined.
 */
function detailedIssues(validate: DataValidator, data: FormValues, containers: ReadonlySet<string>): ValidationIssue[] {
  let issues = [...(validate.errors ?? [])];
  let probe = data;
  for (let round = 0; round < MAX_CONTAINER_DEPTH; round++) {
    const missing = issues
      .filter((issue) => issue.keyword === "required" || issue.keyword === "dependentRequired")
      .map(issuePointer)
      .filter((pointer) => containers.has(pointer));
    if (missing.length === 0) break;
    for (const pointer of missing) probe = setAt(probe, parsePointer(pointer), {});
    // A container without required fields would now pass: then the original report is the truth.
    if (validate(probe)) break;
    issues = [...(validate.errors ?? [])];
  }
  return issues;
}

export function createRuntime(definition: FormDefinition, validators: FormValidators): FormRuntime {
  const { validateData, conditions, fieldConditions = {} } = validators;
  const steps = new Map(definition.steps.map((step) => [step.id, step]));
  const fields = buildFieldIndex(definition.steps);
  const activity = createActivity(definition.steps, { steps: conditions, fields: fieldConditions }, fields);
  const resolver = createSchemaResolver(definition.dataSchema, sharedSchemasById);

  const facts = new Map<string, SchemaFacts>();
  for (const pointer of fieldPointers(definition)) facts.set(pointer, factsOf(resolver.atPointer(pointer)));

  const containers = containersOfFields(definition);

  const stepOf = (stepId: string): StepDefinition => {
    const step = steps.get(stepId);
    if (step === undefined) throw new Error(`Unknown step "${stepId}" in form ${runtimeKey(definition)}`);
    return step;
  };

  const errorsFor = (
    data: FormValues,
    options: ValidationOptions | undefined,
    include: (location: FieldLocation | undefined) => boolean,
  ): FieldError[] => {
    if (validateData(data)) return [];
    const issues = detailedIssues(validateData, data, containers);
    return toFieldErrors(issues, fields, { lang: options?.lang ?? "de", include });
  };

  /** A hidden question is not asked: what it would require does not apply. */
  const isHidden = (location: FieldLocation | undefined, hidden: ReadonlySet<string>) =>
    location !== undefined && hidden.size > 0 && (hidden.has(location.entry.field.pointer) || hidden.has(location.pointer));

  /**
   * The data a step is checked on: without the answers of skipped steps and
   * hidden questions, as it would be stored. (A step that does not apply
   * itself keeps its answers, so asking about it still says what is wrong.)
   */
  const stepView = (stepId: string, data: FormValues) => {
    const { active, pruned, hidden } = activity(data);
    return active.includes(stepId) ? { checked: pruned, hidden } : { checked: data, hidden: new Set<string>() };
  };

  let machine: FormMachine | undefined;

  const runtime: FormRuntime = {
    definition,
    key: runtimeKey(definition),
    stepOrder: definition.steps.map((step) => step.id),
    fields,
    step: stepOf,
    fieldFacts(pointer) {
      return facts.get(pointer) ?? factsOf(resolver.atPointer(pointer));
    },
    mergeStepData(data, stepId, stepData) {
      stepOf(stepId);
      const writes = (fields.byStep.get(stepId) ?? []).map((entry) => [entry.segments, getAt(stepData, entry.segments)] as const);
      return writeAll(data, writes);
    },
    validateStep(stepId, data, options) {
      stepOf(stepId);
      const { checked, hidden } = stepView(stepId, data);
      return errorsFor(checked, options, (location) => location?.entry.stepId === stepId && !isHidden(location, hidden));
    },
    isStepValid(stepId, data) {
      const { checked, hidden } = stepView(stepId, data);
      if (validateData(checked)) return true;
      // A missing container is located at its first field, so the verdict
      // needs no detailed re-validation.
      for (const { pointer } of relevantIssues(validateData.errors ?? [])) {
        const location = fields.locate(pointer);
        if (location?.entry.stepId === stepId && !isHidden(location, hidden)) return false;
      }
      return true;
    },
    validateAll(data, options) {
      const { pruned, active, hidden } = activity(data);
      // Errors of skipped steps and hidden questions do not count: their requirements do not apply.
      const errors = errorsFor(
        pruned,
        options,
        (location) => location === undefined || (active.includes(location.entry.stepId) && !isHidden(location, hidden)),
      );
      return { valid: errors.length === 0, data: pruned, errors };
    },
    hiddenQuestions: (data) => activity(data).hidden,
    isStepActive(stepId, data) {
      stepOf(stepId);
      return activity(data).active.includes(stepId);
    },
    activeSteps: (data) => activity(data).active,
    pruneInactive: (data) => activity(data).pruned,
    createMachine() {
      machine ??= createFormMachine(runtime);
      return machine;
    },
  };
  return runtime;
}
