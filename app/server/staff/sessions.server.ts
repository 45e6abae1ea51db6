import { and, eq, gt, isNull } from "drizzle-orm";
import { authorities, staffSessions, staffUsers } from "../../../db/schema";
import { db } from "../db.server";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_INTERVAL_MS } from "./session-policy";
import { newSecret, secretHash } from "./tokens.server";
import { toStaffRoles, type StaffUser } from "./staff-user";

/**
 * Staff sessions live in the database: the cookie holds a random secret, the table its SHA-256.
 * A session ends on logout, when its user is disabled, after SESSION_IDLE_MS without a request,
 * and SESSION_ABSOLUTE_MS after login, whichever comes first.
 */
export async function createSession(userId: string, now = new Date()): Promise<string> {
  const token = newSecret();
  await (await db()).insert(staffSessions).values({
    tokenHash: secretHash(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
  });
  return token;
}

/** The user behind a session token, or null when the session is unknown, revoked, idle or expired. */
export async function resolveSession(token: string, now = new Date()): Promise<StaffUser | null> {
  const database = await db();
  const tokenHash = secretHash(token);
  const [row] = await database
    .select({
      lastSeenAt: staffSessions.lastSeenAt,
      id: staffUsers.id,
      username: staffUsers.username,
      displayName: staffUsers.displayName,
      roles: staffUsers.roles,
      authorityId: staffUsers.authorityId,
      authorityName: authorities.name,
    })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .innerJoin(authorities, eq(authorities.id, staffUsers.authorityId))
    .where(
      and(
        eq(staffSessions.tokenHash, tokenHash),
        isNull(staffSessions.revokedAt),
        gt(staffSessions.expiresAt, now),
        gt(staffSessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
        isNull(staffUsers.disabledAt),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await database.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.tokenHash, tokenHash));
  }
  const { lastSeenAt: _seen, roles, ...user } = row;
  return { ...user, roles: toStaffRoles(roles) };
}

export async function revokeSession(token: string, now = new Date()): Promise<void> {
  await (
    await db()
  )
    .update(staffSessions)
    .set({ revokedAt: now })
    .where(and(eq(staffSessions.tokenHash, secretHash(token)), isNull(staffSessions.revokedAt)));
}
