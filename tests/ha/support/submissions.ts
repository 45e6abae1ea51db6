import { payloadFixture, withInlineFiles } from "../../support/payloads";

/** One dog-tax application through the API, as a municipality's software would send it. */
export function dogTaxSubmission(idempotencyKey: string = crypto.randomUUID()) {
  const { data, attachments } = withInlineFiles(payloadFixture("hundesteuer-anmeldung").valid[0]);
  return JSON.stringify({ service: "hundesteuer-anmeldung", municipality: "16068042", data, attachments, idempotencyKey });
}

export async function submitDogTax(baseUrl: string, body = dogTaxSubmission()): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/submissions`, { method: "POST", headers: { "content-type": "application/json" }, body });
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`submission answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { caseNumber: string }).caseNumber;
}
