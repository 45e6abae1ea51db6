import { apiError } from "../api/responses.server";
import { authenticateApiToken, type ApiClient, type ApiScope } from "./api-tokens.server";

export type ApiAuth = { ok: true; client: ApiClient } | { ok: false; response: Response };

/** The Fachverfahren behind the request's bearer token, or the 401/403 answer to give it. */
export async function requireApiClient(request: Request, scope: ApiScope): Promise<ApiAuth> {
  const client = await authenticateApiToken(request);
  if (!client) {
    const response = apiError(
      401,
      "unauthorized",
      "Bitte senden Sie einen gültigen API-Schlüssel Ihrer Behörde im Kopf „Authorization: Bearer …“. Schlüssel legt die Kontenverwaltung unter /verwaltung/konten an.",
    );
    response.headers.set("WWW-Authenticate", 'Bearer realm="buergerportal"');
    return { ok: false, response };
  }
  if (!client.scopes.includes(scope)) {
    return {
      ok: false,
      response: apiError(403, "forbidden", `Dieser API-Schlüssel darf das nicht (es fehlt die Berechtigung „${scope}“).`),
    };
  }
  return { ok: true, client };
}
