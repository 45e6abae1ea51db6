import { eq } from "drizzle-orm";
import { staffUsers } from "../../../db/schema";
import { db } from "../db.server";
import { log } from "../logger.server";
import { refuse, text, worded, type Refusal } from "../outcome";
import { recordAudit } from "./audit.server";
import { startLoginAttempt } from "./login-limits.server";
import { MAX_PASSWORD_LENGTH, verifyAgainstDummy, verifyPassword } from "./passwords.server";
import { createSession } from "./sessions.server";

/** One message for an unknown user and a wrong password: the answer must not reveal which accounts exist. */
export const LOGIN_FAILED_MESSAGE = worded(text("refusal.loginFailed")).message;

export type LoginResult = { ok: true; token: string; userId: string; roles: string[] } | Refusal<{ retryAfterSeconds?: number }>;

export function normalizeUsername(input: string): string {
  return input.trim().toLowerCase().slice(0, 100);
}

export async function login(input: { username: string; password: string; clientAddress: string }): Promise<LoginResult> {
  const username = normalizeUsername(input.username);
  const attempt = await startLoginAttempt(username, input.clientAddress);
  if (attempt.refusal)
    return refuse("rate-limited", "too_many_attempts", attempt.refusal.text, {
      retryAfterSeconds: attempt.refusal.retryAfterSeconds,
    });

  const database = await db();
  const [user] = username
    ? await database
        .select({
          id: staffUsers.id,
          passwordHash: staffUsers.passwordHash,
          disabledAt: staffUsers.disabledAt,
          roles: staffUsers.roles,
          authorityId: staffUsers.authorityId,
        })
        .from(staffUsers)
        .where(eq(staffUsers.username, username))
        .limit(1)
    : [];
  const password = input.password.slice(0, MAX_PASSWORD_LENGTH + 1);
  const valid =
    user && password.length <= MAX_PASSWORD_LENGTH ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid || user.disabledAt) {
    log.info("staff login refused");
    return refuse("unauthorized", "login_failed", text("refusal.loginFailed"));
  }

  await attempt.succeeded();
  const token = await createSession(user.id);
  await recordAudit(database, { actorId: user.id, authorityId: user.authorityId, action: "staff.login", target: `staff_user:${user.id}` });
  return { ok: true, token, userId: user.id, roles: user.roles };
}
