import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/server/env.server";
import { CASE_STATUSES } from "~/server/cases/lifecycle";
import { deletionDue, isDueForDeletion, retentionDaysOf, retentionState } from "~/server/cases/retention";

const closedAt = new Date("2026-03-31T22:30:00Z");

describe("retention rule", () => {
  it("takes the service's period when its definition sets one, else the portal default", () => {
    expect(retentionDaysOf({ retentionDays: 90 }, 365)).toBe(90);
    expect(retentionDaysOf({}, 365)).toBe(365);
    expect(retentionDaysOf(null, 730)).toBe(730);
    // The schema refuses these; the rule does not trust a definition that slipped past it.
    for (const bad of [0, -5, 1.5, "90", null]) expect(retentionDaysOf({ retentionDays: bad }, 365)).toBe(365);
  });

  it("is due exactly `days` days after closing, not a moment before", () => {
    const due = deletionDue(closedAt, 30);
    expect(due.toISOString()).toBe("2026-04-30T22:30:00.000Z");
    const state = retentionState({ status: "abgeschlossen", closedAt, legalHoldAt: null, retentionDays: 30 });
    expect(state).toEqual({ kind: "scheduled", closedAt, retentionDays: 30, deleteFrom: due });
    expect(isDueForDeletion(state, new Date(due.getTime() - 1))).toBe(false);
    expect(isDueForDeletion(state, due)).toBe(true);
  });

  it("schedules only closed, rejected and withdrawn cases; every other status stays open however old", () => {
    const far = new Date("2100-01-01T00:00:00Z");
    for (const status of CASE_STATUSES) {
      const state = retentionState({ status, closedAt, legalHoldAt: null, retentionDays: 1 });
      expect([status, isDueForDeletion(state, far)]).toEqual([status, ["abgeschlossen", "abgelehnt", "zurueckgezogen"].includes(status)]);
    }
  });

  it("never deletes a held case, whatever its status and age", () => {
    const since = new Date("2026-05-01T08:00:00Z");
    for (const status of CASE_STATUSES) {
      const state = retentionState({ status, closedAt, legalHoldAt: since, retentionDays: 1 });
      expect(state).toEqual({ kind: "held", since });
      expect(isDueForDeletion(state, new Date("2100-01-01T00:00:00Z"))).toBe(false);
    }
  });

  it("reads RETENTION_DAYS_DEFAULT, 365 days when unset, and refuses nonsense", () => {
    expect(parseEnv({}).retentionDaysDefault).toBe(365);
    expect(parseEnv({ RETENTION_DAYS_DEFAULT: "1095" }).retentionDaysDefault).toBe(1095);
    for (const bad of ["0", "-1", "drei", "40000"]) expect(() => parseEnv({ RETENTION_DAYS_DEFAULT: bad })).toThrow(EnvError);
  });
});
