/**
 * Turns a posted step's file inputs into attachment references: files kept from before are
 * looked up among the walk's own uploads (an unknown or foreign id is refused, never
 * trusted), new files are checked by their bytes and kept by the walk's store. Everything
 * else posted passes through unchanged to the engine's parseStepSubmission.
 */
import type { FormEntries } from "../../engine/form-submission";
import type { FormDefinition, Lang, StepDefinition } from "../../engine/types";
import type { AttachmentRef } from "../uploads/attachments.server";
import { checkUpload } from "../uploads/check-upload.server";
import type { ParsedBody } from "../uploads/multipart.server";
import type { StoredIssue } from "../drafts/draft-state";
import type { WalkFiles } from "./answer-store";
import { formShape, type FormShape } from "./form-shape";
import { factsPointerOf, fileFieldFor } from "./step-fields";

export interface ResolvedStep {
  entries: FormEntries;
  issues: StoredIssue[];
}

function isMultiple(shape: FormShape, step: StepDefinition, name: string): boolean {
  return shape.arrayBounds(factsPointerOf(name, step)).isArray;
}

export async function resolveStepEntries(
  files: WalkFiles,
  definition: FormDefinition,
  step: StepDefinition,
  body: ParsedBody,
  options: { removeAttachmentId?: string; lang: Lang },
): Promise<ResolvedStep> {
  const shape = formShape(definition);
  const entries: Array<readonly [string, string]> = [];
  const kept = new Map<string, string[]>();
  for (const [name, value] of body.fields) {
    if (name.startsWith("_")) continue;
    if (fileFieldFor(step, name)) {
      if (value !== "" && value !== options.removeAttachmentId) kept.set(name, [...(kept.get(name) ?? []), value]);
    } else {
      entries.push([name, value]);
    }
  }

  const issues: StoredIssue[] = [];
  const known = await files.find([...kept.values()].flat());
  const refsByName = new Map<string, AttachmentRef[]>();
  for (const [name, ids] of kept) {
    const refs = ids.map((id) => known.get(id)).filter((ref): ref is AttachmentRef => ref !== undefined);
    if (refs.length < ids.length) issues.push({ pointer: name, key: "upload.unknown", values: {} });
    refsByName.set(name, refs);
  }

  const added = new Map<string, AttachmentRef[]>();
  for (const file of body.files) {
    const field = fileFieldFor(step, file.name);
    if (!field) continue;
    const checked = checkUpload(file, field, options.lang);
    if (!checked.ok) {
      issues.push(checked.issue);
      continue;
    }
    const { name, mediaType } = checked;
    const ref = await files.add({ pointer: file.name, name, mediaType, bytes: file.bytes });
    added.set(file.name, [...(added.get(file.name) ?? []), ref]);
  }

  for (const name of new Set([...refsByName.keys(), ...added.keys()])) {
    const before = refsByName.get(name) ?? [];
    const fresh = added.get(name) ?? [];
    // A single-file field keeps one file: a new upload replaces the old one.
    const refs = isMultiple(shape, step, name) ? [...before, ...fresh] : fresh.length > 0 ? fresh.slice(-1) : before.slice(0, 1);
    for (const ref of refs) entries.push([name, JSON.stringify(ref)]);
  }
  return { entries, issues };
}
