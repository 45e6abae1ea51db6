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
