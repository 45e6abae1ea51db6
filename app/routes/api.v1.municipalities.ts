import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson } from "~/server/api/responses.server";
import { municipalityResource } from "~/server/api/municipality-resource.server";
import { characterCount } from "~/server/cases/text-limits";
import { searchMunicipalities } from "~/server/municipalities.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  if (characterCount(q) > 100) return apiError(400, "query_too_long", "Der Suchbegriff darf höchstens 100 Zeichen lang sein.");
  const found = await searchMunicipalities(q);
  return apiJson(found.map(municipalityResource));
}
