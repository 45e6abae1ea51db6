/**
 * The BundID service provider's settings: the IdP's metadata and the portal's key and certificate
 * from the files named in BUNDID_IDP_METADATA, BUNDID_SP_KEY and BUNDID_SP_CERT; the portal's
 * addresses from PUBLIC_URL. Read once; unset → BundID is not offered.
 */
import { readFileSync } from "node:fs";
import { env } from "../env.server";
import { parseIdpMetadata, type IdpMetadata } from "./idp-metadata.server";

export type BundIdConfig = {
  idp: IdpMetadata;
  spKey: string;
  spCert: string;
  /** The SP's entity ID is the address of its metadata: stable, and says where to find it. */
  spEntityId: string;
  acsUrl: string;
};

export const BUNDID_PATHS = { start: "/anmelden/bundid", acs: "/anmelden/bundid/acs", metadata: "/anmelden/bundid/metadata.xml" } as const;

let cached: BundIdConfig | null | undefined;

function pem(file: string, label: string): string {
  const text = readFileSync(file, "utf8");
  if (!text.includes(`-----BEGIN ${label}`) && !(label === "PRIVATE KEY" && /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text))) {
    throw new Error(`${file} holds no PEM ${label.toLowerCase()}`);
  }
  return text;
}

/** The configuration, or null when BundID is not set up. A broken file is an error at first use, naming it. */
export function bundIdConfig(): BundIdConfig | null {
  if (cached !== undefined) return cached;
  const settings = env().bundId;
  if (!settings) return (cached = null);
  const base = env().publicUrl;
  cached = {
    idp: parseIdpMetadata(readFileSync(settings.idpMetadataFile, "utf8")),
    spKey: pem(settings.spKeyFile, "PRIVATE KEY"),
    spCert: pem(settings.spCertFile, "CERTIFICATE"),
    spEntityId: `${base}${BUNDID_PATHS.metadata}`,
    acsUrl: `${base}${BUNDID_PATHS.acs}`,
  };
  return cached;
}
