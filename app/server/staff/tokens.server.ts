import { createHash, randomBytes } from "node:crypto";

/**
 * Secrets handed to a browser (session and draft cookies) or a Fachverfahren (API token): 256 random bits,
 * stored only as SHA-256. A fast hash is right here: the secret is random, not a password.
 */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function secretHash(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
