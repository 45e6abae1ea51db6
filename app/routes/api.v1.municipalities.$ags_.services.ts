import type { LoaderFunctionArgs } from "@remix-run/node";
import { AGS_PATTERN } from "~/lib/codes";
import { apiError, apiJson, notFound } from "~/server/api/responses.server";
import { db } from "~/server/db.server";
import { findMunicipalityByAgs } from "~/server/municipalities.server";
import { responsibleAuthority } from "~/server/routing/routing.server";
import { servicesOfferedIn } from "~/server/services/catalogue.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const ags = params.ags ?? "";
  if (!AGS_PATTERN.test(ags)) {
    return apiError(400, "invalid_ags", "Der Amtliche Gemeindeschlüssel (AGS) muss aus genau 8 Ziffern bestehen.");
  }
  if (!(await findMunicipalityByAgs(ags))) return notFound(`Keine Gemeinde mit dem AGS ${ags} bekannt.`);
  const database = await db();
  const offered = await servicesOfferedIn(ags);
  const body = await Promise.all(
    offered.map(async (service) => {
      const routing = await responsibleAuthority(database, { serviceId: service.id, level: service.level, municipalityAgs: ags });
      return {
        id: service.id,
        version: service.version,
        title: service.title,
        leikaKey: service.leikaKey,
        level: service.level,
        responsibleAuthority: routing
          ? { name: routing.authority.name, kind: routing.authority.kind, ags: routing.authority.ags }
          : null,
      };
    }),
  );
  return apiJson(body);
}
