import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "~/server/cases/keyset-cursor.server";

const id = "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b";

describe("keyset cursor", () => {
  it("round-trips PostgreSQL timestamps with microseconds", () => {
    const cursor = { submittedAt: "2026-11-25T13:03:00.123456Z", id };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it("round-trips any instant and uuid (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        fc.uuid(),
        fc.integer({ min: 0, max: 999 }),
        (date, uuid, micros) => {
          const cursor = { submittedAt: date.toISOString().replace("Z", `${String(micros).padStart(3, "0")}Z`), id: uuid };
          expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
        },
      ),
    );
  });

  it.each([
    ["empty", ""],
    ["not base64url", "abc+/=="],
    ["garbage", Buffer.from("hello").toString("base64url")],
    ["bad uuid", Buffer.from("2026-11-25T13:03:00Z|not-a-uuid").toString("base64url")],
    ["bad date", Buffer.from(`2026-13-45T13:03:00Z|${id}`).toString("base64url")],
    ["sql in it", Buffer.from(`2026-11-25T13:03:00Z|${id}'); drop table cases;--`).toString("base64url")],
    ["extra part", Buffer.from(`2026-11-25T13:03:00Z|${id}|x`).toString("base64url")],
    ["too long", "A".repeat(500)],
  ])("rejects a %s cursor", (_, text) => {
    expect(decodeCursor(text)).toBeNull();
  });
});
