/**
 * County isolation over HTTP on the real portal: every editorial write — the editor pages' form
 * posts and the editorial API — tried by every demo county's editor on every other county's
 * service and on the built-in service within every other county, and by the portal operator on
 * every county's service and county matters. Each attempt must be refused with the stated status
 * (and code, for the API); afterwards the services, versions, offerings, overrides, API keys and
 * editorial audit entries are exactly as before. The same writes by their owners then succeed, so
 * the refusals come from the ownership rule, not from a malformed request.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../support/databases";
import { apiCall, EditorClient } from "./http-client";
import {
  BUILT_IN,
  builtInDraftText,
  changedDraft,
  editorialState,
  fillCounties,
  PortalOnDatabase,
  type County,
} from "./isolation-fixtures";

const OPERATOR = "betrieb.portal";

type Expected = { status: number; code: string };
type Attempt = { attacker: string; target: string; write: string; expected: Expected; send: (base: string) => Promise<Response> };

/** What a person reads in each refusal (pages) — the API names the code itself. */
const SAYS: Record<string, RegExp> = {
  service_not_found: /gibt es in Ihrem Landkreis nicht/,
  built_in_service: /Portalbetrieb/,
  county_matter: /Landkreis/,
  municipality_not_in_county: /Ihres Landkreises/,
  override_not_found: /keine abweichende Zuständigkeit/,
  key_not_found: /Schlüssel gibt es nicht/,
};

const notFound: Expected = { status: 404, code: "service_not_found" };
const builtInForm: Expected = { status: 403, code: "built_in_service" };
const countyMatter: Expected = { status: 403, code: "county_matter" };
const foreignMunicipality: Expected = { status: 422, code: "municipality_not_in_county" };
const noOverride: Expected = { status: 404, code: "override_not_found" };
const idTaken: Expected = { status: 409, code: "service_id_taken" };

const page = (serviceId: string, rest = "") => `/redaktion/leistungen/${serviceId}${rest}`;

/** The editor pages' writes on `serviceId`, aimed at the municipalities and authorities of county `within`. */
function pageWrites(client: EditorClient, serviceId: string, within: County, draftText: string) {
  return {
    "page: save draft": () =>
      client.postDefinition(page(serviceId, "/entwurf"), { intent: "save" }, { name: "definition.json", content: draftText }),
    "page: publish draft": () => client.postDefinition(page(serviceId, "/entwurf"), { intent: "publish", version: "2" }),
    "page: retire version": () => client.post(page(serviceId, "?index"), { intent: "retire-version", version: "1" }),
    "page: retire service": () => client.post(page(serviceId, "?index"), { intent: "retire-service", confirm: "ja" }),
    "page: offering": () =>
      client.post(page(serviceId, "/angebot"), { intent: "offering", umfang: "auswahl", gemeinde: within.municipality }),
    "page: set override": () =>
      client.post(page(serviceId, "/angebot"), { intent: "set-override", gemeinde: within.municipality, behoerde: within.otherAuthority }),
    "page: remove override": () => client.post(page(serviceId, "/angebot"), { intent: "remove-override", gemeinde: within.municipality }),
  };
}

/** The editorial API's writes on `serviceId` with the token of the attacking county. */
function apiWrites(base: string, token: string, serviceId: string, within: County, draftText: string) {
  return {
    "api: save draft": () => apiCall(base, token, "/services", { method: "POST", body: draftText }),
    "api: publish draft": () => apiCall(base, token, `/services/${serviceId}/versions/2/publish`, { method: "POST" }),
    "api: offering": () =>
      apiCall(base, token, `/services/${serviceId}/offering`, {
        method: "PUT",
        body: JSON.stringify({ municipalities: [within.municipality] }),
      }),
  };
}

