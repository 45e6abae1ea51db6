import type { MunicipalityView } from "../municipalities.server";

/** The public API shape of a municipality (see the OpenAPI document). */
export function municipalityResource(m: MunicipalityView) {
  return {
    ags: m.ags,
    ars: m.ars,
    name: m.name,
    slug: m.slug,
    kind: m.kind,
    county: { ags: m.county.ags, name: m.county.name },
    administeredBy: { name: m.administeredBy.name, kind: m.administeredBy.kind, ags: m.administeredBy.ags },
  };
}
