/**
 * Types of a form definition (see docs/form-definitions.md) and of the values
 * the engine hands out. Pure types: safe to import anywhere.
 */

export type Lang = "de" | "en";

/** `de` is always present; `en` falls back to `de` when missing. */
export interface LocalizedText {
  de: string;
  en?: string;
}

export type Widget =
  "text" | "textarea" | "email" | "tel" | "number" | "date" | "select" | "radio" | "checkboxes" | "checkbox" | "file" | "group";

export interface FieldOption {
  value: string | number | boolean;
  label: LocalizedText;
}

export interface FieldDefinition {
  /** JSON pointer into the data; inside a group relative to one item. */
  pointer: string;
  widget: Widget;
  label: LocalizedText;
  hint?: LocalizedText;
  autocomplete?: string;
  options?: FieldOption[];
  accept?: string[];
  maxBytes?: number;
  /** Item fields of a `group`. */
  fields?: FieldDefinition[];
  /** Label of one group item, e.g. "Hund" → "Hund 2"; `{n}` marks where the number goes. */
  itemLabel?: LocalizedText;
  addLabel?: LocalizedText;
  /** Error texts per JSON Schema keyword (plus `required`); may use `{label}` and `{limit}`. */
  messages?: Record<string, LocalizedText>;
  /**
   * JSON Schema the data must satisfy for the question to be shown (inside a
   * group: the item object). A hidden question's answer is removed.
   */
  when?: JsonSchema;
}

export interface StepDefinition {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** JSON Schema the data collected so far must satisfy for the step to be shown. */
  when?: JsonSchema;
  fields: FieldDefinition[];
}

export interface FormDefinition {
  $schema?: string;
  id: string;
  version: number;
  leikaKey?: string;
  level: "gemeinde" | "kreis";
  title: LocalizedText;
  description: LocalizedText;
  fees: LocalizedText;
  processingTime?: LocalizedText;
  requirements?: LocalizedText[];
  legalBasis?: LocalizedText[];
  /** Days a closed case is kept; absent → the portal default (RETENTION_DAYS_DEFAULT). */
  retentionDays?: number;
  /** The lowest trust level of a citizen's login the service accepts (ADR 037); absent: no login needed. */
  minTrustLevel?: "substantiell" | "hoch";
  /** Answers taken from the citizen's identity must be submitted as the identity gave them (ADR 037). */
  verifiedIdentityValues?: boolean;
  dataSchema: JsonSchema;
  steps: StepDefinition[];
  review: { title?: LocalizedText; declaration: LocalizedText };
}

/** A JSON Schema as plain data. Kept loose on purpose: the meta-schema is the real contract. */
export type JsonSchema = { [keyword: string]: unknown };

/** The application data: a JSON object. */
export type FormValues = Record<string, unknown>;

/**
 * One validation failure as the engine needs it. Structurally a subset of
 * Ajv's ErrorObject, declared here so the runtime never imports Ajv.
 */
export interface ValidationIssue {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A compiled validator: Ajv-compiled or Ajv standalone generated code. */
export interface DataValidator {
  (data: unknown): boolean;
  errors?: ValidationIssue[] | null;
}

/** What `createRuntime` needs besides the definition: plain functions, no Ajv. */
export interface FormValidators {
  /** Validates the whole (normalised) dataSchema. */
  validateData: DataValidator;
  /** One validator per step id that has a `when`. */
  conditions: Record<string, DataValidator>;
  /**
   * One validator per field with a `when`, by fieldConditionKey. Optional:
   * modules generated before question conditions existed have none (and
   * their definitions no field `when`).
   */
  fieldConditions?: Record<string, DataValidator>;
}

/** One error for one field, ready for a GOV.UK-style error summary. */
export interface FieldError {
  /** Pointer of the offending value, also the name of its input (`/hunde/1/name`). */
  pointer: string;
  /** Pointer of the field definition that shows it (`/hunde` for group items). */
  fieldPointer: string;
  /** Step owning the field; undefined for data no step shows (e.g. an unknown property). */
  stepId?: string;
  /** The field's label, for group items "Hund 2: Name". */
  label: string;
  message: string;
  /** JSON Schema keyword the message was chosen for (`required`, `pattern`, …). */
  keyword: string;
}

export interface ValidationOptions {
  lang?: Lang;
}

export interface ValidationResult {
  valid: boolean;
  /** The data with the answers of inactive steps removed: what gets stored. */
  data: FormValues;
  errors: FieldError[];
}
