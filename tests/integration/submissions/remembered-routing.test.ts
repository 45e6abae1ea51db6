import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { caseCounters, routingGeneration, routingOverrides, serviceOfferings, serviceVersions } from "../../../db/schema";
import { submitApplication, type SubmissionRequest, type SubmissionResult } from "~/server/submissions/submit.server";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";
import { apiSubmissionRequest } from "../../support/api-submission";
import { payloadFixture } from "../../support/payloads";

/**
 * Submissions are routed from the process's memory (ADR 051). Every change to what routes them
 * raises the database's routing generation, and a submission routed from memory at an older
 * generation is routed anew before anything of it is stored.
 */
const RASTENBERG = "16068042";
const SERVICE = "hundesteuer-anmeldung";
const dogTax = payloadFixture(SERVICE);

let keyCounter = 0;
const request = (overrides: Partial<SubmissionRequest> = {}): SubmissionRequest =>
  apiSubmissionRequest(dogTax.valid[0], {
    serviceId: SERVICE,
    municipalityAgs: RASTENBERG,
    idempotencyKey: `remembered-${Date.now()}-${++keyCounter}`,
    ...overrides,
  });

const accepted = (result: SubmissionResult) => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.case;
};

const sequenceOf = (caseNumber: string) => Number(caseNumber.split("-").at(-1));

describe.each(databaseKinds())("routing from memory on %s", (kind) => {
  const database = usePreparedDatabase(kind);
  const generation = async () => (await database.handle.db.select().from(routingGeneration))[0]!.value;
  const counter = async (authorityId: string) =>
    (await database.handle.db.select().from(caseCounters).where(eq(caseCounters.authorityId, authorityId)))[0]?.lastValue ?? 0;

  it("routes the next submission to an authority named by an override made after the routing was remembered, without a gap", async () => {
    const first = accepted(await submitApplication(request()));
    const second = accepted(await submitApplication(request()));
    expect([first.authority.id, second.authority.id]).toEqual(["vg-koelleda", "vg-koelleda"]);
    expect(sequenceOf(second.caseNumber)).toBe(sequenceOf(first.caseNumber) + 1);

    const koelledaBefore = await counter("vg-koelleda");
    const landratsamtBefore = await counter("lra-16068");
    await database.handle.db.insert(routingOverrides).values({ serviceId: SERVICE, municipalityAgs: RASTENBERG, authorityId: "lra-16068" });
    try {
      const routedAnew = accepted(await submitApplication(request()));
      expect(routedAnew.authority.id).toBe("lra-16068");
      expect(sequenceOf(routedAnew.caseNumber)).toBe(landratsamtBefore + 1);
      // The attempt routed from memory stored nothing, not even a step of the old authority's counter.
      expect(await counter("vg-koelleda")).toBe(koelledaBefore);
      expect(await counter("lra-16068")).toBe(landratsamtBefore + 1);
    } finally {
      await database.handle.db
        .delete(routingOverrides)
        .where(and(eq(routingOverrides.serviceId, SERVICE), eq(routingOverrides.municipalityAgs, RASTENBERG)));
    }
    expect(accepted(await submitApplication(request())).authority.id).toBe("vg-koelleda");
  });

  it("refuses a service its municipality no longer offers, though its routing was remembered", async () => {
    accepted(await submitApplication(request()));
    await database.handle.db
      .delete(serviceOfferings)
      .where(and(eq(serviceOfferings.serviceId, SERVICE), eq(serviceOfferings.municipalityAgs, RASTENBERG)));
    try {
      const refused = await submitApplication(request());
      expect(refused.ok ? "accepted" : refused.code).toBe("service_not_offered");
    } finally {
      await database.handle.db.insert(serviceOfferings).values({ serviceId: SERVICE, municipalityAgs: RASTENBERG });
    }
    accepted(await submitApplication(request()));
  });

  it("refuses the version a draft was filled against once it is retired, though its routing was remembered", async () => {
    const [{ version }] = await database.handle.db
      .select({ version: serviceVersions.version })
      .from(serviceVersions)
      .where(and(eq(serviceVersions.serviceId, SERVICE), eq(serviceVersions.status, "published")))
      .orderBy(desc(serviceVersions.version))
      .limit(1);
    accepted(await submitApplication(request({ version })));
    const thisVersion = and(eq(serviceVersions.serviceId, SERVICE), eq(serviceVersions.version, version));
    await database.handle.db.update(serviceVersions).set({ status: "retired" }).where(thisVersion);
    try {
      const refused = await submitApplication(request({ version }));
      expect(refused.ok ? "accepted" : refused.code).toBe("service_retired");
    } finally {
      await database.handle.db.update(serviceVersions).set({ status: "published" }).where(thisVersion);
    }
    accepted(await submitApplication(request({ version })));
  });

  it("returns the earlier case for a repeated key and refuses the key with other data, routed from memory", async () => {
    accepted(await submitApplication(request()));
    const repeated = request();
    const original = accepted(await submitApplication(repeated));
    const replay = accepted(await submitApplication(repeated));
    expect(replay).toMatchObject({ caseId: original.caseId, caseNumber: original.caseNumber, replayed: true });
    const otherData = await submitApplication({ ...repeated, data: { ...repeated.data, bereitsGehalteneHunde: 1 } });
    expect(otherData.ok ? "accepted" : otherData.code).toBe("idempotency_conflict");
  });

  it.each([
    ["a municipality", sql`update municipalities set name = name where ags = ${RASTENBERG}`],
    ["a county", sql`update counties set name = name where ags = '16068'`],
    ["an authority", sql`update authorities set email = email where id = 'vg-koelleda'`],
    ["a routing override", sql`delete from routing_overrides where service_id = 'none'`],
    ["an offering", sql`delete from service_offerings where service_id = 'none'`],
    ["a service's level", sql`update services set level = level where id = ${SERVICE}`],
    ["a service's retirement", sql`update services set retired_at = retired_at where id = ${SERVICE}`],
    ["a version's status", sql`update service_versions set status = status where service_id = ${SERVICE}`],
  ])("raises the routing generation with a change to %s", async (_what, change) => {
    const before = await generation();
    await database.handle.db.execute(change);
    expect(await generation()).toBe(before + 1);
  });

  it.each([
    ["a version's validator module", sql`update service_versions set validator_module = validator_module where service_id = ${SERVICE}`],
    ["a service's owner", sql`update services set owner_county_ags = owner_county_ags where id = ${SERVICE}`],
    ["a case", sql`update cases set status = status`],
  ])("leaves the routing generation with a change to %s", async (_what, change) => {
    const before = await generation();
    await database.handle.db.execute(change);
    expect(await generation()).toBe(before);
  });
});
