/**
 * API keys for the editorial API: created by an editor of a Landratsamt, scope `services:write`
 * only (they neither read nor process cases). Stored as SHA-256 like every API key; shown once.
 * The authority's admins see and revoke them among all keys under /verwaltung/konten.
 */
import { and, arrayContains, desc, eq, isNull } from "drizzle-orm";
import { apiTokens, staffUsers } from "../../../db/schema";
import { db } from "../db.server";
import { EDITOR_API_SCOPES, TOKEN_PREFIX } from "../staff/api-tokens.server";
import { recordAudit } from "../staff/audit.server";
import { newSecret, secretHash } from "../staff/tokens.server";
import type { EditorActor } from "./editor.server";

export type EditorTokenView = { id: string; name: string; createdAt: string; createdBy: string | null; lastUsedAt: string | null };

export async function listEditorTokens(actor: EditorActor): Promise<EditorTokenView[]> {
  const rows = await (await db())
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, createdBy: staffUsers.displayName, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .leftJoin(staffUsers, eq(staffUsers.id, apiTokens.createdById))
    .where(and(eq(apiTokens.authorityId, actor.authorityId), arrayContains(apiTokens.scopes, [...EDITOR_API_SCOPES]), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null }));
}

export type CreateEditorTokenResult = { ok: true; token: string; name: string } | { ok: false; message: string };

export async function createEditorToken(actor: EditorActor, name: string): Promise<CreateEditorTokenResult> {
  const label = name.trim();
  if (label.length < 2 || label.length > 100) {
    return { ok: false, message: "Bitte geben Sie dem Schlüssel einen Namen mit 2 bis 100 Zeichen, z. B. „Formular-Pipeline KIDS“." };
  }
  const token = newSecret(TOKEN_PREFIX);
  await (await db()).transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ authorityId: actor.authorityId, name: label, tokenHash: secretHash(token), scopes: [...EDITOR_API_SCOPES], createdById: actor.userId })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, {
      actorId: actor.userId,
      authorityId: actor.authorityId,
      action: "api-token.created",
      target: `api_token:${row.id}`,
      details: { name: label, scopes: [...EDITOR_API_SCOPES] },
    });
  });
  return { ok: true, token, name: label };
}

/** Revokes an editorial key of the editor's authority (never a case key: those are the admins' business). */
export async function revokeEditorToken(actor: EditorActor, tokenId: string, now = new Date()): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/.test(tokenId)) return false;
  return (await db()).transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(
        and(
          eq(apiTokens.id, tokenId),
          eq(apiTokens.authorityId, actor.authorityId),
          arrayContains(apiTokens.scopes, [...EDITOR_API_SCOPES]),
          isNull(apiTokens.revokedAt),
        ),
      )
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!row) return false;
    await recordAudit(tx, { actorId: actor.userId, authorityId: actor.authorityId, action: "api-token.revoked", target: `api_token:${row.id}`, details: { name: row.name } });
    return true;
  });
}
