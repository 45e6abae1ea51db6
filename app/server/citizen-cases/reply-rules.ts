/**
 * What a reply to a Rückfrage may carry, checked before anything is read from the database: the
 * text, the files (by the wizard's upload rules and content sniffing) and the form's token. Pure
 * apart from the bytes it is handed.
 */
import { createHash } from "node:crypto";
import type { FieldDefinition, Lang } from "../../engine/types";
import { translate } from "../../lib/i18n/translate";
import { characterCount, MESSAGE_MAX_LENGTH } from "../cases/text-limits";
import type { StoredIssue } from "../drafts/draft-state";
import { text, worded, type Refusal } from "../outcome";
import { canonicalJson } from "../submissions/canonical-json";
import { isUuid } from "../uploads/attachments.server";
import { checkUpload } from "../uploads/check-upload.server";
import type { UploadedFile } from "../uploads/multipart.server";
import { DEFAULT_ACCEPT, DEFAULT_MAX_BYTES } from "../uploads/upload-rules";

/** A refused reply names the form field it belongs to and, for files, each problem. */
export type CitizenRefusal = Refusal<{
  field?: "antwort" | "dateien" | "token" | "grund";
  issues?: StoredIssue[];
  retryAfterSeconds?: number;
}>;

/** The reply's file input: the wizard's default documents and photos, 10 MB each. */
export const REPLY_FILE_FIELD: FieldDefinition = {
  pointer: "/antwort/dateien",
  widget: "file",
  label: { de: "Dateien", en: "Files" },
  accept: DEFAULT_ACCEPT,
  maxBytes: DEFAULT_MAX_BYTES,
};
export const REPLY_FILE_INPUT = "dateien";
export const REPLY_MAX_FILES = 10;

export type CheckedFile = { name: string; mediaType: string; size: number; sha256: string; bytes: Uint8Array };
export type CheckedReply = { token: string; message: string; files: CheckedFile[] };

export function checkReply(input: { token: unknown; message: unknown; files: UploadedFile[] }, lang: Lang): CheckedReply | CitizenRefusal {
  if (typeof input.token !== "string" || !isUuid(input.token)) {
    return { ok: false, kind: "malformed", code: "reply_token_missing", field: "token", ...worded(text("refusal.replyFormIncomplete")) };
  }
  if (input.message !== undefined && input.message !== null && typeof input.message !== "string") {
    return { ok: false, kind: "malformed", code: "invalid_message", field: "antwort", ...worded(text("refusal.messageNotText")) };
  }
  const message = (input.message ?? "").trim();
  if (characterCount(message) > MESSAGE_MAX_LENGTH) {
    return {
      ok: false,
      kind: "invalid",
      code: "message_too_long",
      field: "antwort",
      ...worded(text("refusal.replyTooLong", { length: characterCount(message), max: MESSAGE_MAX_LENGTH })),
    };
  }
  const uploads = input.files.filter((file) => file.name === REPLY_FILE_INPUT);
  if (message === "" && uploads.length === 0) {
    return { ok: false, kind: "invalid", code: "reply_empty", field: "antwort", ...worded(text("refusal.replyEmpty")) };
  }
  if (uploads.length > REPLY_MAX_FILES) {
    return {
      ok: false,
      kind: "invalid",
      code: "too_many_files",
      field: "dateien",
      ...worded(text("refusal.replyTooManyFiles", { max: REPLY_MAX_FILES })),
    };
  }
  const files: CheckedFile[] = [];
  const issues: StoredIssue[] = [];
  let tooLarge = false;
  for (const file of uploads) {
    const checked = checkUpload(file, REPLY_FILE_FIELD, lang);
    if (!checked.ok) {
      issues.push({ ...checked.issue, pointer: REPLY_FILE_INPUT });
      tooLarge ||= file.tooLarge;
      continue;
    }
    const sha256 = createHash("sha256").update(file.bytes).digest("hex");
    files.push({ name: checked.name, mediaType: checked.mediaType, size: file.bytes.byteLength, sha256, bytes: file.bytes });
  }
  if (issues.length > 0) {
    // Nothing of a reply with a refused file is kept: the citizen sends it again, complete.
    return {
      ok: false,
      kind: tooLarge ? "too-large" : "invalid",
      code: tooLarge ? "file_too_large" : "file_refused",
      field: "dateien",
      message: issues.map((issue) => translate("de", issue.key, issue.values)).join(" "),
      issues,
    };
  }
  return { token: input.token, message, files };
}

/**
 * The SHA-256 the reply receipt prints: canonical JSON of the case number, the text and each
 * file's name, size and SHA-256, so the receipt vouches for exactly what was sent.
 */
export function replyHash(caseNumber: string, message: string, files: Array<{ name: string; size: number; sha256: string }>): string {
  const sent = { caseNumber, message, files: files.map(({ name, size, sha256 }) => ({ name, size, sha256 })) };
  return createHash("sha256").update(canonicalJson(sent)).digest("hex");
}
