import type { FormValues } from "../../app/engine/types";
import type { SubmissionRequest } from "../../app/server/submissions/submit.server";
import { payloadFixture, withInlineFiles } from "./payloads";

/** One dog-tax application for the API, as a municipality's software would send it (fresh files each time). */
export function dogTaxSubmission(idempotencyKey: string = crypto.randomUUID()): string {
  const { data, attachments } = withInlineFiles(payloadFixture("hundesteuer-anmeldung").valid[0]);
  return JSON.stringify({ service: "hundesteuer-anmeldung", municipality: "16068042", data, attachments, idempotencyKey });
}

export function postSubmission(baseUrl: string, body: string = dogTaxSubmission()): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/submissions`, { method: "POST", headers: { "content-type": "application/json" }, body });
}

/** Submits and gives the case number; throws on any answer but 201 (new) or 200 (the same key again). */
export async function submitDogTax(baseUrl: string, body: string = dogTaxSubmission()): Promise<string> {
  const response = await postSubmission(baseUrl, body);
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`submission answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { caseNumber: string }).caseNumber;
}

/**
 * A fixture payload as the API route hands it to `submitApplication`: fresh files (their ids are
 * unique per case), decoded from base64, a new idempotency key, the API channel.
 */
export function apiSubmissionRequest(
  payload: FormValues,
  request: Pick<SubmissionRequest, "serviceId" | "municipalityAgs"> & Partial<SubmissionRequest>,
): SubmissionRequest {
  const { data, attachments } = withInlineFiles(payload);
  return {
    data,
    inlineAttachments: attachments.map((a) => ({ id: a.id, content: new Uint8Array(Buffer.from(a.content, "base64")) })),
    idempotencyKey: crypto.randomUUID(),
    channel: "api",
    ...request,
  };
}

/** The dog-tax fixture's first valid application as the API hands it to `submitApplication` (Rastenberg: VG Kölleda by default). */
export function dogTaxRequest(municipalityAgs = "16068042", request: Partial<SubmissionRequest> = {}): SubmissionRequest {
  return apiSubmissionRequest(payloadFixture("hundesteuer-anmeldung").valid[0], {
    serviceId: "hundesteuer-anmeldung",
    municipalityAgs,
    ...request,
  });
}
