import { and, eq, gt, isNull, lte, or } from "drizzle-orm";
import { citizenAccounts, citizenSessions } from "../../../db/schema";
import { db } from "../db.server";
import { newSecret, secretHash } from "../staff/tokens.server";
import type { CitizenIdentity, IdentityAttributes, IdentityProvider, TrustLevel } from "./identity";
import { CITIZEN_SESSION_ABSOLUTE_MS, CITIZEN_SESSION_IDLE_MS, CITIZEN_SESSION_TOUCH_INTERVAL_MS } from "./session-policy";

/** The signed-in citizen behind a session. */
export interface SignedInCitizen {
  accountId: string;
  provider: IdentityProvider;
  trustLevel: TrustLevel;
  attributes: IdentityAttributes;
}

/**
 * Signs a verified identity in: finds or creates its account (by provider and the hash of the
 * subject) and opens a session. Returns the secret for the cookie; the table keeps its SHA-256.
 */
export async function openCitizenSession(identity: CitizenIdentity, now = new Date()): Promise<{ token: string; accountId: string }> {
  const database = await db();
  const subjectHash = secretHash(`${identity.provider}:${identity.subject}`);
  const [account] = await database
    .insert(citizenAccounts)
    .values({ provider: identity.provider, subjectHash, createdAt: now, lastSignInAt: now })
    .onConflictDoUpdate({ target: [citizenAccounts.provider, citizenAccounts.subjectHash], set: { lastSignInAt: now } })
    .returning({ id: citizenAccounts.id });
  const token = newSecret();
  await database.insert(citizenSessions).values({
    tokenHash: secretHash(token),
    accountId: account.id,
    trustLevel: identity.trustLevel,
    attributes: identity.attributes,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + CITIZEN_SESSION_ABSOLUTE_MS),
  });
  return { token, accountId: account.id };
}

/** The citizen behind a session token, or null when it is unknown, revoked, idle or expired. */
export async function resolveCitizenSession(token: string, now = new Date()): Promise<SignedInCitizen | null> {
  const database = await db();
  const tokenHash = secretHash(token);
  const [row] = await database
    .select({
      accountId: citizenSessions.accountId,
      provider: citizenAccounts.provider,
      trustLevel: citizenSessions.trustLevel,
      attributes: citizenSessions.attributes,
      lastSeenAt: citizenSessions.lastSeenAt,
    })
    .from(citizenSessions)
    .innerJoin(citizenAccounts, eq(citizenAccounts.id, citizenSessions.accountId))
    .where(
      and(
        eq(citizenSessions.tokenHash, tokenHash),
        isNull(citizenSessions.revokedAt),
        gt(citizenSessions.expiresAt, now),
        gt(citizenSessions.lastSeenAt, new Date(now.getTime() - CITIZEN_SESSION_IDLE_MS)),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= CITIZEN_SESSION_TOUCH_INTERVAL_MS) {
    await database.update(citizenSessions).set({ lastSeenAt: now }).where(eq(citizenSessions.tokenHash, tokenHash));
  }
  return {
    accountId: row.accountId,
    provider: row.provider,
    trustLevel: row.trustLevel,
    attributes: row.attributes as IdentityAttributes,
  };
}

/** Ends one session. Its attributes go with it: they are only needed while signed in. */
export async function closeCitizenSession(token: string): Promise<void> {
  await (await db()).delete(citizenSessions).where(eq(citizenSessions.tokenHash, secretHash(token)));
}

/** "Überall abmelden": ends every session of the account, on every device. */
export async function closeAllCitizenSessions(accountId: string): Promise<number> {
  const closed = await (
    await db()
  )
    .delete(citizenSessions)
    .where(eq(citizenSessions.accountId, accountId))
    .returning({ tokenHash: citizenSessions.tokenHash });
  return closed.length;
}

/**
 * Removes sessions that can no longer be used (past their lifetime or idle too long), and with
 * them the identity attributes they hold: kept no longer than the session needs them.
 */
export async function deleteEndedCitizenSessions(now = new Date()): Promise<number> {
  const ended = await (
    await db()
  )
    .delete(citizenSessions)
    .where(or(lte(citizenSessions.expiresAt, now), lte(citizenSessions.lastSeenAt, new Date(now.getTime() - CITIZEN_SESSION_IDLE_MS))))
    .returning({ tokenHash: citizenSessions.tokenHash });
  return ended.length;
}
