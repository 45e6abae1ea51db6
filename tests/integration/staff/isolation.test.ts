/**
 * Authority isolation, exhaustively: for every ordered pair of seeded authorities A ≠ B, A's clerk
 * and A's API token get 404 for B's case through every way in (page, attachment, receipt, JSON
 * export, transition, API read, API transition), and A's lists (inbox, CSV, API) never show it.
 * Each A also gets 200 for its own case through the same ways, so no 404 is vacuous.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clerkOf,
  createApiTokenFor,
  createCasesForEveryAuthority,
  seededAuthorityIds,
  startStaffServer,
  type FixtureCase,
  type StaffServer,
} from "../../support/case-fixtures";
import { databaseKinds } from "../../support/databases";
import { apiRequest, inParallel, StaffClient } from "./staff-client";

type Fixtures = { cases: Map<string, FixtureCase[]>; tokens: Map<string, string> };

describe.each(databaseKinds())("authority isolation over HTTP on %s", (kind) => {
  let staff: StaffServer<Fixtures>;
  const clients = new Map<string, StaffClient>();
  const authorityIds = seededAuthorityIds();
  const caseOf = (authorityId: string) => staff.fixtures.cases.get(authorityId)![0];

  beforeAll(async () => {
    staff = await startStaffServer(kind, async () => {
      const cases = await createCasesForEveryAuthority(1);
      const tokens = new Map<string, string>();
      for (const id of authorityIds) tokens.set(id, await createApiTokenFor(id));
      return { cases, tokens };
    });
    const signedIn = await inParallel(
      authorityIds.map((id) => () => StaffClient.signedIn(staff.server.baseUrl, clerkOf(id).username, clerkOf(id).password)),
      6,
    );
    authorityIds.forEach((id, i) => clients.set(id, signedIn[i]));
  }, 180_000);
  afterAll(async () => {
    await staff?.stop();
  });

  /** Every way a clerk or a token can reach one case, each answering with its status. */
  function waysIn(viewer: string, target: FixtureCase): Array<{ way: string; run: () => Promise<Response> }> {
    const clerk = clients.get(viewer)!;
    const token = staff.fixtures.tokens.get(viewer)!;
    const base = `/verwaltung/vorgaenge/${target.caseNumber}`;
    return [
      { way: "case page", run: () => clerk.get(base) },
      { way: "attachment", run: () => clerk.get(`${base}/anlagen/${target.attachmentIds[0]}`) },
      { way: "receipt", run: () => clerk.get(`${base}/eingangsbestaetigung.pdf`) },
      { way: "JSON export", run: () => clerk.get(`${base}/export.json`) },
      { way: "API case", run: () => apiRequest(staff.server.baseUrl, token, `/cases/${target.caseNumber}`) },
    ];
  }

  it("has a case with an attachment and a receipt for every seeded authority", () => {
    expect(authorityIds.length).toBeGreaterThanOrEqual(17);
    for (const id of authorityIds) expect(caseOf(id).attachmentIds.length).toBeGreaterThan(0);
  });

  it("lets every authority reach its own case through every way in", async () => {
    const checks = authorityIds.flatMap((id) => waysIn(id, caseOf(id)).map((w) => ({ ...w, id })));
    const statuses = await inParallel(checks.map((c) => async () => (await c.run()).status));
    const wrong = checks.map((c, i) => ({ who: c.id, way: c.way, status: statuses[i] })).filter((r) => r.status !== 200);
    expect(wrong).toEqual([]);
  });

  it("answers 404 to every other authority, for every pair and every way in", async () => {
    const checks = authorityIds.flatMap((viewer) =>
      authorityIds
        .filter((owner) => owner !== viewer)
        .flatMap((owner) => waysIn(viewer, caseOf(owner)).map((w) => ({ ...w, viewer, owner }))),
    );
    expect(checks.length).toBe(authorityIds.length * (authorityIds.length - 1) * 5);
    const statuses = await inParallel(
      checks.map((c) => async () => (await c.run()).status),
      16,
    );
    const leaks = checks
      .map((c, i) => ({ viewer: c.viewer, owner: c.owner, way: c.way, status: statuses[i] }))
      .filter((r) => r.status !== 404);
    expect(leaks).toEqual([]);
  }, 300_000);

  it("refuses every other authority's transitions, on the page and in the API, and changes nothing", async () => {
    const checks = authorityIds.flatMap((viewer) =>
      authorityIds
        .filter((owner) => owner !== viewer)
        .flatMap((owner) => {
          const target = caseOf(owner);
          return [
            {
              way: "page",
              run: () =>
                clients
                  .get(viewer)!
                  .post(`/verwaltung/vorgaenge/${target.caseNumber}`, { intent: "transition", to: "in_bearbeitung", revision: "1" }),
            },
            {
              way: "page note",
              run: () => clients.get(viewer)!.post(`/verwaltung/vorgaenge/${target.caseNumber}`, { intent: "note", note: "fremd" }),
            },
            {
              way: "API",
              run: () =>
                apiRequest(staff.server.baseUrl, staff.fixtures.tokens.get(viewer)!, `/cases/${target.caseNumber}/transitions`, {
                  method: "POST",
                  body: { to: "in_bearbeitung", note: "fremd" },
                }),
            },
          ].map((w) => ({ ...w, viewer, owner }));
        }),
    );
    const statuses = await inParallel(
      checks.map((c) => async () => (await c.run()).status),
      16,
    );
    const leaks = checks
      .map((c, i) => ({ viewer: c.viewer, owner: c.owner, way: c.way, status: statuses[i] }))
      .filter((r) => r.status !== 404);
    expect(leaks).toEqual([]);

    const exports = await inParallel(
      authorityIds.map(
        (id) => async () => (await clients.get(id)!.get(`/verwaltung/vorgaenge/${caseOf(id).caseNumber}/export.json`)).json(),
      ),
    );
    for (const doc of exports) {
      expect(doc.case).toMatchObject({ status: "eingegangen", revision: 1 });
      expect(doc.history).toHaveLength(1);
    }
  }, 300_000);

  it("shows each authority only its own cases in the inbox, the CSV and the API list", async () => {
    const all = authorityIds.map((id) => caseOf(id).caseNumber);
    await inParallel(
      authorityIds.map((id) => async () => {
        const own = caseOf(id).caseNumber;
        const others = all.filter((n) => n !== own);
        const clerk = clients.get(id)!;
        const inbox = await (await clerk.get("/verwaltung")).text();
        const csv = await (await clerk.get("/verwaltung/export.csv")).text();
        const api = await (await apiRequest(staff.server.baseUrl, staff.fixtures.tokens.get(id)!, "/cases?limit=100")).json();
        for (const [where, text] of [
          ["inbox", inbox],
          ["csv", csv],
          ["api", JSON.stringify(api)],
        ] as const) {
          expect(text, `${id} ${where}`).toContain(own);
          for (const other of others) expect(text.includes(other), `${id} ${where} shows ${other}`).toBe(false);
        }
        expect(api.items.map((i: { caseNumber: string }) => i.caseNumber)).toEqual([own]);
      }),
      6,
    );
  }, 120_000);
});
