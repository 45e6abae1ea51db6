import { getAt, parsePointer } from "../../engine/json-pointer";
import type { FieldDefinition, FormDefinition, FormValues } from "../../engine/types";

/**
 * Who applied, as clerks see it in the inbox and as notifications address them, read from the
 * fields the form marks with autocomplete tokens (given-name/family-name, organization, email).
 */
export function applicantOf(definition: FormDefinition, data: FormValues): { name: string; email: string | null } {
  const fields = definition.steps.flatMap((step) => step.fields).filter((f) => f.widget !== "group");
  const text = (field: FieldDefinition | undefined) => {
    if (!field) return "";
    const value = getAt(data, parsePointer(field.pointer));
    return typeof value === "string" ? value.trim() : "";
  };
  const byToken = (token: string) =>
    fields
      .filter((f) => f.autocomplete === token)
      .map(text)
      .find((v) => v !== "") ?? "";
  const person = [byToken("given-name"), byToken("family-name")].filter(Boolean).join(" ") || byToken("name");
  const name = person || byToken("organization") || "unbekannt";
  const emailField = fields
    .filter((f) => f.widget === "email" || f.autocomplete === "email")
    .map(text)
    .find((v) => v !== "");
  return { name: name.slice(0, 200), email: emailField ? emailField.slice(0, 254) : null };
}

export type AttachmentReference = { pointer: string; id: string; name: string; mediaType: string; size: number; sha256: string };

/** Every attachment reference (`{ id, name, mediaType, size, sha256 }`) anywhere in the data, with its pointer. */
export function attachmentRefs(data: unknown): AttachmentReference[] {
  const found: AttachmentReference[] = [];
  const visit = (value: unknown, pointer: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${pointer}/${i}`));
    else if (value && typeof value === "object") {
      const v = value as Record<string, unknown>;
      if (typeof v.id === "string" && typeof v.sha256 === "string" && typeof v.mediaType === "string") {
        found.push({ pointer, id: v.id, name: String(v.name ?? ""), mediaType: v.mediaType, size: Number(v.size ?? 0), sha256: v.sha256 });
      } else for (const [key, child] of Object.entries(v)) visit(child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    }
  };
  visit(data, "");
  return found;
}
