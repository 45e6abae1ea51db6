import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";
import type { CitizenIdentity } from "~/server/citizen-account/identity";

const { openCitizenSession, resolveCitizenSession, closeCitizenSession, closeAllCitizenSessions, deleteEndedCitizenSessions } =
  await import("~/server/citizen-account/sessions.server");
const { CITIZEN_SESSION_IDLE_MS, CITIZEN_SESSION_ABSOLUTE_MS } = await import("~/server/citizen-account/session-policy");

const erika: CitizenIdentity = {
  provider: "bundid",
  subject: "bPK2-erika-0001",
  trustLevel: "substantiell",
  attributes: { givenName: "Erika", familyName: "Mustermann", birthDate: "1964-08-12", email: "erika@example.org" },
};

describe.each(databaseKinds())("citizen sessions on %s", (kind) => {
  usePreparedDatabase(kind);

  it("recognises the same person again by provider and subject, and keeps two people apart", async () => {
    const first = await openCitizenSession(erika);
    const second = await openCitizenSession({ ...erika, trustLevel: "hoch" });
    const other = await openCitizenSession({ ...erika, subject: "bPK2-max-0002" });
    const sameSubjectOtherProvider = await openCitizenSession({ ...erika, provider: "oidc" });
    expect(second.accountId).toBe(first.accountId);
    expect(other.accountId).not.toBe(first.accountId);
    expect(sameSubjectOtherProvider.accountId).not.toBe(first.accountId);
    expect(await resolveCitizenSession(first.token)).toMatchObject({ accountId: first.accountId, trustLevel: "substantiell" });
    expect(await resolveCitizenSession(second.token)).toMatchObject({ trustLevel: "hoch", attributes: erika.attributes });
  });

  it("ends a session when idle, past its lifetime, signed out, or signed out everywhere", async () => {
    const start = new Date("2026-12-04T10:00:00Z");
    const { token, accountId } = await openCitizenSession(erika, start);
    expect(await resolveCitizenSession(token, new Date(start.getTime() + CITIZEN_SESSION_IDLE_MS - 1000))).not.toBeNull();
    expect(await resolveCitizenSession(token, new Date(start.getTime() + 2 * CITIZEN_SESSION_IDLE_MS))).toBeNull();
    expect(await resolveCitizenSession(token, new Date(start.getTime() + CITIZEN_SESSION_ABSOLUTE_MS + 1))).toBeNull();

    const now = await openCitizenSession(erika);
    await closeCitizenSession(now.token);
    expect(await resolveCitizenSession(now.token)).toBeNull();

    const phone = await openCitizenSession(erika);
    const laptop = await openCitizenSession(erika);
    expect(await closeAllCitizenSessions(accountId)).toBeGreaterThanOrEqual(2);
    expect(await resolveCitizenSession(phone.token)).toBeNull();
    expect(await resolveCitizenSession(laptop.token)).toBeNull();
    expect(await resolveCitizenSession("not-a-token-of-anyone-here")).toBeNull();
  });

  it("deletes ended sessions with the identity data they hold, and keeps live ones", async () => {
    const longAgo = new Date(Date.now() - 2 * CITIZEN_SESSION_IDLE_MS);
    const ended = await openCitizenSession({ ...erika, subject: "bPK2-ended" }, longAgo);
    const live = await openCitizenSession({ ...erika, subject: "bPK2-live" });
    expect(await deleteEndedCitizenSessions()).toBeGreaterThanOrEqual(1);
    expect(await resolveCitizenSession(ended.token, longAgo)).toBeNull();
    expect(await resolveCitizenSession(live.token)).not.toBeNull();
  });
});
