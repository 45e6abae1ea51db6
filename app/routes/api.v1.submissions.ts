import type { ActionFunctionArgs } from "@remix-run/node";
import { readRequestBody } from "~/server/api/request-body.server";
import { apiError, apiJson, apiRefusalText, apiText } from "~/server/api/responses.server";
import { submissionResource } from "~/server/api/submission-resource.server";
import { refusalStatus } from "~/server/refusal-status.http.server";
import { clientAddress, hitLocalRateLimit, RATE_LIMITS } from "~/server/rate-limit.server";
import { submissionEnvelope, type SubmissionRequestBody } from "~/server/submissions/submission-envelope";
import { submitApplication } from "~/server/submissions/submit.server";

export async function action({ request, context }: ActionFunctionArgs) {
  const limit = hitLocalRateLimit(RATE_LIMITS.submission, clientAddress(context));
  if (!limit.allowed) {
    const response = apiError(429, "too_many_requests", apiText(request, "api.tooManySubmissions", { seconds: limit.retryAfterSeconds }));
    response.headers.set("Retry-After", String(limit.retryAfterSeconds));
    return response;
  }
  const body = await readRequestBody<SubmissionRequestBody>(request, "submitApplication");
  if (!body.ok) return body.response;

  const { service, version, municipality, data, idempotencyKey, lang, attachments } = submissionEnvelope(body.value);
  const result = await submitApplication({
    serviceId: service,
    version,
    municipalityAgs: municipality,
    data,
    idempotencyKey,
    lang,
    channel: "api",
    inlineAttachments: attachments,
  });
  if (!result.ok) {
    if (result.errors) {
      return apiJson(
        {
          error: { code: result.code, message: apiRefusalText(request, result) },
          errors: result.errors.map((e) => ({ pointer: e.pointer, message: e.message })),
        },
        { status: 422 },
      );
    }
    return apiError(refusalStatus(result), result.code, apiRefusalText(request, result));
  }
  return apiJson(submissionResource(result.case), { status: result.case.replayed ? 200 : 201 });
}
