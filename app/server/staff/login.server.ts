import { eq } from "drizzle-orm";
import { staffUsers } from "../../../db/schema";
import { db } from "../db.server";
import { log } from "../logger.server";
import { hitRateLimit, RATE_LIMITS, resetRateLimit, retryMinutes, type RateLimit } from "../rate-limit.server";
import { recordAudit } from "./audit.server";
import { MAX_PASSWORD_LENGTH, verifyAgainstDummy, verifyPassword } from "./passwords.server";
import { createSession } from "./sessions.server";
import { secretHash } from "./tokens.server";

/** One message for an unknown user and a wrong password: the answer must not reveal which accounts exist. */
export const LOGIN_FAILED_MESSAGE = "Benutzername oder Passwort ist falsch.";

/** Besides the per-username limit: one address trying many usernames. Generous, since offices share an address. */
const LOGIN_PER_ADDRESS: RateLimit = { name: "login-address", limit: 100, windowSeconds: 15 * 60 };

export type LoginResult =
  | { ok: true; token: string; userId: string; roles: string[] }
  | { ok: false; status: 401 | 429; message: string; retryAfterSeconds?: number };

export function normalizeUsername(input: string): string {
  return input.trim().toLowerCase().slice(0, 100);
}

export async function login(input: { username: string; password: string; clientAddress: string }): Promise<LoginResult> {
  const username = normalizeUsername(input.username);
  // Rate limits count attempts per username (hashed: the key holds no name in clear) and per address.
  const userSubject = `user:${secretHash(username)}`;
  for (const [rule, subject] of [
    [RATE_LIMITS.login, userSubject],
    [LOGIN_PER_ADDRESS, `address:${input.clientAddress}`],
  ] as const) {
    const decision = await hitRateLimit(rule, subject);
    if (!decision.allowed) {
      const minutes = retryMinutes(decision.retryAfterSeconds);
      return {
        ok: false,
        status: 429,
        retryAfterSeconds: decision.retryAfterSeconds,
        message: `Zu viele Anmeldeversuche. Bitte warten Sie ${minutes === 1 ? "eine Minute" : `${minutes} Minuten`} und versuchen Sie es dann erneut.`,
      };
    }
  }

  const database = await db();
  const [user] = username
    ? await database
        .select({ id: staffUsers.id, passwordHash: staffUsers.passwordHash, disabledAt: staffUsers.disabledAt, roles: staffUsers.roles, authorityId: staffUsers.authorityId })
        .from(staffUsers)
        .where(eq(staffUsers.username, username))
        .limit(1)
    : [];
  const password = input.password.slice(0, MAX_PASSWORD_LENGTH + 1);
  const valid =
    user && password.length <= MAX_PASSWORD_LENGTH
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDummy(password);
  if (!user || !valid || user.disabledAt) {
    log.info("staff login refused");
    return { ok: false, status: 401, message: LOGIN_FAILED_MESSAGE };
  }

  // The right password ends a run of failures: a clerk's own typos must not lock them out later.
  await resetRateLimit(RATE_LIMITS.login, userSubject);
  const token = await createSession(user.id);
  await recordAudit(database, { actorId: user.id, authorityId: user.authorityId, action: "staff.login", target: `staff_user:${user.id}` });
  return { ok: true, token, userId: user.id, roles: user.roles };
}
