/** The outer shape of POST /api/v1/submissions; the `data` inside is checked by the form's own rules. */
export type SubmissionEnvelope = {
  service: string;
  version?: number;
  municipality: string;
  data: Record<string, unknown>;
  idempotencyKey: string;
  lang?: "de" | "en";
  /** File contents for attachment references in `data`. */
  attachments?: Array<{ id: string; content: Uint8Array }>;
};

/** The request body as the OpenAPI document's SubmissionRequest schema describes it (checked before). */
export type SubmissionRequestBody = Omit<SubmissionEnvelope, "attachments"> & { attachments?: Array<{ id: string; content: string }> };

/** The envelope of a body that passed the schema: attachment contents decoded from Base64. */
export function submissionEnvelope(body: SubmissionRequestBody): SubmissionEnvelope {
  const attachments = (body.attachments ?? []).map(({ id, content }) => ({ id, content: new Uint8Array(Buffer.from(content, "base64")) }));
  return { ...body, attachments };
}
