import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson, notFound } from "~/server/api/responses.server";
import { municipalityResource } from "~/server/api/municipality-resource.server";
import { findMunicipalityByAgs } from "~/server/municipalities.server";
import { AGS_PATTERN } from "~/lib/codes";

export async function loader({ params }: LoaderFunctionArgs) {
  const ags = params.ags ?? "";
  if (!AGS_PATTERN.test(ags)) {
    return apiError(400, "invalid_ags", "Der Amtliche Gemeindeschlüssel (AGS) muss aus genau 8 Ziffern bestehen.");
  }
  const municipality = await findMunicipalityByAgs(ags);
  if (!municipality) return notFound(`Keine Gemeinde mit dem AGS ${ags} bekannt.`);
  return apiJson(municipalityResource(municipality));
}
