import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson, apiText, notFound } from "~/server/api/responses.server";
import { municipalityResource } from "~/server/api/municipality-resource.server";
import { findMunicipalityByAgs } from "~/server/municipalities.server";
import { AGS_PATTERN } from "~/lib/codes";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const ags = params.ags ?? "";
  if (!AGS_PATTERN.test(ags)) {
    return apiError(400, "invalid_ags", apiText(request, "api.invalidAgs"));
  }
  const municipality = await findMunicipalityByAgs(ags);
  if (!municipality) return notFound(apiText(request, "api.municipalityNotFound", { ags }));
  return apiJson(municipalityResource(municipality));
}
