import { createHash, randomBytes } from "node:crypto";

/**
 * The draft cookie's token: 256 random bits, stored only as SHA-256 (drafts.token_hash).
 * A fast hash is right for a random secret; it is not a password.
 */
export function newDraftToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}
