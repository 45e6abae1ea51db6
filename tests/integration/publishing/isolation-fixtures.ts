/**
 * Fixtures of the county isolation table: per demo county a service of its own (version 1
 * published, version 2 an open draft, offered everywhere in the county, one routing override),
 * an override of the built-in service in the county and an editorial API key; a draft of the
 * built-in's version 2 by the portal operator. Also the snapshot of everything an editorial write
 * can change, and a portal whose database can be read between runs (PGlite is single-process).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, eq, like, sql } from "drizzle-orm";
import { openDatabase, type Database, type DatabaseHandle } from "../../../db/client";
import { apiTokens, auditLog, routingOverrides, serviceOfferings, services, serviceVersions } from "../../../db/schema";
import { buildSeedRows } from "../../../db/seed/authority-rows";
import { closeDatabase, useDatabaseHandle } from "~/server/db.server";
import { setOffering } from "~/server/publishing/offering.server";
import { publishVersion } from "~/server/publishing/publish.server";
import { setOverride } from "~/server/publishing/routing-overrides.server";
import { saveDraft } from "~/server/publishing/version-drafts.server";
import { publishedService } from "~/server/services/service-versions.server";
import { secretHash } from "~/server/staff/tokens.server";
import { prepareAppDatabase } from "../../support/case-fixtures";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "../../support/databases";
import { startServer, type RunningServer } from "../../support/server";
import { editorActor, operatorActor, variant } from "./support";

export const BUILT_IN = "gewerbeanmeldung";

export type County = {
  key: string;
  editor: string;
  ags: string;
  landratsamt: string;
  /** An authority of the county other than its Landratsamt: a routing override's new target. */
  otherAuthority: string;
  /** The first municipality of the county, which carries the fixtures' overrides. */
  municipality: string;
  service: string;
  token: { id: string; secret: string };
};

const seed = buildSeedRows();

function countyOf(key: string, editor: string, ags: string): Omit<County, "token"> {
  const county = seed.counties.find((c) => c.ags === ags)!;
  const inCounty = seed.municipalities.filter((m) => m.countyAgs === ags).sort((a, b) => a.ags.localeCompare(b.ags));
  const other = seed.authorities.find((a) => a.countyAgs === ags && a.id !== county.landratsamtId)!;
  return {
    key,
    editor,
    ags,
    landratsamt: county.landratsamtId,
    otherAuthority: other.id,
    municipality: inCounty[0].ags,
    service: `iso-${key}`,
  };
}

export const COUNTY_SEEDS = [
  countyOf("soe", "red.lrasoe", "16068000"),
  countyOf("ndh", "red.lrandh", "16062000"),
  countyOf("kyf", "red.lrakyf", "16065000"),
];

/** The text of a service's next draft (version 2), changed so that saving it would be visible. */
export const changedDraft = (serviceId: string) => variant(2, { id: serviceId, title: { de: `Geändert ${serviceId}` } });

export async function builtInDraftText(title = "Gewerbeanmeldung (Entwurf)"): Promise<string> {
  const definition = (await publishedService(BUILT_IN))!.definition;
  return `${JSON.stringify({ ...definition, version: 2, title: { ...definition.title, de: title } }, null, 2)}\n`;
}

function expectOk<T extends { ok: boolean }>(result: T, what: string): T {
  if (!result.ok) throw new Error(`fixture ${what} failed: ${JSON.stringify(result)}`);
  return result;
}

/** Creates the fixtures through the domain modules, as the editors themselves would. */
export async function fillCounties(database: Database): Promise<County[]> {
  const counties: County[] = [];
  for (const seedCounty of COUNTY_SEEDS) {
    const editor = await editorActor(database, seedCounty.editor);
    const id = seedCounty.service;
    expectOk(await saveDraft(editor, { text: variant(1, { id }), keepInvalid: false }), `draft ${id}`);
    expectOk(await publishVersion(editor, id, 1), `publish ${id}`);
    expectOk(await saveDraft(editor, { serviceId: id, text: variant(2, { id }), keepInvalid: false }), `draft 2 ${id}`);
    expectOk(await setOffering(editor, id, { kind: "all" }), `offering ${id}`);
    expectOk(await setOverride(editor, id, seedCounty.municipality, seedCounty.landratsamt), `override ${id}`);
    expectOk(await setOverride(editor, BUILT_IN, seedCounty.municipality, seedCounty.landratsamt), `override ${BUILT_IN}`);
    const secret = `bpk_iso_${seedCounty.key}_${"x".repeat(40)}`;
    const [token] = await database
      .insert(apiTokens)
      .values({
        authorityId: seedCounty.landratsamt,
        name: `Pipeline ${seedCounty.key}`,
        tokenHash: secretHash(secret),
        scopes: ["services:write"],
        createdById: null,
      })
      .returning({ id: apiTokens.id });
    counties.push({ ...seedCounty, token: { id: token.id, secret } });
  }
  expectOk(
    await saveDraft(await operatorActor(database), { serviceId: BUILT_IN, text: await builtInDraftText(), keepInvalid: false }),
    "built-in draft",
  );
  return counties;
}

