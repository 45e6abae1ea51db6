import { and, desc, eq, isNull } from "drizzle-orm";
import { apiTokens, authorities, staffUsers } from "../../../db/schema";
import { db } from "../db.server";
import { recordAudit } from "./audit.server";
import type { StaffUser } from "./staff-user";
import { newSecret, secretHash } from "./tokens.server";

/**
 * API tokens let a Fachverfahren of one authority read and process that authority's cases.
 * The token is shown once on creation; only its SHA-256 is stored.
 */
export const API_SCOPES = ["cases:read", "cases:write"] as const;
/**
 * Editorial scope: create, publish and offer service forms of the token's county (a Landratsamt's
 * editors create such tokens under /redaktion; see app/server/publishing). Never granted by default.
 */
export const EDITOR_API_SCOPES = ["services:write"] as const;
export type ApiScope = (typeof API_SCOPES)[number] | (typeof EDITOR_API_SCOPES)[number];

export const TOKEN_PREFIX = "bpk_";

export type ApiTokenView = {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  revoked: boolean;
};

export async function listApiTokens(authorityId: string): Promise<ApiTokenView[]> {
  const rows = await (await db())
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      scopes: apiTokens.scopes,
      createdAt: apiTokens.createdAt,
      createdBy: staffUsers.displayName,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .leftJoin(staffUsers, eq(staffUsers.id, apiTokens.createdById))
    .where(eq(apiTokens.authorityId, authorityId))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    scopes: r.scopes,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revoked: r.revokedAt !== null,
  }));
}

export type CreateTokenResult = { ok: true; id: string; token: string } | { ok: false; message: string };

export async function createApiToken(admin: StaffUser, name: string): Promise<CreateTokenResult> {
  const label = name.trim();
  if (label.length < 2 || label.length > 100) {
    return { ok: false, message: "Bitte geben Sie dem API-Schlüssel einen Namen mit 2 bis 100 Zeichen, z. B. den Namen des Fachverfahrens." };
  }
  const token = newSecret(TOKEN_PREFIX);
  const database = await db();
  const id = await database.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ authorityId: admin.authorityId, name: label, tokenHash: secretHash(token), scopes: [...API_SCOPES], createdById: admin.id })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, {
      actorId: admin.id,
      authorityId: admin.authorityId,
      action: "api-token.created",
      target: `api_token:${row.id}`,
      details: { name: label, scopes: [...API_SCOPES] },
    });
    return row.id;
  });
  return { ok: true, id, token };
}

export async function revokeApiToken(admin: StaffUser, tokenId: string, now = new Date()): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/.test(tokenId)) return false;
  const database = await db();
  return database.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.authorityId, admin.authorityId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!row) return false;
    await recordAudit(tx, {
      actorId: admin.id,
      authorityId: admin.authorityId,
      action: "api-token.revoked",
      target: `api_token:${row.id}`,
      details: { name: row.name },
    });
    return true;
  });
}

export type ApiClient = { tokenId: string; name: string; authorityId: string; authorityName: string; scopes: string[] };

/** The client behind `Authorization: Bearer …`, or null for a missing, unknown or revoked token. */
export async function authenticateApiToken(request: Request, now = new Date()): Promise<ApiClient | null> {
  const match = /^Bearer\s+(\S{10,200})\s*$/i.exec(request.headers.get("Authorization") ?? "");
  if (!match) return null;
  const database = await db();
  const [row] = await database
    .select({
      tokenId: apiTokens.id,
      name: apiTokens.name,
      authorityId: apiTokens.authorityId,
      authorityName: authorities.name,
      scopes: apiTokens.scopes,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .innerJoin(authorities, eq(authorities.id, apiTokens.authorityId))
    .where(and(eq(apiTokens.tokenHash, secretHash(match[1])), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  // Last use is for the admin's overview; once a minute is precise enough and spares writes.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await database.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  }
  const { lastUsedAt: _used, ...client } = row;
  return client;
}
