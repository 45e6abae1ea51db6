import { describe, expect, it } from "vitest";
import { canonicalJson } from "~/server/submissions/canonical-json";
import { sql } from "drizzle-orm";
import { CASE_NUMBER_PATTERN, yearInGermanySql } from "~/server/submissions/case-number";
import { openDatabase } from "../../../db/client";
import { attachmentRefs } from "~/server/submissions/applicant";
import { sniffMediaType } from "~/server/uploads/sniff";

describe("case numbers", () => {
  it("have a pattern that accepts readable numbers and nothing else", () => {
    expect("VGKOE-2026-000042").toMatch(CASE_NUMBER_PATTERN);
    expect("VGKOE-2026-1234567").toMatch(CASE_NUMBER_PATTERN);
    for (const bad of ["vgkoe-2026-000042", "VGKOE-26-000042", "VGKOE-2026-42", "../etc/passwd"])
      expect(bad).not.toMatch(CASE_NUMBER_PATTERN);
  });
  it("count the year of receipt in Germany, not in UTC, by the database's clock", async () => {
    const handle = await openDatabase({ kind: "pglite", dataDir: null });
    const year = async (at: string) =>
      (
        (await handle.db.execute(sql`select ${yearInGermanySql(sql`${at}::timestamptz`)} as y`)) as unknown as {
          rows: Array<{ y: number }>;
        }
      ).rows[0]!.y;
    try {
      expect(await year("2026-12-31T23:30:00Z")).toBe(2027);
      expect(await year("2026-12-31T22:30:00Z")).toBe(2026);
    } finally {
      await handle.close();
    }
  });
});

describe("canonicalJson", () => {
  it("ignores key order and white space", () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: "ä" }] })).toBe(canonicalJson({ a: [{ x: "ä", y: 2 }], b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});

describe("attachmentRefs", () => {
  it("finds file references with their pointers", () => {
    const ref = { id: "f1", name: "a.pdf", mediaType: "application/pdf", size: 3, sha256: "0".repeat(64) };
    expect(attachmentRefs({ x: { nachweis: ref }, hunde: [{ foto: ref }] }).map((r) => r.pointer)).toEqual([
      "/x/nachweis",
      "/hunde/0/foto",
    ]);
  });
});

describe("sniffMediaType", () => {
  it("recognises documents by their bytes, not their names", () => {
    expect(sniffMediaType(new Uint8Array(Buffer.from("%PDF-1.7")))).toBe("application/pdf");
    expect(sniffMediaType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("image/png");
    expect(sniffMediaType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]))).toBeNull(); // a Windows executable
  });
});
