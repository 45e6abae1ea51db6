/** What every field of a step page reads besides its own definition. */
import type { Lang } from "~/engine/types";
import type { Translate } from "~/lib/i18n/use-translation";
import type { FileRefView } from "../../server/wizard/view-model";

export interface FieldContext {
  lang: Lang;
  t: Translate;
  values: Record<string, string | string[]>;
  files: Record<string, FileRefView[]>;
  /** Input name (value pointer) → error message. */
  errors: ReadonlyMap<string, string>;
  /** Conditional questions hidden by the answers on the page; null until the browser's runtime decides (then all show). */
  hidden: ReadonlySet<string> | null;
}

export function firstValue(context: FieldContext, name: string): string {
  const value = context.values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

export function allValues(context: FieldContext, name: string): string[] {
  const value = context.values[name];
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
