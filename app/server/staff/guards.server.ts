import { redirect } from "@remix-run/node";
import { clearedSessionCookie, readSessionToken } from "./session-cookie.server";
import { resolveSession } from "./sessions.server";
import { hasRole, type StaffRole, type StaffUser } from "./staff-user";

export const LOGIN_PATH = "/verwaltung/anmelden";

/** The signed-in member of staff, or null. */
export async function currentStaff(request: Request): Promise<StaffUser | null> {
  const token = readSessionToken(request);
  return token ? resolveSession(token) : null;
}

/**
 * The signed-in member of staff with `role`; otherwise throws: a redirect to the login page
 * (remembering where the person wanted to go) or a 403 when the role is missing.
 */
export async function requireStaff(request: Request, role?: StaffRole | readonly StaffRole[]): Promise<StaffUser> {
  const user = await currentStaff(request);
  if (!user) {
    const url = new URL(request.url);
    const back = request.method === "GET" ? `?weiter=${encodeURIComponent(url.pathname + url.search)}` : "";
    const headers = new Headers({ "Cache-Control": "no-store" });
    if (readSessionToken(request)) headers.append("Set-Cookie", clearedSessionCookie(request));
    throw redirect(`${LOGIN_PATH}${back}`, { headers });
  }
  if (role && !hasRole(user, role)) {
    throw new Response(forbiddenMessage(role), { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  return user;
}

function forbiddenMessage(role: StaffRole | readonly StaffRole[]): string {
  switch (typeof role === "string" ? role : role[0]) {
    case "clerk":
      return "Ihr Konto ist nicht für die Sachbearbeitung freigeschaltet. Wenden Sie sich bitte an die Kontenverwaltung Ihrer Behörde.";
    case "admin":
      return "Nur die Kontenverwaltung Ihrer Behörde kann Konten und API-Schlüssel verwalten.";
    case "operator":
      return "Nur der Portalbetrieb kann die Angaben der Betreiber (Impressum, Barrierefreiheit) ändern.";
    default:
      return "Ihr Konto hat für diese Seite keine Berechtigung.";
  }
}

const STAFF_AREAS = ["/verwaltung", "/redaktion"];

/** Only paths inside the staff areas are followed after login: never an address elsewhere. */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !STAFF_AREAS.some((area) => value === area || value.startsWith(`${area}/`) || value.startsWith(`${area}?`))) return null;
  if (value.includes("\\")) return null;
  if (value.startsWith(LOGIN_PATH)) return null;
  return value.slice(0, 500);
}

/** The first page a user's roles allow. */
export function homePathFor(user: Pick<StaffUser, "roles">): string {
  if (hasRole(user, "clerk")) return "/verwaltung";
  if (hasRole(user, ["editor", "operator"])) return "/redaktion";
  if (hasRole(user, "admin")) return "/verwaltung/konten";
  return "/verwaltung";
}
