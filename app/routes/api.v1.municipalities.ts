import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson, apiText } from "~/server/api/responses.server";
import { municipalityResource } from "~/server/api/municipality-resource.server";
import { characterCount } from "~/server/cases/text-limits";
import { searchMunicipalities } from "~/server/municipalities.server";

const MAX_QUERY_LENGTH = 100;

export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  if (characterCount(q) > MAX_QUERY_LENGTH) {
    return apiError(400, "query_too_long", apiText(request, "api.queryTooLong", { max: MAX_QUERY_LENGTH }));
  }
  const found = await searchMunicipalities(q);
  return apiJson(found.map(municipalityResource));
}
