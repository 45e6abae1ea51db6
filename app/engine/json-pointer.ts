/**
 * RFC 6901 JSON pointers: parsing, reading and immutable writing.
 * Writes copy only the objects on the path, so snapshots stay shareable.
 */

export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (pointer[0] !== "/") throw new Error(`Invalid JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function escapeSegment(segment: string): string {
  // Hot path of error attribution: almost no property name needs escaping.
  if (segment.indexOf("~") < 0 && segment.indexOf("/") < 0) return segment;
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function formatPointer(segments: readonly string[]): string {
  return segments.map((segment) => `/${escapeSegment(segment)}`).join("");
}

export function joinPointer(base: string, ...segments: Array<string | number>): string {
  return base + segments.map((segment) => `/${escapeSegment(String(segment))}`).join("");
}

/** True when `pointer` equals `ancestor` or lies below it (segment-wise, not string-wise). */
export function isPointerWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || (pointer.startsWith(ancestor) && pointer[ancestor.length] === "/");
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === "object" && value !== null;
}

export function getAt(root: unknown, segments: readonly string[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (!isContainer(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function shallowCopy(value: unknown, nextSegment: string): Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return value.slice();
  if (isContainer(value)) return { ...value };
  // Numeric segments create arrays, like group items `/hunde/0/name`.
  return /^(0|[1-9]\d*)$/.test(nextSegment) ? [] : {};
}

/** Returns a copy of `root` with `value` written at `segments`; missing containers are created. */
export function setAt<T>(root: T, segments: readonly string[], value: unknown): T {
  if (segments.length === 0) return value as T;
  const [head, ...rest] = segments as [string, ...string[]];
  const copy = shallowCopy(root, head) as Record<string, unknown>;
  copy[head] = setAt(copy[head], rest, value);
  return copy as T;
}

/**
 * Returns a copy of `root` without the value at `segments` (the same object
 * when absent). Objects the removal leaves empty are dropped too, so pruned
 * data does not even reveal which section was answered. Array items are
 * never removed singly: they belong to their group.
 */
export function removeAtAndTidy<T>(root: T, segments: readonly string[]): T {
  if (segments.length === 0 || !isContainer(root)) return root;
  const [head, ...rest] = segments as [string, ...string[]];
  if (!Object.prototype.hasOwnProperty.call(root, head) || Array.isArray(root)) return root;
  const record = root as Record<string, unknown>;
  if (rest.length > 0) {
    const child = record[head];
    const updated = removeAtAndTidy(child, rest);
    if (updated === child) return root;
    const isEmptyObject = isContainer(updated) && !Array.isArray(updated) && Object.keys(updated).length === 0;
    if (!isEmptyObject) return { ...record, [head]: updated } as T;
  }
  const { [head]: _removed, ...others } = record;
  return others as T;
}

/**
 * Writes several values at once (undefined = remove), copying each container
 * on the way only once. Used to merge a step's answers: a step usually writes
 * several fields into the same object.
 */
export function writeAll<T>(root: T, writes: ReadonlyArray<readonly [segments: readonly string[], value: unknown]>): T {
  const copies = new Set<unknown>();
  let result = root as unknown;
  for (const [segments, value] of writes) {
    if (segments.length === 0) continue;
    if (value === undefined && getAt(result, segments) === undefined) continue;
    result = ownCopy(copies, result, segments[0]!);
    let parent = result as Record<string, unknown>;
    for (let depth = 0; depth < segments.length - 1; depth++) {
      const segment = segments[depth]!;
      const child = ownCopy(copies, parent[segment], segments[depth + 1]!);
      parent[segment] = child;
      parent = child;
    }
    const last = segments[segments.length - 1]!;
    if (value === undefined) {
      if (!Array.isArray(parent)) delete parent[last];
    } else {
      parent[last] = value;
    }
  }
  return result as T;
}

/** A container writeAll may change in place: copied once, then reused. */
function ownCopy(copies: Set<unknown>, value: unknown, nextSegment: string): Record<string, unknown> {
  if (copies.has(value)) return value as Record<string, unknown>;
  const copy = shallowCopy(value, nextSegment);
  copies.add(copy);
  return copy as Record<string, unknown>;
}
