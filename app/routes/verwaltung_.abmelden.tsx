import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { assertSameOrigin } from "~/server/csrf.http.server";
import { NO_STORE } from "~/server/staff/no-store.http.server";
import { clearedSessionCookie, readSessionToken } from "~/server/staff/session-cookie.server";
import { revokeSession } from "~/server/staff/sessions.server";

/** Logout is a POST (a link or prefetch must never end a session); the session is revoked in the database. */
export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const token = readSessionToken(request);
  if (token) await revokeSession(token);
  return redirect("/verwaltung/anmelden?abgemeldet=1", { headers: { ...NO_STORE, "Set-Cookie": clearedSessionCookie(request) } });
}

export const loader = () => redirect("/verwaltung", { headers: NO_STORE });
