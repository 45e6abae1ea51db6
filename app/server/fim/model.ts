/**
 * One model for XDatenfelder 2 and 3: what the mapping to a form definition needs, nothing of
 * the lineage, status or publication data. Both readers produce it; the mapping never sees XML.
 */
export type FimStandard = "xdf2" | "xdf3";

export interface FimValue {
  code: string;
  name: string;
}

export interface FimCodeListRef {
  /** canonicalIdentification (URN of the list). */
  uri: string;
  version?: string;
  /** xdf2: the FIM id of the list (C…). */
  id?: string;
}

export interface FimConstraints {
  minLength?: number;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
  pattern?: string;
}

export interface FimRule {
  id: string;
  name: string;
  /** The free-text rule (v3 freitextRegel, v2 definition or beschreibung). */
  text: string;
  line: number;
}

interface FimElementBase {
  id: string;
  /** The element's name: the path segment of the JSON pointer is made from it. */
  name: string;
  /** bezeichnungEingabe, or the name when it is missing. */
  label: string;
  hint?: string;
  rules: FimRule[];
  line: number;
}

export interface FimField extends FimElementBase {
  kind: "field";
  /** input, select, label, hidden, locked. */
  fieldType: string;
  /** text, text_latin, date, time, datetime, bool, num, num_int, num_currency, file, obj. */
  dataType: string;
  constraints: FimConstraints;
  /** What could not be read from praezisierung (v2: not JSON), for the report. */
  constraintProblem?: string;
  values?: FimValue[];
  codeList?: FimCodeListRef;
  /** inhalt: the text of a label field, or a default. */
  content?: string;
  maxSize?: number;
  mediaTypes: string[];
}

export interface FimGroup extends FimElementBase {
  kind: "group";
  /** v3 art X (Auswahlgruppe): exactly one child is answered. */
  choice: boolean;
  children: FimPosition[];
}

export type FimElement = FimField | FimGroup;

/** A position in a structure (`struktur`): the element and how often it occurs. */
export interface FimPosition {
  min: number;
  /** null: unbounded (`*`). */
  max: number | null;
  element: FimElement;
}

export interface FimSchema {
  standard: FimStandard;
  id: string;
  version?: string;
  name: string;
  label: string;
  description?: string;
  legalBasis: string[];
  rules: FimRule[];
  children: FimPosition[];
}

/** A genericode code list given alongside the schema. */
export interface FimCodeList {
  uri: string;
  versionUri?: string;
  version?: string;
  name: string;
  values: FimValue[];
  fileName: string;
}
