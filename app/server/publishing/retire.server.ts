/**
 * Retiring: no new starts, while drafts already started may be finished until they expire (the
 * submission path's `allowRetired`). A retired version leaves the catalogue; the newest version
 * still published becomes the current one again. A retired service leaves every catalogue.
 */
import { and, eq, isNull } from "drizzle-orm";
import { services, serviceVersions } from "../../../db/schema";
import { db } from "../db.server";
import type { EditorialActor } from "./actor";
import { EDITORIAL_ACTIONS, recordEditorialAudit } from "./editorial-audit.server";
import { refuse, text, type Refusal } from "../outcome";
import { isBuiltIn, serviceForChange } from "./service-access.server";

export type RetireResult = { ok: true } | Refusal;

export async function retireVersion(actor: EditorialActor, serviceId: string, version: number): Promise<RetireResult> {
  return (await db()).transaction(async (tx) => {
    const access = await serviceForChange(tx, actor, serviceId, "form");
    if (!access.ok) return access;
    const [row] = await tx
      .select({ status: serviceVersions.status })
      .from(serviceVersions)
      .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version)))
      .for("update");
    if (!row) return refuse("not-found", "version_not_found", text("refusal.versionNotFound", { serviceId, version }));
    if (row.status === "draft") return refuse("conflict", "version_is_draft", text("refusal.draftNotRetired", { version }));
    if (row.status === "retired") return refuse("conflict", "already_retired", text("refusal.versionAlreadyRetired", { version }));
    await tx
      .update(serviceVersions)
      .set({ status: "retired" })
      .where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version)));
    await recordEditorialAudit(tx, actor, EDITORIAL_ACTIONS.versionRetired, serviceId, { version, builtIn: isBuiltIn(access.service) });
    return { ok: true as const };
  });
}

export async function retireService(actor: EditorialActor, serviceId: string, now = new Date()): Promise<RetireResult> {
  return (await db()).transaction(async (tx) => {
    const access = await serviceForChange(tx, actor, serviceId, "form");
    if (!access.ok) return access;
    const updated = await tx
      .update(services)
      .set({ retiredAt: now })
      .where(and(eq(services.id, serviceId), isNull(services.retiredAt)))
      .returning({ id: services.id });
    if (updated.length === 0) return refuse("conflict", "already_retired", text("refusal.serviceAlreadyRetired"));
    await recordEditorialAudit(tx, actor, EDITORIAL_ACTIONS.serviceRetired, serviceId, { builtIn: isBuiltIn(access.service) });
    return { ok: true as const };
  });
}
