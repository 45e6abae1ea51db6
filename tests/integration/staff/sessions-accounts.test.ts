/** Staff sessions (idle and absolute timeouts, revocation), accounts, API tokens and their audit trail, on every database. */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, staffSessions, staffUsers } from "../../../db/schema";
import { createAccount, disableAccount, listAccounts, listColleagues } from "~/server/staff/accounts.server";
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from "~/server/staff/api-tokens.server";
import { login, LOGIN_FAILED_MESSAGE } from "~/server/staff/login.server";
import { verifyPassword } from "~/server/staff/passwords.server";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "~/server/staff/session-policy";
import { createSession, resolveSession, revokeSession } from "~/server/staff/sessions.server";
import type { StaffUser } from "~/server/staff/staff-user";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";

const minutes = (n: number) => n * 60_000;

describe.each(databaseKinds())("staff sessions and accounts on %s", (kind) => {
  const database = usePreparedDatabase(kind);
  let admin: StaffUser;
  let clerkId: string;
  beforeAll(async () => {
    const users = await database.handle.db.select().from(staffUsers);
    const a = users.find((u) => u.username === "admin.vgkoe")!;
    admin = {
      id: a.id,
      username: a.username,
      displayName: a.displayName,
      authorityId: a.authorityId,
      authorityName: "VG Kölleda",
      roles: ["admin"],
    };
    clerkId = users.find((u) => u.username === "sb.vgkoe")!.id;
  }, 120_000);

  it("seeds the demo accounts with argon2id hashes of their demo passwords, flagged as demo", async () => {
    const [clerk] = await database.handle.db.select().from(staffUsers).where(eq(staffUsers.username, "sb.vgkoe"));
    expect(clerk.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(clerk.passwordHash, "demo-sb.vgkoe")).toBe(true);
    expect(clerk).toMatchObject({ isDemo: true, authorityId: "vg-koelleda", roles: ["clerk"] });
  });

  it("slides the idle timeout with every request and ends an idle session", async () => {
    const t0 = new Date("2026-11-25T08:00:00Z");
    const token = await createSession(clerkId, t0);
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect(await resolveSession(token, at(minutes(29)))).toMatchObject({ id: clerkId, authorityId: "vg-koelleda" });
    expect(await resolveSession(token, at(minutes(58)))).not.toBeNull(); // 29 minutes after the last request
    expect(await resolveSession(token, at(minutes(58) + SESSION_IDLE_MS + 1000))).toBeNull();
  });

  it("ends a session after its absolute lifetime however active it is", async () => {
    const t0 = new Date("2026-11-26T06:00:00Z");
    const token = await createSession(clerkId, t0);
    let now = t0.getTime();
    while (now + minutes(20) < t0.getTime() + SESSION_ABSOLUTE_MS) {
      now += minutes(20);
      expect(await resolveSession(token, new Date(now))).not.toBeNull();
    }
    expect(await resolveSession(token, new Date(t0.getTime() + SESSION_ABSOLUTE_MS + 1000))).toBeNull();
  });

  it("ends a revoked session at once", async () => {
    const token = await createSession(clerkId);
    expect(await resolveSession(token)).not.toBeNull();
    await revokeSession(token);
    expect(await resolveSession(token)).toBeNull();
    expect(await resolveSession("not-a-session-token-at-all-123")).toBeNull();
  });

  it("creates an account in the admin's authority with a generated password shown once, and audits it", async () => {
    const result = await createAccount(admin, { username: "Erika.Muster", displayName: "Erika Muster", roles: ["clerk"] });
    expect(result).toMatchObject({ ok: true, account: { username: "erika.muster" }, generated: true });
    if (!result.ok) return;
    expect(result.password.length).toBeGreaterThanOrEqual(20);
    const signedIn = await login({ username: "erika.muster", password: result.password, clientAddress: "test-accounts" });
    expect(signedIn.ok).toBe(true);
    const [row] = await database.handle.db.select().from(staffUsers).where(eq(staffUsers.username, "erika.muster"));
    expect(row).toMatchObject({ authorityId: "vg-koelleda", isDemo: false, roles: ["clerk"] });
    expect(row.passwordHash).not.toContain(result.password);
    expect((await listColleagues("vg-koelleda")).map((c) => c.displayName)).toContain("Erika Muster");
    const audit = await database.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `staff_user:${row.id}`));
    expect(audit.map((a) => a.action)).toEqual(["staff.account.created", "staff.login"]);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      authorityId: "vg-koelleda",
      details: { username: "erika.muster", roles: ["clerk"], passwordGenerated: true },
    });
    expect(JSON.stringify(audit)).not.toContain(result.password);
  });

  it("explains invalid new accounts and refuses a taken username", async () => {
    expect(await createAccount(admin, { username: "x", displayName: "", roles: [], password: "kurz" })).toMatchObject({
      ok: false,
      errors: { username: expect.any(String), displayName: expect.any(String), roles: expect.any(String), password: expect.any(String) },
    });
    expect(await createAccount(admin, { username: "sb.vgkoe", displayName: "Doppelt", roles: ["clerk"] })).toMatchObject({
      ok: false,
      errors: { username: expect.stringContaining("gibt es bereits") },
    });
  });

  it("disables an account of the own authority only, ending its sessions, and audits it", async () => {
    const created = await createAccount(admin, {
      username: "max.weg",
      displayName: "Max Weg",
      roles: ["clerk"],
      password: "ein-langes-passwort",
    });
    if (!created.ok) throw new Error("setup");
    const token = await createSession(created.account.id);
    const foreign = (await database.handle.db.select().from(staffUsers).where(eq(staffUsers.username, "sb.stsoe")))[0];
    expect(await disableAccount(admin, foreign.id)).toMatchObject({ ok: false, kind: "not-found" });
    expect(await disableAccount(admin, admin.id)).toMatchObject({ ok: false, kind: "invalid" });
    expect(await disableAccount(admin, created.account.id)).toEqual({ ok: true });
    expect(await resolveSession(token)).toBeNull();
    const sessions = await database.handle.db.select().from(staffSessions).where(eq(staffSessions.userId, created.account.id));
    expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);
    expect(await login({ username: "max.weg", password: "ein-langes-passwort", clientAddress: "test-accounts" })).toMatchObject({
      ok: false,
      message: LOGIN_FAILED_MESSAGE,
    });
    expect((await listAccounts("vg-koelleda")).find((a) => a.username === "max.weg")).toMatchObject({ disabled: true });
    const audit = await database.handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "staff.account.disabled"), eq(auditLog.target, `staff_user:${created.account.id}`)));
    expect(audit).toHaveLength(1);
  });

  it("creates API tokens stored hashed, authenticates them, revokes them, and audits both", async () => {
    const created = await createApiToken(admin, "Fachverfahren Hundesteuer");
    if (!created.ok) throw new Error("setup");
    expect(created.token).toMatch(/^bpk_[A-Za-z0-9_-]{40,}$/);
    const request = (token: string) => new Request("http://x/api/v1/cases", { headers: { Authorization: `Bearer ${token}` } });
    expect(await authenticateApiToken(request(created.token))).toMatchObject({
      authorityId: "vg-koelleda",
      name: "Fachverfahren Hundesteuer",
    });
    expect(await authenticateApiToken(request(`${created.token}x`))).toBeNull();
    const listed = await listApiTokens("vg-koelleda");
    expect(listed.find((t) => t.id === created.id)).toMatchObject({
      revoked: false,
      createdBy: admin.displayName,
      lastUsedAt: expect.any(String),
    });
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(await revokeApiToken({ ...admin, authorityId: "lra-16068" }, created.id)).toBe(false);
    expect(await revokeApiToken(admin, created.id)).toBe(true);
    expect(await authenticateApiToken(request(created.token))).toBeNull();
    const audit = await database.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `api_token:${created.id}`));
    expect(audit.map((a) => a.action).sort()).toEqual(["api-token.created", "api-token.revoked"]);
  });
});
