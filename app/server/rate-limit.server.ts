import { and, eq, sql } from "drizzle-orm";
import { rateLimitBuckets } from "../../db/schema";
import { db } from "./db.server";
import { env } from "./env.server";

export type RateLimit = { name: string; limit: number; windowSeconds: number };

export const RATE_LIMITS = {
  /** Per client address and minute; SUBMISSION_RATE_LIMIT raises it for a Fachverfahren gateway or a load test. */
  get submission(): RateLimit {
    return { name: "submission", limit: env().submissionRateLimit, windowSeconds: 60 };
  },
  accessCode: { name: "access-code", limit: 20, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimit>;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Fixed-window counter in the database, so all app processes share one count.
 * The key should name the subject (client address, username, case number), never personal data in clear.
 */
export async function hitRateLimit(rule: RateLimit, subject: string, now = new Date()): Promise<RateDecision> {
  return decide(rule, await countHit(rule, subject, now), now);
}

/** Counts one hit and tells how many the subject has in the current window (1 for the first). */
export async function countHit(rule: RateLimit, subject: string, now = new Date()): Promise<number> {
  const [row] = await (
    await db()
  )
    .insert(rateLimitBuckets)
    .values({ key: `${rule.name}:${subject}`, windowStart: windowStartOf(rule, now), hits: 1 })
    .onConflictDoUpdate({
      target: rateLimitBuckets.key,
      set: {
        hits: sql`case when ${rateLimitBuckets.windowStart} = excluded.window_start then ${rateLimitBuckets.hits} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ hits: rateLimitBuckets.hits });
  return row.hits;
}

/** Takes back one hit of the current window, for an attempt that turned out not to count (a successful login). */
export async function takeBackHit(rule: RateLimit, subject: string, now = new Date()): Promise<void> {
  await (
    await db()
  )
    .update(rateLimitBuckets)
    .set({ hits: sql`greatest(${rateLimitBuckets.hits} - 1, 0)` })
    .where(and(eq(rateLimitBuckets.key, `${rule.name}:${subject}`), eq(rateLimitBuckets.windowStart, windowStartOf(rule, now))));
}

/** The decision for a count taken with countHit. */
export function rateDecision(rule: RateLimit, hits: number, now = new Date()): RateDecision {
  return decide(rule, hits, now);
}

function windowStartOf(rule: RateLimit, now: Date): Date {
  return new Date(Math.floor(now.getTime() / (rule.windowSeconds * 1000)) * rule.windowSeconds * 1000);
}

function decide(rule: RateLimit, hits: number, now: Date): RateDecision {
  if (hits <= rule.limit) return { allowed: true };
  const retryAfterSeconds = Math.ceil((windowStartOf(rule, now).getTime() + rule.windowSeconds * 1000 - now.getTime()) / 1000);
  return { allowed: false, retryAfterSeconds: Math.max(1, retryAfterSeconds) };
}

const localWindows = new Map<string, { windowStart: number; hits: number }>();

/**
 * The same fixed window, counted in this process only: for the submission path, where a database
 * write per request would put every client of one address onto one hot row. With several app
 * processes the effective limit is the sum of theirs.
 */
export function hitLocalRateLimit(rule: RateLimit, subject: string, now = Date.now()): RateDecision {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const key = `${rule.name}:${subject}`;
  const entry = localWindows.get(key);
  if (!entry || entry.windowStart !== windowStart) {
    if (localWindows.size > 100_000) localWindows.clear(); // bounded memory under address spraying
    localWindows.set(key, { windowStart, hits: 1 });
    return rule.limit >= 1 ? { allowed: true } : { allowed: false, retryAfterSeconds: rule.windowSeconds };
  }
  entry.hits += 1;
  if (entry.hits <= rule.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) };
}

/** Forgets the count of one subject, e.g. a username's failed logins after a successful one. */
export async function resetRateLimit(rule: RateLimit, subject: string): Promise<void> {
  await (await db()).delete(rateLimitBuckets).where(eq(rateLimitBuckets.key, `${rule.name}:${subject}`));
}

/** The client address from the load context (server/index.js), for per-client limits. */
export function clientAddress(context: { clientAddress?: string }): string {
  return context.clientAddress ?? "unknown";
}

/** A wait in whole minutes, at least one, as messages to people name it. */
export function retryMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
