/**
 * Cases for the staff tests: made through the real submission (`submitApplication`: routing,
 * gap-free case numbers, attachments, first history event) and the real receipt, for any seeded
 * authority. Also the staff test server: the database is prepared and filled in this process
 * first, then the real portal is started on it (PGlite is single-process, so the server opens
 * the directory only after the fixtures have closed it).
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase, type Database } from "../../db/client";
import { apiTokens, cases } from "../../db/schema";
import { buildSeedRows } from "../../db/seed/authority-rows";
import { demoAccounts, type DemoAccount } from "../../app/server/staff/staff-seed.server";
import { closeDatabase, db, prepareDatabase, useDatabaseHandle } from "../../app/server/db.server";
import { secretHash } from "../../app/server/staff/tokens.server";
import { receiptOf } from "../../app/server/submissions/receipt-store.server";
import { submitApplication } from "../../app/server/submissions/submit.server";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "./databases";
import { apiSubmissionRequest } from "./api-submission";
import { payloadFixture } from "./payloads";
import { startServer, type RunningServer } from "./server";

// The fixtures run the app's start-up in this process; its demo credentials need not be printed here.
process.env.LOG_LEVEL ??= "warn";

export type FixtureCase = { caseId: string; caseNumber: string; authorityId: string; attachmentIds: string[] };

const seed = buildSeedRows();

/** Every seeded authority (all of them receive cases: the administering ones and the Landratsämter). */
export function seededAuthorityIds(): string[] {
  return seed.authorities.map((a) => a.id);
}

/** The demo clerk of an authority (every seeded authority has one). */
export function clerkOf(authorityId: string): DemoAccount {
  const clerk = demoAccounts(seed).find((a) => a.authorityId === authorityId && a.roles.includes("clerk"));
  if (!clerk) throw new Error(`no demo clerk for ${authorityId}`);
  return clerk;
}

/** A service and a municipality whose cases the routing sends to `authorityId`. */
export function routeTo(authorityId: string): { serviceId: string; municipalityAgs: string } {
  const authority = seed.authorities.find((a) => a.id === authorityId);
  if (!authority) throw new Error(`unknown authority ${authorityId}`);
  if (authority.kind === "landratsamt") {
    const municipality = seed.municipalities.find((m) => m.countyAgs === authority.countyAgs);
    if (!municipality) throw new Error(`no municipality in ${authority.countyAgs}`);
    return { serviceId: "wohngeld-mietzuschuss", municipalityAgs: municipality.ags };
  }
  const municipality = seed.municipalities.find((m) => m.administeredById === authorityId);
  if (!municipality) throw new Error(`${authorityId} administers no municipality`);
  return { serviceId: "hundesteuer-anmeldung", municipalityAgs: municipality.ags };
}

/**
 * Submits a case that lands at `authorityId`, with its attachments and stored receipt.
 * Needs the app's database prepared in this process (see `prepareAppDatabase`).
 */
export async function createCaseFor(
  authorityId: string,
  options: { variant?: number; serviceId?: string; municipalityAgs?: string; submittedAt?: Date; receipt?: boolean } = {},
): Promise<FixtureCase> {
  const route = {
    ...routeTo(authorityId),
    ...(options.serviceId ? { serviceId: options.serviceId } : {}),
    ...(options.municipalityAgs ? { municipalityAgs: options.municipalityAgs } : {}),
  };
  const payloads = payloadFixture(route.serviceId).valid;
  const request = apiSubmissionRequest(payloads[(options.variant ?? 0) % payloads.length], {
    serviceId: route.serviceId,
    municipalityAgs: route.municipalityAgs,
    idempotencyKey: `fixture-${randomUUID()}`,
  });
  const result = await submitApplication(request);

  if (!result.ok) throw new Error(`fixture submission failed: ${result.code} ${result.message}`);
  if (result.case.authority.id !== authorityId) throw new Error(`fixture case went to ${result.case.authority.id}, not ${authorityId}`);
  const database = await db();
  if (options.submittedAt) await database.update(cases).set({ submittedAt: options.submittedAt }).where(eq(cases.id, result.case.caseId));
  if (options.receipt !== false) await receiptOf(result.case.caseId);
  return {
    caseId: result.case.caseId,
    caseNumber: result.case.caseNumber,
    authorityId,
    attachmentIds: (request.inlineAttachments ?? []).map((a) => a.id),
  };
}

/** `perAuthority` cases for every seeded authority, keyed by authority id. */
export async function createCasesForEveryAuthority(perAuthority = 1): Promise<Map<string, FixtureCase[]>> {
  const byAuthority = new Map<string, FixtureCase[]>();
  for (const authorityId of seededAuthorityIds()) {
    const list: FixtureCase[] = [];
    for (let i = 0; i < perAuthority; i++) list.push(await createCaseFor(authorityId, { variant: i }));
    byAuthority.set(authorityId, list);
  }
  return byAuthority;
}

/** An API token of an authority, as an admin would create it (stored hashed); returns the secret. */
export async function createApiTokenFor(authorityId: string, name = `Test-Fachverfahren ${authorityId}`): Promise<string> {
  const token = `bpk_${randomUUID().replace(/-/g, "")}${randomUUID().replace(/-/g, "")}`;
  await (
    await db()
  )
    .insert(apiTokens)
    .values({ authorityId, name, tokenHash: secretHash(token), scopes: ["cases:read", "cases:write"], createdById: null });
  return token;
}

/** Migrates, seeds (authorities, demo staff, services) and loads secrets, as the server's start does. */
export async function prepareAppDatabase(handle: TestDatabase["handle"]): Promise<Database> {
  useDatabaseHandle(handle);
  await prepareDatabase();
  return handle.db;
}

export type StaffServer<T> = { server: RunningServer; fixtures: T; database: TestDatabase | null; stop(): Promise<void> };

/**
 * Prepares a fresh database of `kind`, lets `fill` create what the test needs, and starts the real
 * portal on it. On PostgreSQL the test keeps its own connection (`database`) for direct checks.
 */
export async function startStaffServer<T>(
  kind: DatabaseKind,
  fill: () => Promise<T>,
  env: Record<string, string> = {},
): Promise<StaffServer<T>> {
  if (kind === "postgres") {
    const database = await createTestDatabase("postgres");
    await prepareAppDatabase(database.handle);
    const fixtures = await fill();
    const server = await startServer({ databaseUrl: database.url ?? undefined, env });
    return {
      server,
      fixtures,
      database,
      stop: async () => {
        await server.stop();
        await database.drop();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "bp-staff-"));
  const dataDir = join(dir, "pglite");
  const handle = await openDatabase({ kind: "pglite", dataDir });
  await prepareAppDatabase(handle);
  const fixtures = await fill();
  await closeDatabase();
  const server = await startServer({ env: { PGLITE_DIR: dataDir, ...env } });
  return {
    server,
    fixtures,
    database: null,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
