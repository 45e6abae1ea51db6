import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { settings } from "../../../db/schema";
import { env } from "../env.server";

/**
 * Access codes (Zugangscode) let a citizen or a submitting system read the status and the
 * receipt of one case. The code is derived from the case id with a secret (HMAC), so a
 * retried submission can be answered with the same code, and only its SHA-256 is stored:
 * a copy of the database alone reveals no code.
 */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: codes are typed from paper
const CODE_LENGTH = 16;

let secret: Buffer | undefined;

/** Loads ACCESS_CODE_SECRET, or the installation's generated secret (created once, kept in the database). */
export async function loadAccessCodeSecret(database: Database): Promise<void> {
  const configured = env().accessCodeSecret;
  if (configured) {
    secret = Buffer.from(configured, "utf8");
    return;
  }
  await database
    .insert(settings)
    .values({ key: "access-code-secret", value: randomBytes(32).toString("base64") })
    .onConflictDoNothing();
  const [row] = await database.select().from(settings).where(eq(settings.key, "access-code-secret"));
  secret = Buffer.from(row.value, "base64");
}

export function accessCodeFor(caseId: string): string {
  if (!secret) throw new Error("access code secret not loaded");
  const digest = createHmac("sha256", secret).update(`access-code:${caseId}`).digest();
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[digest[i] % ALPHABET.length];
  return code.replace(/(.{4})(?=.)/g, "$1-");
}

/** Codes are compared without dashes, spaces and case, as people type them. */
export function normalizeAccessCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
    .slice(0, 64);
}

export function hashAccessCode(code: string): string {
  return createHash("sha256").update(normalizeAccessCode(code)).digest("hex");
}

export function accessCodeMatches(input: string, storedHash: string): boolean {
  const given = Buffer.from(hashAccessCode(input), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
