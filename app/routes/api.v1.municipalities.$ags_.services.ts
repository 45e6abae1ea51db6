import type { LoaderFunctionArgs } from "@remix-run/node";
import { AGS_PATTERN } from "~/lib/codes";
import { municipalityServicesResource } from "~/server/api/municipality-services.server";
import { apiError, apiJson, notFound } from "~/server/api/responses.server";
import { findMunicipalityByAgs } from "~/server/municipalities.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const ags = params.ags ?? "";
  if (!AGS_PATTERN.test(ags)) {
    return apiError(400, "invalid_ags", "Der Amtliche Gemeindeschlüssel (AGS) muss aus genau 8 Ziffern bestehen.");
  }
  if (!(await findMunicipalityByAgs(ags))) return notFound(`Keine Gemeinde mit dem AGS ${ags} bekannt.`);
  return apiJson(await municipalityServicesResource(ags));
}
