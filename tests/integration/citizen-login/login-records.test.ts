/** The hourly clean-up of sign-in requests and used SAML assertions: expired ones go, open ones stay usable. */
import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../support/databases";
import { usePreparedDatabase } from "../../support/prepared-database";

const { saveLoginRequest, findLoginRequest, firstUseOfAssertion, deleteExpiredLoginRecords, LOGIN_REQUEST_TTL_MS } =
  await import("~/server/citizen-login/login-requests.server");

describe.each(databaseKinds())("sign-in records on %s", (kind) => {
  usePreparedDatabase(kind);

  it("deletes expired requests and assertions, keeps open ones, and a replay of a kept assertion is still refused", async () => {
    const longAgo = new Date(Date.now() - 2 * LOGIN_REQUEST_TTL_MS);
    await saveLoginRequest({ id: "_expired-request", protocol: "bundid", returnTo: "/", requestedLevel: null }, longAgo);
    await saveLoginRequest({ id: "_open-request", protocol: "bundid", returnTo: "/", requestedLevel: null });
    expect(await firstUseOfAssertion("_expired-assertion", new Date(Date.now() - 60_000))).toBe(true);
    expect(await firstUseOfAssertion("_live-assertion", new Date(Date.now() + 60_000))).toBe(true);

    expect(await deleteExpiredLoginRecords()).toBe(2);

    expect(await findLoginRequest("_expired-request", "bundid", longAgo)).toBeNull();
    expect(await findLoginRequest("_open-request", "bundid")).toMatchObject({ returnTo: "/" });
    expect(await firstUseOfAssertion("_live-assertion", new Date(Date.now() + 60_000))).toBe(false);
    expect(await deleteExpiredLoginRecords()).toBe(0);
  });
});
