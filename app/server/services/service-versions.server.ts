import { and, desc, eq, isNull } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { serviceOfferings, services, serviceVersions } from "../../../db/schema";
import { compile } from "../../engine/compile.server";
import type { FormRuntime } from "../../engine/runtime";
import type { FormDefinition } from "../../engine/types";
import { db } from "../db.server";

export type PublishedService = {
  id: string;
  version: number;
  level: "gemeinde" | "kreis";
  title: string;
  leikaKey: string | null;
  definition: FormDefinition;
  runtime: FormRuntime;
  retired: boolean;
};

/**
 * A published version of a service, with its compiled runtime. Published versions are
 * immutable, so a loaded version is cached for the life of the process.
 */
const cache = new Map<string, PublishedService>();

export async function publishedService(
  serviceId: string,
  version?: number,
  database?: Database,
  options: { skipRetiredCheck?: boolean } = {},
): Promise<PublishedService | null> {
  if (version !== undefined) {
    const cached = cache.get(`${serviceId}@${version}`);
    if (cached) return options.skipRetiredCheck ? cached : { ...cached, retired: await isRetired(serviceId, database) };
  }
  const conn = database ?? (await db());
  const [row] = await conn
    .select({
      id: services.id,
      level: services.level,
      retiredAt: services.retiredAt,
      version: serviceVersions.version,
      status: serviceVersions.status,
      title: serviceVersions.title,
      leikaKey: serviceVersions.leikaKey,
      definition: serviceVersions.definition,
    })
    .from(services)
    .innerJoin(serviceVersions, eq(serviceVersions.serviceId, services.id))
    .where(
      and(
        eq(services.id, serviceId),
        version === undefined ? eq(serviceVersions.status, "published") : eq(serviceVersions.version, version),
      ),
    )
    .orderBy(desc(serviceVersions.version))
    .limit(1);
  if (!row || row.status === "draft") return null;
  const definition = row.definition as FormDefinition;
  const loaded: PublishedService = {
    id: row.id,
    version: row.version,
    level: row.level,
    title: row.title,
    leikaKey: row.leikaKey,
    definition,
    runtime: compile(definition),
    retired: row.retiredAt !== null || row.status === "retired",
  };
  cache.set(`${serviceId}@${row.version}`, { ...loaded, retired: false });
  return loaded;
}

async function isRetired(serviceId: string, database?: Database): Promise<boolean> {
  const [row] = await (database ?? (await db()))
    .select({ retiredAt: services.retiredAt })
    .from(services)
    .where(eq(services.id, serviceId))
    .limit(1);
  return !row || row.retiredAt !== null;
}

export async function isOfferedIn(serviceId: string, municipalityAgs: string, database?: Database): Promise<boolean> {
  const rows = await (database ?? (await db()))
    .select({ serviceId: serviceOfferings.serviceId })
    .from(serviceOfferings)
    .innerJoin(services, eq(services.id, serviceOfferings.serviceId))
    .where(
      and(eq(serviceOfferings.serviceId, serviceId), eq(serviceOfferings.municipalityAgs, municipalityAgs), isNull(services.retiredAt)),
    )
    .limit(1);
  return rows.length > 0;
}
