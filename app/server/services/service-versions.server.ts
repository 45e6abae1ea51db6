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

/** What a published version says; immutable once published. */
export type PublishedVersion = Omit<PublishedService, "retired">;

/**
 * A published version's content, with its compiled runtime. Published content is immutable, so
 * it is cached for the life of the process: with a version number, no database round trip.
 * Without one, the newest published version is looked up.
 */
const cache = new Map<string, PublishedVersion>();

export async function publishedVersion(serviceId: string, version?: number, database?: Database): Promise<PublishedVersion | null> {
  if (version !== undefined) {
    const cached = cache.get(`${serviceId}@${version}`);
    if (cached) return cached;
  }
  const conn = database ?? (await db());
  const [row] = await conn
    .select({
      id: services.id,
      level: services.level,
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
  const content: PublishedVersion = {
    id: row.id,
    version: row.version,
    level: row.level,
    title: row.title,
    leikaKey: row.leikaKey,
    definition,
    runtime: compile(definition),
  };
  cache.set(`${serviceId}@${row.version}`, content);
  return content;
}

/**
 * A published version and whether it still takes new applications. The state is not cached:
 * editors retire versions and services (app/server/publishing), possibly through another app
 * process, so it is read from the database on every call (one primary-key lookup).
 */
export async function publishedService(serviceId: string, version?: number, database?: Database): Promise<PublishedService | null> {
  const content = await publishedVersion(serviceId, version, database);
  if (!content) return null;
  return { ...content, retired: await versionRetired(serviceId, content.version, database) };
}

/** The service was retired, or this version was (or it vanished). */
export async function versionRetired(serviceId: string, version: number, database?: Database): Promise<boolean> {
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
