import { describe, expect, it } from "vitest";
import { formatBytes } from "~/lib/i18n/format";
import { formatReceivedAt } from "~/server/receipt/i18n";

describe("formatReceivedAt", () => {
  it("prints Europe/Berlin time in winter and summer", () => {
    expect(formatReceivedAt(new Date("2026-11-25T13:03:00Z"), "de")).toBe("25.11.2026, 14:03 Uhr");
    expect(formatReceivedAt(new Date("2026-07-01T22:30:00Z"), "de")).toBe("02.07.2026, 00:30 Uhr");
    expect(formatReceivedAt(new Date("2026-11-25T13:03:00Z"), "en")).toBe("25/11/2026, 14:03 (Berlin time)");
  });
});

describe("formatBytes", () => {
  it("is human readable with a German decimal comma", () => {
    expect(formatBytes(0, "de")).toBe("0 Byte");
    expect(formatBytes(512, "de")).toBe("512 Byte");
    expect(formatBytes(1536, "de")).toBe("1,5 KB");
    expect(formatBytes(1_258_291, "de")).toBe("1,2 MB");
    expect(formatBytes(1024 * 1024 - 10, "de")).toBe("1 MB");
    expect(formatBytes(5 * 1024 ** 3, "de")).toBe("5 GB");
    expect(formatBytes(1_258_291, "en")).toBe("1.2 MB");
    expect(formatBytes(1, "en")).toBe("1 byte");
    expect(formatBytes(Number.NaN, "de")).toBe("–");
  });
});
