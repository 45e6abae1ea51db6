/**
 * What a file field accepts: media types and size per file (from the definition's `accept`
 * and `maxBytes`), and how many files. Pure, so the browser checks a chosen file by the same
 * rules before it is sent; the server decides by the file's bytes (sniff.ts), not its name.
 */
import type { FieldDefinition } from "../../engine/types";

export interface FileRule {
  accept: string[];
  maxBytes: number;
  multiple: boolean;
  maxFiles: number;
}

/** What a definition without `accept`/`maxBytes` gets: documents and photos up to 10 MB. */
export const DEFAULT_ACCEPT = ["application/pdf", "image/jpeg", "image/png"];
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function fileRuleOf(field: FieldDefinition, multiple: boolean, maxFiles: number): FileRule {
  return {
    accept: field.accept && field.accept.length > 0 ? field.accept : DEFAULT_ACCEPT,
    maxBytes: field.maxBytes ?? DEFAULT_MAX_BYTES,
    multiple,
    maxFiles: multiple ? maxFiles : 1,
  };
}

const LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/gif": "GIF",
  "image/webp": "WebP",
  "image/tiff": "TIFF",
  "image/heic": "HEIC",
};

const EXTENSIONS: Record<string, string[]> = {
  "application/pdf": [".pdf"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/gif": [".gif"],
  "image/webp": [".webp"],
  "image/tiff": [".tif", ".tiff"],
  "image/heic": [".heic"],
};

export function typeLabel(mediaType: string): string {
  return LABELS[mediaType] ?? mediaType;
}

/** "PDF, JPEG oder PNG" / "PDF, JPEG or PNG". */
export function typesLabel(accept: readonly string[], or: string): string {
  const labels = accept.map(typeLabel);
  return labels.length <= 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join(", ")} ${or} ${labels.at(-1)}`;
}

/** The `accept` attribute of the file input: types and extensions, so file pickers filter. */
export function acceptAttribute(accept: readonly string[]): string {
  return accept.flatMap((type) => [type, ...(EXTENSIONS[type] ?? [])]).join(",");
}

/** The browser's guess (type or extension) is a hint only; good enough to warn before uploading. */
export function looksAllowed(rule: FileRule, name: string, declaredType: string): boolean {
  if (declaredType && rule.accept.includes(declaredType)) return true;
  const lower = name.toLowerCase();
  return rule.accept.some((type) => (EXTENSIONS[type] ?? []).some((extension) => lower.endsWith(extension)));
}
