import { and, arrayContains, desc, eq, isNull } from "drizzle-orm";
import { apiTokens, authorities, staffUsers } from "../../../db/schema";
import { db } from "../db.server";
import { recordAudit } from "./audit.server";
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

/** A kind of key: the scopes it grants and how to name one. */
export type ApiKeyKind = { scopes: readonly ApiScope[]; nameAdvice: string };

/** Keys of a Fachverfahren for the authority's cases, created by its admins (/verwaltung/konten). */
export const CASE_KEYS: ApiKeyKind = { scopes: API_SCOPES, nameAdvice: "z. B. den Namen des Fachverfahrens" };
/** Keys of the editorial API, created by a Landratsamt's editors (/redaktion/schluessel); they never read cases. */
export const EDITOR_KEYS: ApiKeyKind = { scopes: EDITOR_API_SCOPES, nameAdvice: "z. B. „Formular-Pipeline KIDS“" };

/** Who issues or revokes a key: a staff user of the key's authority. */
export type KeyIssuer = { id: string; authorityId: string };

const ofKind = (kind: ApiKeyKind) => arrayContains(apiTokens.scopes, [...kind.scopes]);

/** Every key of the authority (admins), or only the active keys of one kind (editors). */
export async function listApiTokens(authorityId: string, onlyActive?: ApiKeyKind): Promise<ApiTokenView[]> {
  const rows = await (
    await db()
  )
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
    .where(and(eq(apiTokens.authorityId, authorityId), ...(onlyActive ? [ofKind(onlyActive), isNull(apiTokens.revokedAt)] : [])))
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

export type CreateTokenResult = { ok: true; id: string; token: string; name: string } | { ok: false; message: string };

export async function createApiToken(issuer: KeyIssuer, name: string, kind: ApiKeyKind = CASE_KEYS): Promise<CreateTokenResult> {
  const label = name.trim();
  if (label.length < 2 || label.length > 100) {
    return { ok: false, message: `Bitte geben Sie dem API-Schlüssel einen Namen mit 2 bis 100 Zeichen, ${kind.nameAdvice}.` };
  }
  const token = newSecret(TOKEN_PREFIX);
  const id = await (
    await db()
  ).transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        authorityId: issuer.authorityId,
        name: label,
        tokenHash: secretHash(token),
        scopes: [...kind.scopes],
        createdById: issuer.id,
      })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, {
      actorId: issuer.id,
      authorityId: issuer.authorityId,
      action: "api-token.created",
      target: `api_token:${row.id}`,
      details: { name: label, scopes: [...kind.scopes] },
    });
    return row.id;
  });
  return { ok: true, id, token, name: label };
}

/** Revokes a key of the issuer's authority; `onlyKind` keeps editors away from case keys. */
export async function revokeApiToken(issuer: KeyIssuer, tokenId: string, onlyKind?: ApiKeyKind, now = new Date()): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/.test(tokenId)) return false;
  return (await db()).transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(
        and(
          eq(apiTokens.id, tokenId),
          eq(apiTokens.authorityId, issuer.authorityId),
          isNull(apiTokens.revokedAt),
          ...(onlyKind ? [ofKind(onlyKind)] : []),
        ),
      )
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!row) return false;
    await recordAudit(tx, {
      actorId: issuer.id,
      authorityId: issuer.authorityId,
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
