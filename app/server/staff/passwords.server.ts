import { hash, verify } from "@node-rs/argon2";

/**
 * Password hashing with argon2id. @node-rs/argon2's defaults are argon2id with m=19 MiB, t=2,
 * p=1 — the OWASP recommendation — so no parameters are passed (its `Algorithm` is a const enum
 * that isolated modules cannot import).
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as a server error.
    return false;
  }
}

/**
 * Unknown usernames are checked against this hash so that they cost the same time as a wrong
 * password: the answer's timing must not tell whether an account exists.
 */
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("no account has this password – timing only");
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}

export const MIN_PASSWORD_LENGTH = 12;
/** argon2 hashes whatever it gets; an upper bound keeps one request from costing seconds. */
export const MAX_PASSWORD_LENGTH = 256;

/** A random password for a new account, shown once: 20 characters without look-alikes. */
export function generatePassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}
