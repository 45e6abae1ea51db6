import { describe, expect, it } from "vitest";
import { buildSeedRows } from "../../../db/seed/authority-rows";
import { demoAccounts, demoPassword } from "../../../app/server/staff/staff-seed.server";
import { validateNewAccount } from "~/server/staff/accounts.server";

describe("demo staff accounts", () => {
  const rows = buildSeedRows();
  const accounts = demoAccounts(rows);

  it("has one clerk for every authority that administers municipalities and for every Landratsamt", () => {
    const expected = new Set([...rows.municipalities.map((m) => m.administeredById), ...rows.counties.map((c) => c.landratsamtId)]);
    const clerks = accounts.filter((a) => a.roles.includes("clerk"));
    expect(new Set(clerks.map((c) => c.authorityId))).toEqual(expected);
    expect(clerks).toHaveLength(expected.size);
  });

  it("has one editor per county at its Landratsamt and one admin", () => {
    const editors = accounts.filter((a) => a.roles.includes("editor"));
    expect(editors.map((e) => e.authorityId).sort()).toEqual(rows.counties.map((c) => c.landratsamtId).sort());
    expect(accounts.filter((a) => a.roles.includes("admin"))).toHaveLength(1);
  });

  it("has one portal operator, betrieb.portal, with no other role", () => {
    expect(accounts.filter((a) => a.roles.includes("operator"))).toEqual([
      expect.objectContaining({ username: "betrieb.portal", password: "demo-betrieb.portal", roles: ["operator"] }),
    ]);
  });

  it("never lets an authority's admin give the portal-wide operator role", () => {
    expect(validateNewAccount({ username: "neu.betrieb", displayName: "Neu", roles: ["operator"] }).roles).toBeDefined();
    expect(validateNewAccount({ username: "neu.betrieb", displayName: "Neu", roles: ["editor", "operator"] }).roles).toBeDefined();
    expect(validateNewAccount({ username: "neu.redaktion", displayName: "Neu", roles: ["editor"] }).roles).toBeUndefined();
  });

  it("uses unique usernames and the documented demo password pattern", () => {
    expect(new Set(accounts.map((a) => a.username)).size).toBe(accounts.length);
    for (const a of accounts) {
      expect(a.username).toMatch(/^[a-z0-9][a-z0-9._-]{2,39}$/);
      expect(a.password).toBe(demoPassword(a.username));
      expect(a.password).toBe(`demo-${a.username}`);
    }
    expect(accounts.map((a) => a.username)).toContain("sb.vgkoe");
  });
});
