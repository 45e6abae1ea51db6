/**
 * Guards of the editorial area: the signed-in editor (pages) or the editorial API token (API),
 * each turned into the actor of its Landratsamt's county. Editors belong to a Landratsamt:
 * service forms are a county matter (see docs/decisions/012-publishing.md).
 */
import { eq } from "drizzle-orm";
import { authorities, counties } from "../../../db/schema";
import { apiError } from "../api/responses.server";
import { db } from "../db.server";
import { requireApiClient } from "../staff/api-auth.server";
import { requireStaff } from "../staff/guards.server";
import type { StaffRole } from "../staff/staff-user";
import type { EditorialActor } from "./actor";

const NOT_A_LANDRATSAMT =
  "Formulare veröffentlicht die Redaktion eines Landratsamts. Ihr Konto gehört zu keinem Landratsamt; wenden Sie sich bitte an die Kontenverwaltung.";

async function countyOfLandratsamt(authorityId: string): Promise<{ countyAgs: string; countyName: string } | null> {
  const [row] = await (await db())
    .select({ countyAgs: counties.ags, countyName: counties.name })
    .from(authorities)
    .innerJoin(counties, eq(counties.landratsamtId, authorities.id))
    .where(eq(authorities.id, authorityId))
    .limit(1);
  return row ?? null;
}

export type EditorActor = Extract<EditorialActor, { kind: "staff" }>;

/** The signed-in editor as actor, with the account's roles; otherwise the login redirect or a 403 page. */
export async function requireEditorSession(request: Request): Promise<{ actor: EditorActor; roles: StaffRole[] }> {
  const user = await requireStaff(request, "editor");
  const county = await countyOfLandratsamt(user.authorityId);
  if (!county) throw new Response(NOT_A_LANDRATSAMT, { status: 403, headers: { "Cache-Control": "no-store" } });
  return {
    actor: { kind: "staff", userId: user.id, displayName: user.displayName, authorityId: user.authorityId, authorityName: user.authorityName, ...county },
    roles: user.roles,
  };
}

export async function requireEditor(request: Request): Promise<EditorActor> {
  return (await requireEditorSession(request)).actor;
}

/** The editorial API client behind the bearer token, or the 401/403 answer to give. */
export async function requireEditorClient(request: Request): Promise<{ ok: true; actor: EditorialActor } | { ok: false; response: Response }> {
  const auth = await requireApiClient(request, "services:write");
  if (!auth.ok) return auth;
  const county = await countyOfLandratsamt(auth.client.authorityId);
  if (!county) return { ok: false, response: apiError(403, "forbidden", NOT_A_LANDRATSAMT) };
  const { tokenId, name, authorityId, authorityName } = auth.client;
  return { ok: true, actor: { kind: "api", tokenId, tokenName: name, authorityId, authorityName, ...county } };
}