function attempts(counties: County[], clients: Map<string, EditorClient>, builtInText: string, base: string): Attempt[] {
  const list: Attempt[] = [];
  const add = (attacker: string, target: string, writes: Record<string, () => Promise<Response>>, expected: Record<string, Expected>) => {
    for (const [write, send] of Object.entries(writes)) {
      if (!expected[write]) throw new Error(`no expectation for ${write}`);
      list.push({ attacker, target, write, expected: expected[write], send: () => send() });
    }
  };
  for (const attacker of counties) {
    const client = clients.get(attacker.editor)!;
    for (const victim of counties.filter((c) => c !== attacker)) {
      // Another county's own service: it does not exist for the attacker.
      const own = {
        ...pageWrites(client, victim.service, victim, changedDraft(victim.service)),
        ...apiWrites(base, attacker.token.secret, victim.service, victim, changedDraft(victim.service)),
      };
      // The API names the service in the body: for the attacker that is a new service under an id already taken.
      add(attacker.editor, `${victim.service}`, own, {
        ...Object.fromEntries(Object.keys(own).map((w) => [w, notFound])),
        "api: save draft": idTaken,
      });
      add(
        attacker.editor,
        `API key of ${victim.key}`,
        { "page: revoke API key": () => client.post("/redaktion/schluessel", { intent: "revoke", tokenId: victim.token.id }) },
        {
          "page: revoke API key": { status: 404, code: "key_not_found" },
        },
      );
      // The built-in service, aimed at the other county's municipalities: its form is the operator's, their offering the other county's.
      const shared = {
        ...pageWrites(client, BUILT_IN, victim, builtInText),
        ...apiWrites(base, attacker.token.secret, BUILT_IN, victim, builtInText),
      };
      add(attacker.editor, `${BUILT_IN} in ${victim.key}`, shared, {
        "page: save draft": builtInForm,
        "page: publish draft": builtInForm,
        "page: retire version": builtInForm,
        "page: retire service": builtInForm,
        "page: offering": foreignMunicipality,
        "page: set override": foreignMunicipality,
        "page: remove override": noOverride,
        "api: save draft": builtInForm,
        "api: publish draft": builtInForm,
        "api: offering": foreignMunicipality,
      });
    }
  }
  const operator = clients.get(OPERATOR)!;
  for (const victim of counties) {
    const writes = pageWrites(operator, victim.service, victim, changedDraft(victim.service));
    add(OPERATOR, victim.service, writes, Object.fromEntries(Object.keys(writes).map((w) => [w, countyMatter])));
    const shared = pageWrites(operator, BUILT_IN, victim, builtInText);
    add(
      OPERATOR,
      `${BUILT_IN} in ${victim.key}`,
      {
        "page: offering": shared["page: offering"],
        "page: set override": shared["page: set override"],
        "page: remove override": shared["page: remove override"],
      },
      {
        "page: offering": countyMatter,
        "page: set override": countyMatter,
        "page: remove override": countyMatter,
      },
    );
    add(
      OPERATOR,
      `API key of ${victim.key}`,
      { "page: revoke API key": () => operator.post("/redaktion/schluessel", { intent: "revoke", tokenId: victim.token.id }) },
      { "page: revoke API key": countyMatter },
    );
  }
  add(
    OPERATOR,
    "new API key",
    { "page: create API key": () => operator.post("/redaktion/schluessel", { intent: "create", name: "Pipeline Portal" }) },
    { "page: create API key": countyMatter },
  );
  add(
    OPERATOR,
    "new service",
    {
      "page: new service": () =>
        operator.postDefinition("/redaktion/neu", { intent: "save" }, { name: "neu.json", content: changedDraft("iso-portal") }),
    },
    { "page: new service": countyMatter },
  );
  return list;
}

async function signIn(base: string, counties: County[]): Promise<Map<string, EditorClient>> {
  const usernames = [...counties.map((c) => c.editor), OPERATOR];
  return new Map(await Promise.all(usernames.map(async (u) => [u, await EditorClient.signedIn(base, u)] as const)));
}

