/**
 * Each process remembers the routing of the submissions it accepts (ADR 051): the routing query
 * was a round trip of its own for every submission, and the answer changes only when an editor or
 * an administrator changes municipalities, authorities, offerings, routing overrides or a
 * service's published versions. Each such change raises the database's routing generation
 * (migration 0007). A remembered routing carries the generation it was read at, and the statement
 * that stores the case stores nothing when the generation has moved on since: the submission is
 * then routed again from the database.
 *
 * Only routings that accept a submission are remembered. A refusal (not offered, retired) always
 * comes from the database, so a service offered since is never refused from memory.
 */
import type { Database } from "../../../db/client";
import { preparedPerDatabase } from "../prepared-statements.server";
import type { RoutingContext } from "./routing.server";

/** Services × municipalities of a large county association, with room to spare. */
const REMEMBERED_LIMIT = 20_000;

const keyOf = (serviceId: string, municipalityAgs: string) => `${serviceId}\u0000${municipalityAgs}`;

// Per database handle, as the prepared statements: the tests' databases in one process never share them.
const remembered = preparedPerDatabase(() => new Map<string, RoutingContext>());

/** The routing this process remembers for the service in the municipality, without any case behind an idempotency key. */
export function rememberedRouting(database: Database, serviceId: string, municipalityAgs: string): RoutingContext | undefined {
  return remembered(database).get(keyOf(serviceId, municipalityAgs));
}

/** Remembers a routing read from the database, when it accepts submissions. */
export function rememberRouting(database: Database, serviceId: string, municipalityAgs: string, context: RoutingContext): void {
  if (!context.offered || context.serviceRetired || context.latestVersion === null) return;
  const routings = remembered(database);
  // Forgetting all at the limit keeps this simple; the routings come back one query each.
  if (routings.size >= REMEMBERED_LIMIT) routings.clear();
  routings.set(keyOf(serviceId, municipalityAgs), { ...context, existingCase: null });
}

/** Forgets every routing of a generation that has moved on: all of them were read before it. */
export function forgetRoutings(database: Database): void {
  remembered(database).clear();
}
