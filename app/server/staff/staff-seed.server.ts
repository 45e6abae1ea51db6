/**
 * Demo staff accounts, seeded only when DEMO_DATA is on (the default, so `npm start` shows the
 * clerk workspace): one clerk per authority that administers municipalities and per Landratsamt,
 * one editor per county at its Landratsamt, one admin, and the portal operator (`betrieb.portal`,
 * owner of the built-in services' forms, see ADR 015). Their passwords are public
 * (`demo-<username>`) and the accounts carry is_demo, so a production start with DEMO_DATA=false
 * refuses to run while any of them is active.
 *
 * The account tasks that must work before anyone can sign in run from `npm run staff`
 * (scripts/staff-accounts.ts).
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { generatePassword, hashPassword } from "./passwords.server";
import type { Database } from "../../../db/client";
import { authorities, staffSessions, staffUsers } from "../../../db/schema";
import { buildSeedRows, type SeedRows } from "../../../db/seed/authority-rows";

export type DemoAccount = {
  username: string;
  password: string;
  displayName: string;
  authorityId: string;
  authorityName: string;
  roles: Array<"clerk" | "editor" | "admin" | "operator">;
};

/** The authority of the demo admin: the VG Kölleda, where the demo journey (Rastenberg) lands. */
export const DEMO_ADMIN_AUTHORITY = "vg-koelleda";

/**
 * The demo portal operator. An account needs an authority (staff_users.authority_id); the
 * operator's role is portal-wide and ignores it, so it sits with the demo admin's.
 */
export const DEMO_OPERATOR = "betrieb.portal";

export const demoPassword = (username: string) => `demo-${username}`;

export function demoAccounts(rows: SeedRows = buildSeedRows()): DemoAccount[] {
  const byId = new Map(rows.authorities.map((a) => [a.id, a]));
  const administering = new Set(rows.municipalities.map((m) => m.administeredById));
  for (const county of rows.counties) administering.add(county.landratsamtId);
  const account = (prefix: string, authorityId: string, role: DemoAccount["roles"][number], title: string): DemoAccount => {
    const authority = byId.get(authorityId);
    if (!authority) throw new Error(`demo account for unknown authority ${authorityId}`);
    const username = `${prefix}.${authority.caseNumberPrefix.toLowerCase()}`;
    return {
      username,
      password: demoPassword(username),
      displayName: `${title} ${authority.name}`,
      authorityId,
      authorityName: authority.name,
      roles: [role],
    };
  };
  const clerks = rows.authorities.filter((a) => administering.has(a.id)).map((a) => account("sb", a.id, "clerk", "Sachbearbeitung"));
  const editors = rows.counties.map((c) => account("red", c.landratsamtId, "editor", "Redaktion"));
  const admin = account("admin", DEMO_ADMIN_AUTHORITY, "admin", "Kontenverwaltung");
  const operator: DemoAccount = {
    username: DEMO_OPERATOR,
    password: demoPassword(DEMO_OPERATOR),
    displayName: "Portalbetrieb Bürgerportal",
    authorityId: admin.authorityId,
    authorityName: admin.authorityName,
    roles: ["operator"],
  };
  return [...clerks, ...editors, admin, operator];
}

/** Inserts the demo accounts that do not exist yet and returns those (so their credentials are printed once). */
export async function seedDemoStaff(database: Database): Promise<DemoAccount[]> {
  const wanted = demoAccounts();
  const existing = await database
    .select({ username: staffUsers.username })
    .from(staffUsers)
    .where(
      inArray(
        staffUsers.username,
        wanted.map((a) => a.username),
      ),
    );
  const known = new Set(existing.map((e) => e.username));
  const missing = wanted.filter((a) => !known.has(a.username));
  if (missing.length === 0) return [];
  const hashes = await Promise.all(missing.map((a) => hashPassword(a.password)));
  const inserted = await database
    .insert(staffUsers)
    .values(
      missing.map((a, i) => ({
        username: a.username,
        displayName: a.displayName,
        authorityId: a.authorityId,
        roles: a.roles,
        passwordHash: hashes[i],
        isDemo: true,
      })),
    )
    .onConflictDoNothing({ target: staffUsers.username })
    .returning({ username: staffUsers.username });
  const created = new Set(inserted.map((r) => r.username));
  return missing.filter((a) => created.has(a.username));
}

/** Usernames of active accounts that still have a demo password. */
export async function activeDemoUsernames(database: Database): Promise<string[]> {
  const rows = await database
    .select({ username: staffUsers.username })
    .from(staffUsers)
    .where(and(eq(staffUsers.isDemo, true), isNull(staffUsers.disabledAt)))
    .orderBy(staffUsers.username);
  return rows.map((r) => r.username);
}

export async function disableDemoAccounts(database: Database, now = new Date()): Promise<number> {
  return database.transaction(async (tx) => {
    const disabled = await tx
      .update(staffUsers)
      .set({ disabledAt: now })
      .where(and(eq(staffUsers.isDemo, true), isNull(staffUsers.disabledAt)))
      .returning({ id: staffUsers.id });
    if (disabled.length > 0) {
      await tx
        .update(staffSessions)
        .set({ revokedAt: now })
        .where(
          and(
            inArray(
              staffSessions.userId,
              disabled.map((d) => d.id),
            ),
            isNull(staffSessions.revokedAt),
          ),
        );
    }
    return disabled.length;
  });
}

/** The first real admin of an authority, for a production installation without demo accounts. */
export async function createAdmin(database: Database, authorityId: string, username: string, displayName: string) {
  return createPrivileged(database, authorityId, username, displayName, "admin");
}

/**
 * A portal operator: no authority's admin can give this portal-wide role, so it is created here.
 * The authority only holds the account (the column is required); the role ignores it.
 */
export async function createOperator(database: Database, authorityId: string, username: string, displayName: string) {
  return createPrivileged(database, authorityId, username, displayName, "operator");
}

async function createPrivileged(
  database: Database,
  authorityId: string,
  username: string,
  displayName: string,
  role: "admin" | "operator",
) {
  const [authority] = await database.select({ id: authorities.id }).from(authorities).where(eq(authorities.id, authorityId));
  if (!authority) throw new Error(`Unknown authority "${authorityId}"`);
  const password = generatePassword();
  await database.insert(staffUsers).values({
    username: username.toLowerCase(),
    displayName,
    authorityId,
    roles: [role],
    passwordHash: await hashPassword(password),
    isDemo: false,
  });
  return password;
}
