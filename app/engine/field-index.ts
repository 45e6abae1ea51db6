/**
 * Which step shows which field, and which field a data pointer belongs to.
 * Errors are attributed through `locate`, so a step only reports its own
 * problems and an error summary can be sorted in the order fields appear.
 */
import { joinPointer, parsePointer } from "./json-pointer";
import type { FieldDefinition, StepDefinition } from "./types";

export interface FieldEntry {
  stepId: string;
  field: FieldDefinition;
  segments: readonly string[];
  /** Position over all steps and fields, for sorting. */
  order: number;
  /** Item fields of a group, with their relative segments. */
  items: ReadonlyArray<{ field: FieldDefinition; segments: readonly string[] }>;
}

/** Where in the form a data pointer is shown. */
export interface FieldLocation {
  entry: FieldEntry;
  /** Pointer of the value the location stands for (`/hunde/1/name`, `/hunde/1`, `/anschrift/plz`). */
  pointer: string;
  itemIndex?: number;
  itemField?: FieldDefinition;
  itemFieldOrder?: number;
}

export interface FieldIndex {
  readonly entries: readonly FieldEntry[];
  readonly byStep: ReadonlyMap<string, readonly FieldEntry[]>;
  locate(pointer: string): FieldLocation | undefined;
}

function startsWith(segments: readonly string[], prefix: readonly string[]): boolean {
  if (prefix.length > segments.length) return false;
  for (let index = 0; index < prefix.length; index++) if (segments[index] !== prefix[index]) return false;
  return true;
}

/** Index of the longest candidate whose segments prefix `target`; else the first candidate below `target`. */
function bestMatch(candidates: ReadonlyArray<{ segments: readonly string[] }>, target: readonly string[]): number {
  let best = -1;
  for (let index = 0; index < candidates.length; index++) {
    const segments = candidates[index]!.segments;
    if (startsWith(target, segments) && (best < 0 || segments.length > candidates[best]!.segments.length)) best = index;
  }
  if (best >= 0) return best;
  // The pointer names a container of fields (e.g. a missing `/anschrift`):
  // attribute it to the first field inside, where the citizen can act.
  return candidates.findIndex(({ segments }) => startsWith(segments, target));
}

const LOCATION_MEMO_LIMIT = 5000;

export function buildFieldIndex(steps: readonly StepDefinition[]): FieldIndex {
  const entries: FieldEntry[] = [];
  const byStep = new Map<string, FieldEntry[]>();
  for (const step of steps) {
    const own: FieldEntry[] = [];
    for (const field of step.fields) {
      const entry: FieldEntry = {
        stepId: step.id,
        field,
        segments: parsePointer(field.pointer),
        order: entries.length,
        items: (field.widget === "group" ? (field.fields ?? []) : []).map((item) => ({
          field: item,
          segments: parsePointer(item.pointer),
        })),
      };
      entries.push(entry);
      own.push(entry);
    }
    byStep.set(step.id, own);
  }

  const findLocation = (pointer: string): FieldLocation | undefined => {
    const target = parsePointer(pointer);
    const entryIndex = bestMatch(entries, target);
    if (entryIndex < 0) return undefined;
    const entry = entries[entryIndex]!;
    const rest = target.slice(entry.segments.length);
    if (entry.field.widget !== "group" || rest.length === 0) return { entry, pointer: entry.field.pointer };

    const itemIndex = Number(rest[0]);
    if (!Number.isInteger(itemIndex) || itemIndex < 0) return { entry, pointer: entry.field.pointer };
    const itemPointer = joinPointer(entry.field.pointer, itemIndex);
    const itemFieldOrder = bestMatch(entry.items, rest.slice(1));
    if (rest.length === 1 || itemFieldOrder < 0) return { entry, pointer: itemPointer, itemIndex };
    const itemField = entry.items[itemFieldOrder]!.field;
    return { entry, pointer: itemPointer + itemField.pointer, itemIndex, itemField, itemFieldOrder };
  };

  // Validation reports the same pointers again and again (every NEXT of a
  // half-filled form misses the same later fields), so lookups are memoised.
  // Pointers are bounded by the form's shape and maxItems; the cap only
  // guards against hostile input with endless distinct property names.
  const memo = new Map<string, FieldLocation | undefined>();
  const locate = (pointer: string): FieldLocation | undefined => {
    if (memo.has(pointer)) return memo.get(pointer);
    const location = findLocation(pointer);
    if (memo.size >= LOCATION_MEMO_LIMIT) memo.clear();
    memo.set(pointer, location);
    return location;
  };

  return { entries, byStep, locate };
}

/** Sort key: field order, then item number, then item field order (item-level before its fields). */
export function compareLocations(a: FieldLocation, b: FieldLocation): number {
  return a.entry.order - b.entry.order || (a.itemIndex ?? -1) - (b.itemIndex ?? -1) || (a.itemFieldOrder ?? -1) - (b.itemFieldOrder ?? -1);
}
