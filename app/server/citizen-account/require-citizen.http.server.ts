import { redirect } from "@remix-run/node";
import { assertSameOrigin } from "../csrf.http.server";
import { currentCitizen } from "./citizen-session.http.server";
import type { SignedInCitizen } from "./sessions.server";
import { signInHref } from "./trust-level.http.server";

/**
 * The signed-in citizen of a Mein Bereich page, or a redirect to sign-in that comes back here
 * (a post comes back to Mein Bereich: it cannot be repeated by a redirect). Posts are checked for
 * their origin as every staff form is.
 */
export async function requireCitizen(request: Request): Promise<SignedInCitizen> {
  if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
  const citizen = await currentCitizen(request);
  if (citizen) return citizen;
  const url = new URL(request.url);
  const back = request.method === "GET" ? `${url.pathname}${url.search}` : "/mein-bereich";
  throw redirect(signInHref(back), { headers: { "Cache-Control": "no-store" } });
}

export function notFoundForCitizen(message: string): Response {
  return new Response(message, { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}