/** Everything an editorial write can change, in a stable order. */
export async function editorialState(database: Database) {
  const state = {
    services: await database
      .select({ id: services.id, owner: services.ownerCountyAgs, level: services.level, retiredAt: services.retiredAt })
      .from(services)
      .orderBy(asc(services.id)),
    versions: await database
      .select({
        serviceId: serviceVersions.serviceId,
        version: serviceVersions.version,
        status: serviceVersions.status,
        title: serviceVersions.title,
        text: serviceVersions.sourceText,
        publishedAt: serviceVersions.publishedAt,
      })
      .from(serviceVersions)
      .orderBy(asc(serviceVersions.serviceId), asc(serviceVersions.version)),
    offerings: await database
      .select()
      .from(serviceOfferings)
      .orderBy(asc(serviceOfferings.serviceId), asc(serviceOfferings.municipalityAgs)),
    overrides: await database
      .select()
      .from(routingOverrides)
      .orderBy(asc(routingOverrides.serviceId), asc(routingOverrides.municipalityAgs)),
    tokens: await database
      .select({ id: apiTokens.id, name: apiTokens.name, revokedAt: apiTokens.revokedAt })
      .from(apiTokens)
      .orderBy(asc(apiTokens.id)),
    editorialAudit: (
      await database
        .select({ n: sql<number>`count(*)::int` })
        .from(auditLog)
        .where(like(auditLog.action, "publishing.%"))
    )[0].n,
  };
  return JSON.parse(JSON.stringify(state)) as typeof state;
}

export async function offeredIn(database: Database, serviceId: string): Promise<string[]> {
  const rows = await database
    .select({ ags: serviceOfferings.municipalityAgs })
    .from(serviceOfferings)
    .where(eq(serviceOfferings.serviceId, serviceId));
  return rows.map((r) => r.ags).sort();
}

/**
 * A database the test fills and reads, and the real portal started on it in between. PGlite
 * allows one process at a time, so its directory is closed while the portal runs.
 */
export class PortalOnDatabase {
  private handle: DatabaseHandle | null = null;
  private postgres: TestDatabase | null = null;
  private dir: string | null = null;
  private server: RunningServer | null = null;
  private prepared = false;

  constructor(readonly kind: DatabaseKind) {}

  /** Opens (or reopens) the database in this process. */
  async open(): Promise<Database> {
    if (this.kind === "postgres") {
      this.postgres ??= await createTestDatabase("postgres");
      this.handle = this.postgres.handle;
    } else {
      this.dir ??= mkdtempSync(join(tmpdir(), "bp-isolation-"));
      this.handle = await openDatabase({ kind: "pglite", dataDir: join(this.dir, "pglite") });
    }
    if (this.prepared) {
      useDatabaseHandle(this.handle);
      return this.handle.db;
    }
    this.prepared = true;
    return prepareAppDatabase(this.handle);
  }

  async startPortal(): Promise<string> {
    if (this.kind === "pglite") {
      await closeDatabase();
      this.handle = null;
      this.server = await startServer({ env: { PGLITE_DIR: join(this.dir!, "pglite") } });
    } else {
      this.server = await startServer({ databaseUrl: this.postgres!.url! });
    }
    return this.server.baseUrl;
  }

  async stopPortal(): Promise<void> {
    await this.server?.stop();
    this.server = null;
  }

  async dispose(): Promise<void> {
    await this.stopPortal();
    if (this.postgres) await this.postgres.drop();
    else {
      await closeDatabase();
      if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
