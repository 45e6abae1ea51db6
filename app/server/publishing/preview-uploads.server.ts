/**
 * File fields in the preview: a chosen file is checked like in the wizard (type by its bytes,
 * size) and becomes an attachment reference, but its bytes are dropped at once — a preview
 * stores nothing. Files kept from an earlier page are found among the references the walk holds.
 */
import { createHash, randomUUID } from "node:crypto";
import type { FormEntries } from "../../engine/form-submission";
import type { FormDefinition, Lang, StepDefinition } from "../../engine/types";
import type { StoredIssue } from "../drafts/draft-state";
import { formShape } from "../wizard/form-shape";
import { factsPointerOf, fileFieldFor } from "../wizard/step-fields";
import { checkUpload } from "../uploads/check-upload.server";
import type { ParsedBody } from "../uploads/multipart.server";

type Ref = { id: string; name: string; mediaType: string; size: number; sha256: string };

function isRef(value: unknown): value is Ref {
  const v = value as Ref | null;
  return typeof v === "object" && v !== null && typeof v.id === "string" && typeof v.sha256 === "string" && typeof v.size === "number";
}

/** Every attachment reference anywhere in the given values. */
function collectRefs(values: unknown[]): Map<string, Ref> {
  const found = new Map<string, Ref>();
  const visit = (value: unknown) => {
    if (isRef(value)) found.set(value.id, value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") Object.values(value).forEach(visit);
  };
  values.forEach(visit);
  return found;
}

export function previewEntries(
  definition: FormDefinition,
  step: StepDefinition,
  body: ParsedBody,
  known: unknown[],
  options: { removeAttachmentId?: string; lang: Lang },
): { entries: FormEntries; issues: StoredIssue[] } {
  const refs = collectRefs(known);
  const entries: Array<readonly [string, string]> = [];
  const issues: StoredIssue[] = [];
  const kept = new Map<string, Ref[]>();
  const added = new Map<string, Ref[]>();
  const push = (map: Map<string, Ref[]>, name: string, ref: Ref) => map.set(name, [...(map.get(name) ?? []), ref]);
  for (const [name, value] of body.fields) {
    if (name.startsWith("_")) continue;
    if (!fileFieldFor(step, name)) {
      entries.push([name, value]);
      continue;
    }
    if (value === "" || value === options.removeAttachmentId) continue;
    const ref = refs.get(value);
    if (ref) push(kept, name, ref);
    else issues.push({ pointer: name, key: "upload.unknown", values: {} });
  }
  for (const file of body.files) {
    const field = fileFieldFor(step, file.name);
    if (!field) continue;
    const checked = checkUpload(file, field, options.lang);
    if (!checked.ok) {
      issues.push(checked.issue);
      continue;
    }
    const { name, mediaType } = checked;
    push(added, file.name, { id: randomUUID(), name, mediaType, size: file.size, sha256: createHash("sha256").update(file.bytes).digest("hex") });
  }
  const shape = formShape(definition);
  for (const name of new Set([...kept.keys(), ...added.keys()])) {
    const before = kept.get(name) ?? [];
    const fresh = added.get(name) ?? [];
    // As in the wizard: a single-file field keeps one file, a new upload replaces the old one.
    const multiple = shape.arrayBounds(factsPointerOf(name, step)).isArray;
    const chosen = multiple ? [...before, ...fresh] : fresh.length > 0 ? fresh.slice(-1) : before.slice(0, 1);
    for (const ref of chosen) entries.push([name, JSON.stringify(ref)]);
  }
  return { entries, issues };
}
