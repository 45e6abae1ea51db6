import { MAX_ATTACHMENTS_PER_SUBMISSION } from "../../engine/attachment-limit";
import { AGS_PATTERN, SERVICE_ID_PATTERN } from "../../lib/codes";

/** The outer shape of POST /api/v1/submissions; the `data` inside is checked by the form's own rules. */
export type SubmissionEnvelope = {
  service: string;
  version?: number;
  municipality: string;
  data: Record<string, unknown>;
  idempotencyKey: string;
  lang?: "de" | "en";
  /** File contents for attachment references in `data`: `{ id, content }` with base64 content. */
  attachments?: Array<{ id: string; content: Uint8Array }>;
};

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,200}$/;

export function parseSubmissionEnvelope(body: unknown): { ok: true; value: SubmissionEnvelope } | { ok: false; message: string } {
  if (!body || typeof body !== "object" || Array.isArray(body)) return { ok: false, message: "Der Inhalt muss ein JSON-Objekt sein." };
  const b = body as Record<string, unknown>;
  const known = new Set(["service", "version", "municipality", "data", "idempotencyKey", "lang", "attachments"]);
  const unknown = Object.keys(b).filter((k) => !known.has(k));
  if (unknown.length > 0) return { ok: false, message: `Unbekannte Angabe: ${unknown.slice(0, 3).join(", ")}.` };
  if (typeof b.service !== "string" || !SERVICE_ID_PATTERN.test(b.service)) {
    return { ok: false, message: "„service“ muss die Kennung einer Leistung sein, z. B. „hundesteuer-anmeldung“." };
  }
  if (b.version !== undefined && !(Number.isInteger(b.version) && (b.version as number) >= 1)) {
    return { ok: false, message: "„version“ muss eine ganze Zahl ab 1 sein." };
  }
  if (typeof b.municipality !== "string" || !AGS_PATTERN.test(b.municipality)) {
    return { ok: false, message: "„municipality“ muss der Amtliche Gemeindeschlüssel (8 Ziffern) sein." };
  }
  if (!b.data || typeof b.data !== "object" || Array.isArray(b.data)) return { ok: false, message: "„data“ muss ein JSON-Objekt sein." };
  if (typeof b.idempotencyKey !== "string" || !IDEMPOTENCY_KEY_PATTERN.test(b.idempotencyKey)) {
    return {
      ok: false,
      message: "„idempotencyKey“ muss 8 bis 200 Zeichen aus Buchstaben, Ziffern und . _ : - haben; am besten eine UUID.",
    };
  }
  if (b.lang !== undefined && b.lang !== "de" && b.lang !== "en") return { ok: false, message: "„lang“ muss „de“ oder „en“ sein." };
  const files = parseAttachments(b.attachments);
  if (!files.ok) return files;
  return {
    ok: true,
    value: {
      attachments: files.value,
      service: b.service,
      version: b.version as number | undefined,
      municipality: b.municipality,
      data: b.data as Record<string, unknown>,
      idempotencyKey: b.idempotencyKey,
      lang: b.lang as "de" | "en" | undefined,
    },
  };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function parseAttachments(raw: unknown): { ok: true; value: Array<{ id: string; content: Uint8Array }> } | { ok: false; message: string } {
  if (raw === undefined) return { ok: true, value: [] };
  if (!Array.isArray(raw) || raw.length > MAX_ATTACHMENTS_PER_SUBMISSION) {
    return { ok: false, message: `„attachments“ muss eine Liste mit höchstens ${MAX_ATTACHMENTS_PER_SUBMISSION} Dateien sein.` };
  }
  const value: Array<{ id: string; content: Uint8Array }> = [];
  for (const [i, item] of raw.entries()) {
    const entry = item as Record<string, unknown> | null;
    if (!entry || typeof entry.id !== "string" || typeof entry.content !== "string" || !BASE64.test(entry.content)) {
      return { ok: false, message: `„attachments[${i}]“ braucht „id“ und „content“ (Base64).` };
    }
    value.push({ id: entry.id, content: new Uint8Array(Buffer.from(entry.content, "base64")) });
  }
  return { ok: true, value };
}
