import type { AppLoadContext } from "@remix-run/node";
import { clientAddress, hitRateLimit, RATE_LIMITS } from "../rate-limit.server";
import { caseForAccessCode } from "../submissions/case-access.server";
import { apiError, apiText, notFound } from "./responses.server";

/**
 * The case named in the URL, if the X-Access-Code header opens it. Failed attempts count
 * against the client's address; an unknown case and a wrong code get the same 404.
 */
export async function caseFromAccessCodeHeader(
  request: Request,
  context: AppLoadContext,
  caseNumber: string,
): Promise<{ ok: true; case: { id: string; caseNumber: string } } | { ok: false; response: Response }> {
  const code = request.headers.get("x-access-code") ?? "";
  const found = code ? await caseForAccessCode(caseNumber, code) : null;
  if (found) return { ok: true, case: found };
  const limit = await hitRateLimit(RATE_LIMITS.accessCode, clientAddress(context));
  if (!limit.allowed) {
    const response = apiError(
      429,
      "too_many_requests",
      apiText(request, "api.tooManyAttempts", { minutes: Math.ceil(limit.retryAfterSeconds / 60) }),
    );
    response.headers.set("Retry-After", String(limit.retryAfterSeconds));
    return { ok: false, response };
  }
  return { ok: false, response: notFound(apiText(request, "api.caseNotFound")) };
}
