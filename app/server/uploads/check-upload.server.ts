/**
 * An uploaded file against its field's rule, for the wizard and the editors' preview alike:
 * not too large, not empty, and bytes of an allowed type (the content decides, not the name).
 */
import type { FieldDefinition, Lang } from "../../engine/types";
import { formatBytes, translate } from "../../lib/i18n/translate";
import { sniffMediaType, SNIFF_BYTES } from "./sniff";
import type { StoredIssue } from "../drafts/draft-state";
import { safeFileName } from "./filename";
import type { UploadedFile } from "./multipart.server";
import { fileRuleOf, typesLabel } from "./upload-rules";

export function checkUpload(
  file: UploadedFile,
  field: FieldDefinition,
  lang: Lang,
): { ok: true; name: string; mediaType: string } | { ok: false; issue: StoredIssue } {
  const rule = fileRuleOf(field, false, 1);
  const name = safeFileName(file.filename);
  const refuse = (key: StoredIssue["key"], values: StoredIssue["values"]) => ({
    ok: false as const,
    issue: { pointer: file.name, key, values },
  });
  if (file.tooLarge) return refuse("upload.tooLarge", { name, size: formatBytes(rule.maxBytes, lang) });
  if (file.size === 0) return refuse("upload.empty", { name });
  const mediaType = sniffMediaType(file.bytes.subarray(0, SNIFF_BYTES));
  if (mediaType === null || !rule.accept.includes(mediaType)) {
    return refuse("upload.wrongType", { name, types: typesLabel(rule.accept, translate(lang, "common.or")) });
  }
  return { ok: true, name, mediaType };
}
