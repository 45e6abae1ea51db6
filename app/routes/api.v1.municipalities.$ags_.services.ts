import type { LoaderFunctionArgs } from "@remix-run/node";
import { AGS_PATTERN } from "~/lib/codes";
import { municipalityServicesResource } from "~/server/api/municipality-services.server";
import { apiError, apiJson, apiText, notFound } from "~/server/api/responses.server";
import { findMunicipalityByAgs } from "~/server/municipalities.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const ags = params.ags ?? "";
  if (!AGS_PATTERN.test(ags)) {
    return apiError(400, "invalid_ags", apiText(request, "api.invalidAgs"));
  }
  if (!(await findMunicipalityByAgs(ags))) return notFound(apiText(request, "api.municipalityNotFound", { ags }));
  return apiJson(await municipalityServicesResource(ags));
}
