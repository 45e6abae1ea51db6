import { apiError, apiText } from "../api/responses.server";
import { authenticateApiToken, type ApiClient, type ApiScope } from "./api-tokens.server";

export type ApiAuth = { ok: true; client: ApiClient } | { ok: false; response: Response };

/** The Fachverfahren behind the request's bearer token, or the 401/403 answer to give it. */
export async function requireApiClient(request: Request, scope: ApiScope): Promise<ApiAuth> {
  const client = await authenticateApiToken(request);
  if (!client) {
    const response = apiError(401, "unauthorized", apiText(request, "api.unauthorized"));
    response.headers.set("WWW-Authenticate", 'Bearer realm="buergerportal"');
    return { ok: false, response };
  }
  if (!client.scopes.includes(scope)) {
    return {
      ok: false,
      response: apiError(403, "forbidden", apiText(request, "api.missingScope", { scope })),
    };
  }
  return { ok: true, client };
}
