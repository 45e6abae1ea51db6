import { and, asc, eq, isNull } from "drizzle-orm";
import { staffSessions, staffUsers } from "../../../db/schema";
import { db } from "../db.server";
import { refuse, text, type Refusal } from "../outcome";
import { recordAudit } from "./audit.server";
import { generatePassword, hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./passwords.server";
import { STAFF_ROLES, toStaffRoles, type StaffRole, type StaffUser } from "./staff-user";

/** Staff accounts of one authority, managed by that authority's admins. */

export type AccountView = {
  id: string;
  username: string;
  displayName: string;
  roles: StaffRole[];
  isDemo: boolean;
  disabled: boolean;
  createdAt: string;
};

export async function listAccounts(authorityId: string): Promise<AccountView[]> {
  const rows = await (
    await db()
  )
    .select()
    .from(staffUsers)
    .where(eq(staffUsers.authorityId, authorityId))
    .orderBy(asc(staffUsers.username));
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    roles: toStaffRoles(r.roles),
    isDemo: r.isDemo,
    disabled: r.disabledAt !== null,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Active clerks of an authority: the people a case can be assigned to. */
export async function listColleagues(authorityId: string): Promise<Array<{ id: string; displayName: string }>> {
  const rows = await (
    await db()
  )
    .select({ id: staffUsers.id, displayName: staffUsers.displayName, roles: staffUsers.roles })
    .from(staffUsers)
    .where(and(eq(staffUsers.authorityId, authorityId), isNull(staffUsers.disabledAt)))
    .orderBy(asc(staffUsers.displayName));
  return rows.filter((r) => r.roles.includes("clerk")).map(({ id, displayName }) => ({ id, displayName }));
}

export type NewAccountInput = { username: string; displayName: string; roles: string[]; password?: string };
export type FieldErrors = Partial<Record<"username" | "displayName" | "roles" | "password", string>>;
export type CreateAccountResult =
  { ok: true; account: { id: string; username: string }; password: string; generated: boolean } | { ok: false; errors: FieldErrors };

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

export function validateNewAccount(input: NewAccountInput): FieldErrors {
  const errors: FieldErrors = {};
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    errors.username =
      "Der Benutzername muss 3 bis 40 Zeichen lang sein und darf nur Kleinbuchstaben, Ziffern, Punkt, Bindestrich und Unterstrich enthalten.";
  }
  const displayName = input.displayName.trim();
  if (displayName.length < 2 || displayName.length > 120) errors.displayName = "Bitte geben Sie einen Namen mit 2 bis 120 Zeichen an.";
  const roles = input.roles.filter((r): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r));
  if (roles.length === 0 || roles.length !== input.roles.length) errors.roles = "Bitte wählen Sie mindestens eine Rolle aus.";
  if (input.password && (input.password.length < MIN_PASSWORD_LENGTH || input.password.length > MAX_PASSWORD_LENGTH)) {
    errors.password = `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} und höchstens ${MAX_PASSWORD_LENGTH} Zeichen lang sein.`;
  }
  return errors;
}

/** Creates an account in the admin's own authority; the password is returned once and stored only as argon2id hash. */
export async function createAccount(admin: StaffUser, input: NewAccountInput): Promise<CreateAccountResult> {
  const errors = validateNewAccount(input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const username = input.username.trim().toLowerCase();
  const generated = !input.password;
  const password = input.password || generatePassword();
  const passwordHash = await hashPassword(password);
  const database = await db();
  const created = await database.transaction(async (tx) => {
    const [row] = await tx
      .insert(staffUsers)
      .values({
        username,
        displayName: input.displayName.trim(),
        authorityId: admin.authorityId,
        roles: toStaffRoles(input.roles),
        passwordHash,
        isDemo: false,
      })
      .onConflictDoNothing({ target: staffUsers.username })
      .returning({ id: staffUsers.id });
    if (!row) return null;
    await recordAudit(tx, {
      actorId: admin.id,
      authorityId: admin.authorityId,
      action: "staff.account.created",
      target: `staff_user:${row.id}`,
      details: { username, roles: toStaffRoles(input.roles), passwordGenerated: generated },
    });
    return row;
  });
  if (!created) return { ok: false, errors: { username: "Diesen Benutzernamen gibt es bereits. Bitte wählen Sie einen anderen." } };
  return { ok: true, account: { id: created.id, username }, password, generated };
}

export type DisableResult = { ok: true } | Refusal;

/** Disables an account of the admin's authority and ends all its sessions at once. */
export async function disableAccount(admin: StaffUser, userId: string, now = new Date()): Promise<DisableResult> {
  if (userId === admin.id) return refuse("invalid", "own_account", text("refusal.ownAccount"));
  const database = await db();
  return database.transaction(async (tx) => {
    const [row] = await tx
      .update(staffUsers)
      .set({ disabledAt: now })
      .where(and(eq(staffUsers.id, userId), eq(staffUsers.authorityId, admin.authorityId), isNull(staffUsers.disabledAt)))
      .returning({ id: staffUsers.id, username: staffUsers.username });
    if (!row) return refuse("not-found", "account_not_found", text("refusal.accountNotFound"));
    await tx
      .update(staffSessions)
      .set({ revokedAt: now })
      .where(and(eq(staffSessions.userId, userId), isNull(staffSessions.revokedAt)));
    await recordAudit(tx, {
      actorId: admin.id,
      authorityId: admin.authorityId,
      action: "staff.account.disabled",
      target: `staff_user:${row.id}`,
      details: { username: row.username },
    });
    return { ok: true } as const;
  });
}
