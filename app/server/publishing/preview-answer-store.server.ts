/**
 * The preview's answers in its cookie (preview-cookie.server.ts): nothing of a preview is
 * stored. A chosen file is checked like in the wizard and becomes a reference, but its bytes
 * are dropped at once; files kept from an earlier page are found among the references the walk
 * holds.
 */
import { createHash, randomUUID } from "node:crypto";
import type { DraftState } from "../drafts/draft-state";
import type { AttachmentRef } from "../uploads/attachments.server";
import type { AnswerStore, WalkFiles } from "../wizard/answer-store";
import { previewStateCookie } from "./preview-cookie.server";

function isRef(value: unknown): value is AttachmentRef {
  const v = value as AttachmentRef | null;
  return typeof v === "object" && v !== null && typeof v.id === "string" && typeof v.sha256 === "string" && typeof v.size === "number";
}

/** Every attachment reference anywhere in the walk's answers. */
function referencesIn(state: DraftState): Map<string, AttachmentRef> {
  const found = new Map<string, AttachmentRef>();
  const visit = (value: unknown) => {
    if (isRef(value)) found.set(value.id, value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") Object.values(value).forEach(visit);
  };
  visit((state.machine as { context?: { data?: unknown } } | null)?.context?.data);
  Object.values(state.pending).forEach((entry) => visit(entry.data));
  return found;
}

function previewFiles(state: DraftState): WalkFiles {
  const known = referencesIn(state);
  return {
    async find(ids) {
      return new Map(ids.flatMap((id) => (known.has(id) ? [[id, known.get(id)!] as const] : [])));
    },
    async add({ name, mediaType, bytes }) {
      return { id: randomUUID(), name, mediaType, size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
    },
  };
}

/** A walk too long for a cookie stays where it was, with a notice the preview's banner shows. */
function withTooLongNotice(location: string): string {
  return `${location}${location.includes("?") ? "&" : "?"}vorschau=zu-lang`;
}

export function previewAnswerStore(request: Request, cookiePath: string, state: DraftState): AnswerStore {
  return {
    async change(work) {
      const outcome = await work(state, previewFiles(state));
      const headers = new Headers({ "Cache-Control": "no-store" });
      if (!outcome.state) return { location: outcome.location, headers };
      const cookie = previewStateCookie(request, cookiePath, outcome.state);
      if (!cookie) return { location: withTooLongNotice(outcome.stayAt), headers };
      headers.append("Set-Cookie", cookie);
      return { location: outcome.location, headers };
    },
  };
}
