import { describe, expect, it } from "vitest";
import { buildSeedRows } from "../../../db/seed/authority-rows";
import source from "../../../db/seed/authorities.json";

const rows = buildSeedRows();
const byAgs = new Map(rows.municipalities.map((m) => [m.ags, m]));
const authority = (id: string) => rows.authorities.find((a) => a.id === id)!;

describe("seed rows from the authority data set", () => {
  it("contains every municipality of every region", () => {
    const expected = source.regions.flatMap((r) => r.municipalities.map((m) => m.ags)).sort();
    expect(rows.municipalities.map((m) => m.ags).sort()).toEqual(expected);
  });

  it("gives every municipality the authority of its association, or its own", () => {
    for (const region of source.regions) {
      for (const m of region.municipalities) {
        const seeded = byAgs.get(m.ags)!;
        expect(seeded.administeredById).toBe(m.association ?? `gemeinde-${m.ags}`);
        expect(authority(seeded.administeredById)).toBeDefined();
      }
    }
  });

  it("names the known cases", () => {
    expect(authority(byAgs.get("16068042")!.administeredById).name).toBe("Verwaltungsgemeinschaft Kölleda");
    expect(authority(byAgs.get("16068061")!.administeredById).ags).toBe("16068009"); // Witterda → Elxleben
    expect(authority(byAgs.get("16068051")!.administeredById).name).toBe("Stadt Sömmerda");
    expect(authority(byAgs.get("16062008")!.administeredById).ags).toBe("16062064"); // Görsbach → Heringen/Helme
  });

  it("has one Landratsamt per county and unique, readable case number prefixes", () => {
    expect(rows.counties.map((c) => c.ags).sort()).toEqual(["16062000", "16065000", "16068000"]);
    for (const county of rows.counties) expect(authority(county.landratsamtId).kind).toBe("landratsamt");
    const prefixes = rows.authorities.map((a) => a.caseNumberPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const prefix of prefixes) expect(prefix).toMatch(/^[A-Z]{3,6}$/);
  });

  it("gives readable, unique slugs", () => {
    const slugs = rows.municipalities.map((m) => m.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(byAgs.get("16068051")!.slug).toBe("soemmerda");
  });

  it("maps every municipality and authority to the operator of its region, with one portal default", () => {
    expect(byAgs.get("16068042")!.operatorKey).toBe("kids-soemmerda"); // Rastenberg
    expect(byAgs.get("16062008")!.operatorKey).toBe("it-verbund-nordthueringen"); // Görsbach
    expect(authority("lra-16065").operatorKey).toBe("it-verbund-nordthueringen");
    const keys = new Set(rows.operators.map((o) => o.key));
    for (const m of rows.municipalities) expect(keys).toContain(m.operatorKey);
    for (const a of rows.authorities) expect(keys).toContain(a.operatorKey);
    expect(rows.operators.filter((o) => o.portalDefault).map((o) => o.key)).toEqual(["kids-soemmerda"]);
    // Placeholders until the operator confirms: they deliver nowhere.
    for (const o of rows.operators) expect(o.email).toMatch(/\.invalid$/);
  });
});
