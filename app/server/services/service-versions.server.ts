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
 * A published version of a service, with its compiled runtime. A published version's content is
 * immutable, so definition and runtime are cached for the life of the process. Its state is not:
 * editors retire versions and services (app/server/publishing), possibly through another app
 * process, so `retired` is read from the database on every call (one primary-key lookup).
 */
const cache = new Map<string, Omit<PublishedService, "retired">>();

export async function publishedService(
  serviceId: string,
  version?: number,
  database?: Database,
  /** Kept for callers; `retired` is now always current (see above), callers decide what it means. */
  _options: { skipRetiredCheck?: boolean } = {},
): Promise<PublishedService | null> {
  if (version !== undefined) {
    const cached = cache.get(`${serviceId}@${version}`);
    // Also with skipRetiredCheck: a retired version must refuse new API submissions (submit.server.ts reads `retired`).
    if (cached) return { ...cached, retired: await isRetired(serviceId, version, database) };
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
  const { retired: _state, ...content } = loaded;
  cache.set(`${serviceId}@${row.version}`, content);
  return loaded;
}

/** The service was retired, or this version was (or it vanished). */
async function isRetired(serviceId: string, version: number, database?: Database): Promise<boolean> {
  const [row] = await (database ?? (await db()))
    .select({ retiredAt: services.retiredAt, status: serviceVersions.status })
    .from(services)
    .innerJoin(serviceVersions, and(eq(serviceVersions.serviceId, services.id), eq(serviceVersions.version, version)))
    .where(eq(services.id, serviceId))
    .limit(1);
  return !row || row.retiredAt !== null || row.status !== "published";
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
