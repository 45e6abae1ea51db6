import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { authorities, counties, municipalities, operators, regions } from "../schema";
import { buildSeedRows } from "./authority-rows";

/**
 * Upserts every region, authority, county and municipality; running it twice changes nothing.
 * Operators are inserted once: their legal settings belong to the operator after that (ADR 023).
 */
export async function seedAuthorities(db: Database): Promise<void> {
  const rows = buildSeedRows();
  await db.transaction(async (tx) => {
    await tx.insert(operators).values(rows.operators).onConflictDoNothing({ target: operators.key });
    await tx
      .insert(regions)
      .values(rows.regions)
      .onConflictDoUpdate({ target: regions.key, set: excludedAll(["name", "kind", "operator", "provenance"]) });
    await tx
      .insert(authorities)
      .values(rows.authorities)
      .onConflictDoUpdate({
        target: authorities.id,
        set: excludedAll([
          "kind",
          "name",
          "ags",
          "association_code",
          "region_key",
          "county_ags",
          "case_number_prefix",
          "street",
          "postal_code",
          "city",
          "email",
          "phone",
          "website",
          "operator_key",
          "provenance",
        ]),
      });
    await tx
      .insert(counties)
      .values(rows.counties)
      .onConflictDoUpdate({ target: counties.ags, set: excludedAll(["name", "region_key", "landratsamt_id"]) });
    await tx
      .insert(municipalities)
      .values(rows.municipalities)
      .onConflictDoUpdate({
        target: municipalities.ags,
        set: excludedAll([
          "ars",
          "name",
          "slug",
          "kind",
          "county_ags",
          "administered_by_id",
          "search_key",
          "ags_name_confirmed",
          "operator_key",
        ]),
      });
  });
}

function excludedAll(columns: string[]): Record<string, ReturnType<typeof sql>> {
  return Object.fromEntries(columns.map((c) => [toCamel(c), sql.raw(`excluded."${c}"`)]));
}

function toCamel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
