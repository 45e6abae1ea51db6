import { db } from "../db.server";
import { responsibleAuthority } from "../routing/routing.server";
import { servicesOfferedIn } from "../services/catalogue.server";

/** The public API shape of the services a municipality offers, each with the authority that handles it there. */
export async function municipalityServicesResource(ags: string) {
  const database = await db();
  const offered = await servicesOfferedIn(ags);
  return Promise.all(
    offered.map(async (service) => {
      const routing = await responsibleAuthority(database, { serviceId: service.id, level: service.level, municipalityAgs: ags });
      return {
        id: service.id,
        version: service.version,
        title: service.title,
        leikaKey: service.leikaKey,
        level: service.level,
        responsibleAuthority: routing ? { name: routing.authority.name, kind: routing.authority.kind, ags: routing.authority.ags } : null,
      };
    }),
  );
}