describe.each(databaseKinds())("county isolation of every editorial write on %s", (kind) => {
  const portal = new PortalOnDatabase(kind);
  let counties: County[];
  let builtInText: string;
  let before: Awaited<ReturnType<typeof editorialState>>;
  const outcomes: Array<{ attempt: Attempt; status: number; body: string }> = [];

  beforeAll(async () => {
    const database = await portal.open();
    counties = await fillCounties(database);
    builtInText = await builtInDraftText("Gewerbeanmeldung (fremd geändert)");
    before = await editorialState(database);
    const base = await portal.startPortal();
    const clients = await signIn(base, counties);
    for (const attempt of attempts(counties, clients, builtInText, base)) {
      const response = await attempt.send(base);
      outcomes.push({ attempt, status: response.status, body: await response.text() });
    }
    await portal.stopPortal();
  }, 300_000);
  afterAll(async () => {
    await portal.dispose();
  });

  it("tries every write of every ordered pair of counties and of the operator (UI and API)", () => {
    const pairs = new Set(outcomes.filter((o) => o.attempt.attacker !== OPERATOR).map((o) => `${o.attempt.attacker}→${o.attempt.target}`));
    // 3 counties × 2 others × (own service, its API key, the built-in within it)
    expect(pairs.size).toBe(3 * 2 * 3);
    expect(outcomes.length).toBeGreaterThanOrEqual(150);
    const writes = new Set(outcomes.map((o) => o.attempt.write));
    expect([...writes].sort()).toEqual(
      [
        "api: offering",
        "api: publish draft",
        "api: save draft",
        "page: create API key",
        "page: new service",
        "page: offering",
        "page: publish draft",
        "page: remove override",
        "page: retire service",
        "page: retire version",
        "page: revoke API key",
        "page: save draft",
        "page: set override",
      ].sort(),
    );
  });

  it("refuses each attempt with the stated status, code and a message a person can act on", () => {
    const wrong = outcomes
      .filter(({ attempt, status, body }) => {
        if (status !== attempt.expected.status) return true;
        if (attempt.write.startsWith("api:")) {
          const error = (JSON.parse(body) as { error?: { code?: string; message?: string } }).error;
          return error?.code !== attempt.expected.code || !error.message;
        }
        return !SAYS[attempt.expected.code].test(body.replace(/<[^>]+>/g, " "));
      })
      .map(
        ({ attempt, status, body }) =>
          `${attempt.attacker} ${attempt.write} on ${attempt.target}: ${status} (expected ${attempt.expected.status} ${attempt.expected.code}) ${body.slice(0, 120)}`,
      );
    expect(wrong).toEqual([]);
  });

  it("leaves services, versions, offerings, overrides, API keys and the editorial audit unchanged", async () => {
    const after = await editorialState(await portal.open());
    expect(after.services).toEqual(before.services);
    expect(after.versions).toEqual(before.versions);
    expect(after.offerings).toEqual(before.offerings);
    expect(after.overrides).toEqual(before.overrides);
    expect(after.tokens).toEqual(before.tokens);
    expect(after.editorialAudit).toBe(before.editorialAudit);
  });

  it("lets the owners make the same writes: counties on their own services and their part of the built-in, the operator on the built-in form", async () => {
    const base = await portal.startPortal();
    const clients = await signIn(base, counties);
    const statuses: Record<string, number> = {};
    for (const county of counties) {
      const client = clients.get(county.editor)!;
      const own = pageWrites(client, county.service, county, changedDraft(county.service));
      const api = apiWrites(base, county.token.secret, county.service, county, changedDraft(county.service));
      statuses[`${county.key} page: save draft`] = (await own["page: save draft"]()).status;
      statuses[`${county.key} api: publish draft`] = (await api["api: publish draft"]()).status;
      statuses[`${county.key} page: retire version`] = (await own["page: retire version"]()).status;
      statuses[`${county.key} api: offering`] = (await api["api: offering"]()).status;
      statuses[`${county.key} page: set override`] = (await own["page: set override"]()).status;
      const shared = pageWrites(client, BUILT_IN, county, builtInText);
      statuses[`${county.key} built-in page: offering`] = (await shared["page: offering"]()).status;
      statuses[`${county.key} built-in page: remove override`] = (await shared["page: remove override"]()).status;
      statuses[`${county.key} page: revoke API key`] = (
        await client.post("/redaktion/schluessel", { intent: "revoke", tokenId: county.token.id })
      ).status;
    }
    const operator = pageWrites(clients.get(OPERATOR)!, BUILT_IN, counties[0], builtInText);
    statuses["operator built-in page: save draft"] = (await operator["page: save draft"]()).status;
    statuses["operator built-in page: publish draft"] = (await operator["page: publish draft"]()).status;
    await portal.stopPortal();

    for (const [write, status] of Object.entries(statuses)) {
      expect([200, 302], write).toContain(status);
      if (write.includes("api:")) expect(status, write).toBe(200);
    }
    const after = await editorialState(await portal.open());
    const version = (serviceId: string, n: number) => after.versions.find((v) => v.serviceId === serviceId && v.version === n);
    for (const county of counties) {
      expect(version(county.service, 1)?.status).toBe("retired");
      expect(version(county.service, 2)).toMatchObject({ status: "published", title: `Geändert ${county.service}` });
      expect(after.offerings.filter((o) => o.serviceId === county.service).map((o) => o.municipalityAgs)).toEqual([county.municipality]);
      expect(after.overrides).toContainEqual({
        serviceId: county.service,
        municipalityAgs: county.municipality,
        authorityId: county.otherAuthority,
      });
      expect(after.overrides.find((o) => o.serviceId === BUILT_IN && o.municipalityAgs === county.municipality)).toBeUndefined();
      expect(after.tokens.find((t) => t.id === county.token.id)?.revokedAt).not.toBeNull();
    }
    expect(version(BUILT_IN, 2)).toMatchObject({ status: "published", title: "Gewerbeanmeldung (fremd geändert)" });
    expect(after.editorialAudit).toBeGreaterThan(before.editorialAudit);
  }, 180_000);
});
