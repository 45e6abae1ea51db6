import { describe, expect, it } from "vitest";
import { ageInDays, berlinDay, daysAgo, formatDateTime } from "~/server/cases/dates";

describe("dates in Europe/Berlin", () => {
  it("counts calendar days in Germany, not 24-hour periods", () => {
    // 23:30 in Berlin on 24 Nov, looked at 00:30 on 25 Nov: one day old.
    expect(ageInDays("2026-11-24T22:30:00Z", new Date("2026-11-24T23:30:00Z"))).toBe(1);
    expect(ageInDays("2026-11-25T08:00:00Z", new Date("2026-11-25T20:00:00Z"))).toBe(0);
    expect(ageInDays("2026-03-28T12:00:00Z", new Date("2026-03-30T12:00:00Z"))).toBe(2); // across the DST change
  });

  it("formats a German date and time", () => {
    expect(formatDateTime("2026-11-25T13:03:00Z")).toBe("25.11.2026 14:03 Uhr");
    expect(berlinDay(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
  });

  it("says a case's age in words: today, yesterday, n days ago", () => {
    expect(daysAgo(0)).toBe("heute");
    expect(daysAgo(1)).toBe("gestern");
    expect(daysAgo(2)).toBe("vor 2 Tagen");
    expect(daysAgo(31)).toBe("vor 31 Tagen");
  });
});
