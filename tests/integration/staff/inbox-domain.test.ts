/** The inbox query, its filters, keyset pages, counts, the CSV and the JSON export, on every database. */
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cases } from "../../../db/schema";
import exportSchema from "../../../schemas/case-export.schema.json";
import { exportCase } from "~/server/cases/case-export.server";
import { findCase } from "~/server/cases/case-record.server";
import { inboxCsv } from "~/server/cases/inbox-csv.server";
import { NO_FILTERS, type InboxFilters } from "~/server/cases/inbox-filters";
import { countByStatus, listInbox } from "~/server/cases/inbox.server";
import { decodeCursor } from "~/server/cases/keyset-cursor.server";
import { transitionCase } from "~/server/cases/transitions.server";
import { canonicalJson } from "~/server/submissions/canonical-json";
import { createHash } from "node:crypto";
import { createCaseFor, type FixtureCase } from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";

const KOELLEDA = "vg-koelleda";
const RASTENBERG = "16068042";
const GROSSNEUHAUSEN = "16068019";
const actor = { kind: "api" as const, id: "test", name: "Test", authorityId: KOELLEDA };

describe.each(databaseKinds())("inbox on %s", (kind) => {
  const database = usePreparedDatabase(kind);
  const created: FixtureCase[] = [];
  /** 31 cases: one per day backwards from 30 Nov 2026 at 09:00 Berlin, plus two sharing one instant. */
  const dayAt = (day: number, hourUtc = 8) => new Date(Date.UTC(2026, 10, 30 - day, hourUtc, 0, 0));

  beforeAll(async () => {
    for (let i = 0; i < 29; i++) {
      created.push(
        await createCaseFor(KOELLEDA, {
          variant: i,
          municipalityAgs: i % 3 === 0 ? GROSSNEUHAUSEN : RASTENBERG,
          serviceId: i % 4 === 0 ? "gewerbeanmeldung" : "hundesteuer-anmeldung",
          submittedAt: dayAt(i),
          receipt: false,
        }),
      );
    }
    const tie = new Date("2026-10-01T10:00:00.123456Z");
    created.push(await createCaseFor(KOELLEDA, { submittedAt: tie, municipalityAgs: RASTENBERG, receipt: false }));
    created.push(await createCaseFor(KOELLEDA, { submittedAt: tie, municipalityAgs: RASTENBERG, receipt: false }));
    // Microseconds survive only in SQL: set the tie exactly there.
    for (const c of created.slice(-2))
      await database.handle.db.execute(`update cases set submitted_at = '2026-10-01 10:00:00.123456+00' where id = '${c.caseId}'` as never);
    await createCaseFor("gemeinde-16068051", { receipt: false }); // another authority's case must never show
    await transitionCase({ authorityId: KOELLEDA, caseNumber: created[0].caseNumber, to: "in_bearbeitung", actor });
    await transitionCase({ authorityId: KOELLEDA, caseNumber: created[1].caseNumber, to: "in_bearbeitung", actor });
    await transitionCase({ authorityId: KOELLEDA, caseNumber: created[1].caseNumber, to: "rueckfrage", message: "Frage", actor });
  }, 180_000);

  async function allPages(filters: InboxFilters, limit: number) {
    const seen: string[] = [];
    let cursor = null;
    let pages = 0;
    do {
      const page = await listInbox(KOELLEDA, filters, { cursor, limit });
      seen.push(...page.rows.map((r) => r.caseNumber));
      cursor = decodeCursor(page.nextCursor);
      pages++;
    } while (cursor && pages < 100);
    return { seen, pages };
  }

  it("pages through every case exactly once, newest first, ties included", async () => {
    const { seen, pages } = await allPages(NO_FILTERS, 7);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(created.length);
    expect(seen).toHaveLength(created.length);
    expect(seen[0]).toBe(created[0].caseNumber);
    const order = await database.handle.db
      .select({ n: cases.caseNumber, at: cases.submittedAt })
      .from(cases)
      .where(eq(cases.authorityId, KOELLEDA));
    const expected = order.sort((a, b) => b.at.getTime() - a.at.getTime()).map((r) => r.n);
    expect(seen.slice(0, 29)).toEqual(expected.slice(0, 29));
  });

  it("filters by status, service, municipality, date range in Germany and search", async () => {
    const numbers = async (filters: Partial<InboxFilters>) => (await allPages({ ...NO_FILTERS, ...filters }, 100)).seen;
    expect(await numbers({ status: "rueckfrage" })).toEqual([created[1].caseNumber]);
    expect(await numbers({ status: "in_bearbeitung" })).toEqual([created[0].caseNumber]);
    expect((await numbers({ service: "gewerbeanmeldung" })).sort()).toEqual(
      created
        .filter((_, i) => i < 29 && i % 4 === 0)
        .map((c) => c.caseNumber)
        .sort(),
    );
    expect((await numbers({ municipality: GROSSNEUHAUSEN })).sort()).toEqual(
      created
        .filter((_, i) => i < 29 && i % 3 === 0)
        .map((c) => c.caseNumber)
        .sort(),
    );
    // 28 and 29 Nov in Germany: cases 1 and 2 (09:00 Berlin on those days).
    expect(await numbers({ from: "2026-11-28", to: "2026-11-29" })).toEqual([created[1].caseNumber, created[2].caseNumber]);
    expect(await numbers({ q: created[5].caseNumber })).toEqual([created[5].caseNumber]);
    expect((await numbers({ q: "VGKOE-2026" })).length).toBe(created.length);
    const [row] = await database.handle.db.select({ name: cases.applicantName }).from(cases).where(eq(cases.id, created[3].caseId));
    const part = row.name.split(" ").at(-1)!.slice(0, 5).toLowerCase();
    expect(await numbers({ q: part })).toContain(created[3].caseNumber);
    expect(await numbers({ q: "%" })).toEqual([]);
  });

  it("counts the cases per status under the other filters", async () => {
    expect(await countByStatus(KOELLEDA, NO_FILTERS)).toEqual({
      eingegangen: created.length - 2,
      in_bearbeitung: 1,
      rueckfrage: 1,
      abgeschlossen: 0,
      abgelehnt: 0,
      zurueckgezogen: 0,
    });
    expect(await countByStatus(KOELLEDA, { ...NO_FILTERS, status: "rueckfrage", q: created[0].caseNumber })).toEqual({
      eingegangen: 0,
      in_bearbeitung: 1,
      rueckfrage: 0,
      abgeschlossen: 0,
      abgelehnt: 0,
      zurueckgezogen: 0,
    });
  });

  it("exports the filtered view as CSV with a BOM, ; separators and neutralised formulas", async () => {
    await database.handle.db
      .update(cases)
      .set({ applicantName: '=HYPERLINK("http://evil.example";"Klick")' })
      .where(eq(cases.id, created[2].caseId));
    const { csv, rows } = await inboxCsv(KOELLEDA, { ...NO_FILTERS, municipality: RASTENBERG });
    const lines = csv.split("\r\n");
    expect(csv.startsWith("\uFEFFVorgangsnummer;Leistung;Gemeinde;Antragsteller/in;Eingegangen;Status;Alter (Tage);Zugewiesen an")).toBe(
      true,
    );
    expect(rows).toBe(created.filter((_, i) => i >= 29 || i % 3 !== 0).length);
    expect(lines).toHaveLength(rows + 2);
    const evil = lines.find((l) => l.startsWith(created[2].caseNumber))!;
    expect(evil).toContain(`"'=HYPERLINK(""http://evil.example"";""Klick"")"`);
    expect(csv).not.toContain(";=");
  });

  it("exports a case as JSON valid against schemas/case-export.schema.json, with the data hash", async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(exportSchema);
    const record = await findCase(KOELLEDA, created[1].caseNumber);
    const doc = await exportCase(record!);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.dataHash.value).toBe(createHash("sha256").update(canonicalJson(doc.data)).digest("hex"));
    expect(doc.history.map((h) => h.toStatus)).toEqual(["eingegangen", "in_bearbeitung", "rueckfrage"]);
    expect(doc.receipt).toEqual({ available: false, mediaType: "application/pdf", sha256: null });
  });
});
