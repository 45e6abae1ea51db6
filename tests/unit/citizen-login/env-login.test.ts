import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/server/env.server";

describe("sign-in settings", () => {
  it("are off when unset", () => {
    expect(parseEnv({})).toMatchObject({ bundId: null, oidc: null });
  });

  it("read the BundID files and the OIDC client when all of a group are set", () => {
    const env = parseEnv({
      BUNDID_IDP_METADATA: "/etc/bp/idp.xml",
      BUNDID_SP_KEY: "/etc/bp/sp.key",
      BUNDID_SP_CERT: "/etc/bp/sp.crt",
      OIDC_ISSUER: "https://login.thueringen.example",
      OIDC_CLIENT_ID: "portal",
      OIDC_CLIENT_SECRET: "s3cret",
    });
    expect(env.bundId).toEqual({ idpMetadataFile: "/etc/bp/idp.xml", spKeyFile: "/etc/bp/sp.key", spCertFile: "/etc/bp/sp.crt" });
    expect(env.oidc).toEqual({ issuer: "https://login.thueringen.example", clientId: "portal", clientSecret: "s3cret" });
  });

  it.each([
    [{ BUNDID_IDP_METADATA: "/x.xml" }, /BUNDID_SP_KEY, BUNDID_SP_CERT must be set together with BUNDID_IDP_METADATA/],
    [{ OIDC_ISSUER: "https://a.example", OIDC_CLIENT_ID: "p" }, /OIDC_CLIENT_SECRET must be set/],
    [{ OIDC_ISSUER: "ftp://a.example", OIDC_CLIENT_ID: "p", OIDC_CLIENT_SECRET: "s" }, /OIDC_ISSUER must start with/],
  ])("stop the start when a group is incomplete or malformed: %o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(message);
  });
});
