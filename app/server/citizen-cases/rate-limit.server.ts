import { hitRateLimit, type RateLimit } from "../rate-limit.server";
import { text, worded } from "../outcome";
import type { CitizenRefusal } from "./reply-rules";

/**
 * Replies and withdrawals per client address: each carries an access code, so each is also a
 * guess; and a reply stores files. Generous for a person, tight for a script.
 */
export const CITIZEN_WRITE_LIMIT: RateLimit = { name: "citizen-write", limit: 10, windowSeconds: 15 * 60 };

export async function citizenWriteAllowed(client: string, now = new Date()): Promise<CitizenRefusal | null> {
  const decision = await hitRateLimit(CITIZEN_WRITE_LIMIT, client, now);
  if (decision.allowed) return null;
  const minutes = Math.max(1, Math.ceil(decision.retryAfterSeconds / 60));
  return {
    ok: false,
    kind: "rate-limited",
    code: "rate_limited",
    retryAfterSeconds: decision.retryAfterSeconds,
    ...worded(text("refusal.citizenTooManyAttempts", { minutes })),
  };
}
