/**
 * The clerk's inbox at scale: 100,000 cases over several authorities in a fresh PostgreSQL
 * database (one INSERT … SELECT generate_series), then p50/p99 of the inbox's first page, a deep
 * keyset page, filtered views, the counts per status, the whole page's data, and the page over
 * HTTP. Target: p50 ≤ 50 ms for the first page. Needs DATABASE_URL; skips with a message otherwise.
 *   npx tsx bench/inbox.bench.ts
 */
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { NO_FILTERS, type InboxFilters } from "../app/server/cases/inbox-filters";
import { inboxView } from "../app/server/cases/inbox-view.server";
import { countByStatus, listInbox } from "../app/server/cases/inbox.server";
import { decodeCursor } from "../app/server/cases/keyset-cursor.server";
import { prepareDatabase, useDatabaseHandle } from "../app/server/db.server";
import { createTestDatabase } from "../tests/support/databases";
import { startServer } from "../tests/support/server";
import { StaffClient } from "../tests/integration/staff/staff-client";
import { percentile } from "./stats";

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);

/** Authorities the cases are spread over (weights: the VG Kölleda gets the most, as a busy office would). */
const AUTHORITIES: Array<{ id: string; prefix: string; ags: string[] | null; weight: number }> = [
  { id: "vg-koelleda", prefix: "VGKOE", ags: ["16068042", "16068019", "16068033", "16068041"], weight: 4 },
  { id: "gemeinde-16068051", prefix: "STSOE", ags: ["16068051"], weight: 2 },
  { id: "lra-16068", prefix: "LRASOE", ags: ["16068042", "16068051"], weight: 2 },
  { id: "vg-gera-aue", prefix: "VGGEA", ags: null, weight: 1 },
  { id: "eg-heringen-helme", prefix: "EGHER", ags: null, weight: 1 },
];

export type InboxBenchResult = { name: string; p50Ms: number; p99Ms: number; iterations: number };

async function measure(name: string, iterations: number, task: () => Promise<unknown>): Promise<InboxBenchResult> {
  for (let i = 0; i < Math.min(20, iterations); i++) await task(); // warm-up: plans, caches, pool
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  const round = (ms: number) => Math.round(ms * 100) / 100;
  const result = { name, p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)), iterations };
  console.log(`${name.padEnd(52)} p50 ${String(result.p50Ms).padStart(7)} ms   p99 ${String(result.p99Ms).padStart(7)} ms`);
  return result;
}

export async function run(): Promise<InboxBenchResult[]> {
  if (!process.env.DATABASE_URL) {
    console.log("inbox bench skipped: it measures PostgreSQL at scale; set DATABASE_URL (a fresh database is made beside it).");
    return [];
  }
  process.env.LOG_LEVEL ??= "warn";
  const database = await createTestDatabase("postgres");
  try {
    useDatabaseHandle(database.handle);
    await prepareDatabase();
    const db = database.handle.db;

    // Municipalities for authorities listed without: those they administer.
    for (const a of AUTHORITIES) {
      if (a.ags) continue;
      const rows = await db.execute(sql`select ags from municipalities where administered_by_id = ${a.id} order by ags`);
      a.ags = (rows as unknown as { rows: Array<{ ags: string }> }).rows.map((r) => r.ags);
    }
    const slots = AUTHORITIES.flatMap((a) => Array.from({ length: a.weight }, () => a));
    const values = sql.join(
      slots.map((a, i) => sql`(${i}::int, ${a.id}::text, ${a.prefix}::text, ${`{${a.ags!.join(",")}}`}::text[])`),
      sql`, `,
    );
    const seedStarted = performance.now();
    await db.execute(sql`
      insert into cases (case_number, authority_id, municipality_ags, service_id, service_version, status, data, data_hash,
                         applicant_name, applicant_email, access_code_hash, idempotency_key, request_hash, channel, submitted_at, updated_at)
      select s.prefix || '-' || extract(year from t.at)::int || '-' || lpad(g::text, 7, '0'),
             s.id,
             s.ags[1 + (g / ${slots.length}) % array_length(s.ags, 1)],
             case when g % 3 = 0 then 'gewerbeanmeldung' else 'hundesteuer-anmeldung' end, 1,
             (array['eingegangen','in_bearbeitung','rueckfrage','abgeschlossen','abgelehnt'])[1 + (g / 7) % 5],
             '{}'::jsonb, md5(g::text),
             (array['Anna','Ben','Łukasz','Ayşe','Jürgen','Marta'])[1 + g % 6] || ' ' || (array['Müller','Schmidt','Nowak','Yılmaz','Weiß','Krause','Fischer'])[1 + g % 7] || ' ' || g,
             null, md5('a' || g), 'bench-' || g, md5('r' || g), 'api', t.at, t.at
      from generate_series(1, ${CASES}) g
      join (values ${values}) s(slot, id, prefix, ags) on s.slot = g % ${slots.length}
      cross join lateral (select now() - (g * interval '7 minutes') - (g % 1000) * interval '1 millisecond' as at) t
    `);
    // What autovacuum does in operation: statistics and a visibility map (index-only scans for the counts).
    await db.execute(sql`vacuum analyze cases`);
    console.log(`seeded ${CASES.toLocaleString("en")} cases in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s (PostgreSQL)`);

    const busy = "vg-koelleda";
    const results: InboxBenchResult[] = [];
    const page = (filters: Partial<InboxFilters>) => () => listInbox(busy, { ...NO_FILTERS, ...filters });
    results.push(await measure("inbox first page (25 of ~40,000)", ITERATIONS, page({})));
    // A page deep in the list: keyset pagination keeps its cost flat.
    let cursor = null;
    for (let i = 0; i < 400; i++) cursor = decodeCursor((await listInbox(busy, NO_FILTERS, { cursor })).nextCursor);
    const deep = cursor;
    results.push(await measure("inbox page 401 (keyset)", ITERATIONS, () => listInbox(busy, NO_FILTERS, { cursor: deep })));
    results.push(
      await measure(
        "filtered: status + service + municipality",
        ITERATIONS,
        page({ status: "rueckfrage", service: "gewerbeanmeldung", municipality: "16068042" }),
      ),
    );
    results.push(await measure("filtered: date range (one month)", ITERATIONS, page({ from: "2026-01-01", to: "2026-01-31" })));
    results.push(await measure("search: case number prefix", ITERATIONS, page({ q: "VGKOE-2026-00001" })));
    results.push(await measure("search: part of a name", ITERATIONS, page({ q: "yılmaz 41" })));
    results.push(await measure("counts per status", ITERATIONS, () => countByStatus(busy, NO_FILTERS)));
    results.push(
      await measure("whole inbox page data (list + counts + options)", ITERATIONS, () => inboxView(busy, new URLSearchParams())),
    );

    const server = await startServer({ databaseUrl: database.url ?? undefined, env: { LOG_LEVEL: "error" } });
    try {
      const clerk = await StaffClient.signedIn(server.baseUrl, "sb.vgkoe", "demo-sb.vgkoe");
      const get = (path: string) => async () => {
        const response = await clerk.get(path);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      };
      results.push(await measure("HTTP GET /verwaltung (rendered page)", Math.min(ITERATIONS, 100), get("/verwaltung")));
      results.push(
        await measure(
          "HTTP GET /verwaltung?status=rueckfrage&municipality=…",
          Math.min(ITERATIONS, 100),
          get("/verwaltung?status=rueckfrage&municipality=16068042"),
        ),
      );
    } finally {
      await server.stop();
    }
    return results.filter((r) => r.iterations > 0);
  } finally {
    await database.drop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
  process.exit(0);
}
