/**
 * Sign-in requests the portal issued, kept server-side: the answer names them (SAML InResponseTo,
 * OIDC state) and arrives where no cookie of ours may come along (a cross-site POST). Each is
 * answered once: taking it deletes it.
 */
import { and, eq, gt, lt } from "drizzle-orm";
import { citizenLoginRequests, samlSeenAssertions } from "../../../db/schema";
import type { TrustLevel } from "../citizen-account/identity";
import { db } from "../db.server";

/** How long a citizen may take at the identity provider before the request is void. */
export const LOGIN_REQUEST_TTL_MS = 15 * 60 * 1000;

export type LoginRequest = {
  id: string;
  protocol: "bundid" | "oidc";
  returnTo: string;
  requestedLevel: TrustLevel | null;
  codeVerifier?: string | null;
  nonce?: string | null;
};

export async function saveLoginRequest(request: LoginRequest, now = new Date()): Promise<Date> {
  await (
    await db()
  )
    .insert(citizenLoginRequests)
    .values({ ...request, createdAt: now, expiresAt: new Date(now.getTime() + LOGIN_REQUEST_TTL_MS) });
  return now;
}

/** The open request with this ID (and its creation time), or null when unknown, answered or expired. */
export async function findLoginRequest(
  id: string,
  protocol: LoginRequest["protocol"],
  now = new Date(),
): Promise<(LoginRequest & { createdAt: Date }) | null> {
  const [row] = await (
    await db()
  )
    .select()
    .from(citizenLoginRequests)
    .where(and(eq(citizenLoginRequests.id, id), eq(citizenLoginRequests.protocol, protocol), gt(citizenLoginRequests.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

/**
 * Takes an open request: only the one caller that deletes it gets it (two answers to one request
 * race here); null when unknown, answered or expired.
 */
export async function takeLoginRequest(id: string, protocol: LoginRequest["protocol"], now = new Date()): Promise<LoginRequest | null> {
  const [taken] = await (
    await db()
  )
    .delete(citizenLoginRequests)
    .where(and(eq(citizenLoginRequests.id, id), eq(citizenLoginRequests.protocol, protocol), gt(citizenLoginRequests.expiresAt, now)))
    .returning();
  return taken ?? null;
}

/**
 * Records an assertion as used; false when it was used before (a replay). Kept until it expires:
 * after that the time checks refuse it anyway.
 */
export async function firstUseOfAssertion(id: string, expiresAt: Date): Promise<boolean> {
  const inserted = await (
    await db()
  )
    .insert(samlSeenAssertions)
    .values({ id, expiresAt })
    .onConflictDoNothing()
    .returning({ id: samlSeenAssertions.id });
  return inserted.length > 0;
}

/** Requests and used assertions past their expiry (the hourly clean-up): nothing reads them any more. */
export async function deleteExpiredLoginRecords(now = new Date()): Promise<number> {
  const database = await db();
  const requests = await database
    .delete(citizenLoginRequests)
    .where(lt(citizenLoginRequests.expiresAt, now))
    .returning({ id: citizenLoginRequests.id });
  const assertions = await database
    .delete(samlSeenAssertions)
    .where(lt(samlSeenAssertions.expiresAt, now))
    .returning({ id: samlSeenAssertions.id });
  return requests.length + assertions.length;
}
