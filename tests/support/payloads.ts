import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";

export type PayloadFixture = {
  valid: Array<Record<string, unknown>>;
  journeys: Array<{ name: string; answers: Record<string, Record<string, unknown>> }>;
};

export function payloadFixture(formId: string): PayloadFixture {
  return JSON.parse(readFileSync(`tests/fixtures/payloads/${formId}.json`, "utf8")) as PayloadFixture;
}

/** Real file bytes of a type: a minimal PDF or PNG whose signature a sniffer recognises. */
export function sampleFile(mediaType: string, salt = randomUUID()): Uint8Array {
  if (mediaType === "image/png") {
    return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Buffer.from(`png ${salt}`)]);
  }
  if (mediaType === "image/jpeg") return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from(`jpeg ${salt}`)]);
  return new Uint8Array(Buffer.from(`%PDF-1.4\n% ${salt}\n%%EOF\n`));
}

/**
 * Replaces every attachment reference in a payload by a fresh one with real content, so the
 * payload can be submitted over the API with its files inline.
 */
export function withInlineFiles(data: Record<string, unknown>): {
  data: Record<string, unknown>;
  attachments: Array<{ id: string; content: string }>;
} {
  const attachments: Array<{ id: string; content: string }> = [];
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === "object") {
      const v = value as Record<string, unknown>;
      if (typeof v.sha256 === "string" && typeof v.mediaType === "string" && typeof v.id === "string") {
        const content = sampleFile(v.mediaType);
        const id = randomUUID();
        attachments.push({ id, content: Buffer.from(content).toString("base64") });
        return { ...v, id, size: content.byteLength, sha256: createHash("sha256").update(content).digest("hex") };
      }
      return Object.fromEntries(Object.entries(v).map(([k, child]) => [k, visit(child)]));
    }
    return value;
  };
  return { data: visit(data) as Record<string, unknown>, attachments };
}
