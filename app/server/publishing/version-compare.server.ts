/**
 * Which two versions the comparison page shows: by default the open draft against the current
 * published version (what publishing would change), else the current version against the one
 * before it. A draft that does not pass the check cannot be compared (there are no fields yet).
 */
import { asc, eq } from "drizzle-orm";
import { serviceVersions } from "../../../db/schema";
import type { FormDefinition } from "../../engine/types";
import { db } from "../db.server";
import type { EditorialActor } from "./actor";
import { diffDefinitions, type DefinitionDiff } from "./definition-diff";
import { visibleService } from "./service-access.server";

export type CompareView =
  | {
      kind: "diff";
      from: { version: number; status: string };
      to: { version: number; status: string };
      diff: DefinitionDiff;
      versions: number[];
    }
  | { kind: "nothing"; message: string; versions: number[] };

type Row = { version: number; status: "draft" | "published" | "retired"; definition: unknown };
const checked = (row: Row) => typeof (row.definition as { id?: unknown }).id === "string";

export async function compareView(
  actor: EditorialActor,
  serviceId: string,
  wanted: { from?: number; to?: number } = {},
): Promise<CompareView | null> {
  const database = await db();
  if (!(await visibleService(database, actor, serviceId))) return null;
  const rows: Row[] = await database
    .select({ version: serviceVersions.version, status: serviceVersions.status, definition: serviceVersions.definition })
    .from(serviceVersions)
    .where(eq(serviceVersions.serviceId, serviceId))
    .orderBy(asc(serviceVersions.version));
  const comparable = rows.filter(checked);
  const versions = comparable.map((r) => r.version);
  const published = rows.filter((r) => r.status === "published");
  const draft = rows.find((r) => r.status === "draft");
  const to = wanted.to !== undefined ? comparable.find((r) => r.version === wanted.to) : draft && checked(draft) ? draft : published.at(-1);
  if (!to) {
    return {
      kind: "nothing",
      message: draft
        ? "Der Entwurf enthält noch Fehler; verglichen werden kann erst ein fehlerfreier Entwurf."
        : "Diese Leistung hat noch keine vergleichbare Version.",
      versions,
    };
  }
  const from =
    wanted.from !== undefined
      ? comparable.find((r) => r.version === wanted.from)
      : ([...published].reverse().find((r) => r.version < to.version) ?? [...comparable].reverse().find((r) => r.version < to.version));
  if (!from)
    return {
      kind: "nothing",
      message: `Version ${to.version} ist die erste Version dieser Leistung; es gibt nichts zu vergleichen.`,
      versions,
    };
  return {
    kind: "diff",
    from: { version: from.version, status: from.status },
    to: { version: to.version, status: to.status },
    diff: diffDefinitions(from.definition as FormDefinition, to.definition as FormDefinition),
    versions,
  };
}
