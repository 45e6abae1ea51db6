import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAuthorities } from "../../../db/seed/seed-authorities";
import source from "../../../db/seed/authorities.json";
import { useDatabaseHandle } from "~/server/db.server";
import { findMunicipalityByAgs, findMunicipalityBySlug, municipalityDirectory, searchMunicipalities } from "~/server/municipalities.server";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../support/databases";

const columnsQuery = sql`select table_name, column_name, data_type, is_nullable
  from information_schema.columns where table_schema = 'public' order by table_name, column_name`;
const schemaByKind = new Map<string, unknown>();

describe.each(databaseKinds())("municipalities on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    useDatabaseHandle(database.handle);
    await seedAuthorities(database.handle.db);
  });
  afterAll(() => database.drop());

  it("seeds idempotently", async () => {
    const count = async () => {
      const result = await database.handle.db.execute(
        sql`select (select count(*) from municipalities)::int as m, (select count(*) from authorities)::int as a`,
      );
      return (result as unknown as { rows: unknown[] }).rows[0];
    };
    const before = await count();
    await seedAuthorities(database.handle.db);
    expect(await count()).toEqual(before);
    expect(before).toEqual({ m: 43, a: expect.any(Number) });
  });

  it.each(["Sömmerda", "Soemmerda", "Sommerda", "sömmerda"])("finds the Stadt Sömmerda for %s", async (q) => {
    const [first] = await searchMunicipalities(q);
    expect(first.ags).toBe("16068051");
    expect(first.administeredBy).toMatchObject({ name: "Stadt Sömmerda", kind: "gemeinde", ags: "16068051" });
  });

  it("finds Rastenberg by a prefix, administered by the VG Kölleda", async () => {
    const found = await searchMunicipalities("Rast");
    expect(found.map((m) => m.name)).toEqual(["Rastenberg"]);
    expect(found[0]).toMatchObject({ ars: "160685006042", administeredBy: { name: "Verwaltungsgemeinschaft Kölleda", ags: null } });
  });

  it("returns every municipality with its administering authority, as in the data set", async () => {
    for (const region of source.regions) {
      for (const m of region.municipalities) {
        const found = await findMunicipalityByAgs(m.ags);
        expect(found?.name).toBe(m.name);
        const association = region.associations.find((a) => a.key === m.association);
        expect(found?.administeredBy.name).toEqual(association ? association.name : expect.stringContaining(m.name));
      }
    }
  });

  it("looks municipalities up by slug and returns null for unknown ones", async () => {
    expect((await findMunicipalityBySlug("heringen-helme"))?.county.name).toBe("Landkreis Nordhausen");
    expect(await findMunicipalityBySlug("atlantis")).toBeNull();
  });

  it("groups the directory by region, county and authority", async () => {
    const directory = await municipalityDirectory();
    const soemmerda = directory.find((d) => d.region.key === "soemmerda")!;
    const koelleda = soemmerda.counties[0].groups.find((g) => g.authority.id === "vg-koelleda")!;
    expect(koelleda.municipalities.map((m) => m.name)).toEqual(["Großneuhausen", "Kleinneuhausen", "Ostramondra", "Rastenberg"]);
  });

  it("has the same tables and columns on every database", async () => {
    const columns = ((await database.handle.db.execute(columnsQuery)) as unknown as { rows: unknown[] }).rows;
    expect(columns.length).toBeGreaterThan(40);
    schemaByKind.set(kind, columns);
    const other = [...schemaByKind.entries()].find(([k]) => k !== kind);
    if (other) expect(columns).toEqual(other[1]);
  });
});
