/**
 * Guards of the editorial area: the signed-in editor or portal operator (pages) or the editorial
 * API token (API), each turned into an actor. Editors and tokens belong to a Landratsamt and act
 * for its county; the operator acts for the portal (see docs/decisions/012-publishing.md and
 * 015-editorial-ownership.md).
 */
import { eq } from "drizzle-orm";
import { authorities, counties } from "../../../db/schema";
import { apiError, apiText } from "../api/responses.server";
import { db } from "../db.server";
import { requireApiClient } from "../staff/api-auth.server";
import { requireStaff } from "../staff/guards.server";
import { hasRole, type StaffRole } from "../staff/staff-user";
import type { EditorialActor } from "./actor";
import { COUNTY_OFFERING_MESSAGE, NEW_SERVICE_MESSAGE } from "./ownership-rule";

const NOT_A_LANDRATSAMT =
  "Formulare veröffentlicht die Redaktion eines Landratsamts. Ihr Konto gehört zu keinem Landratsamt; wenden Sie sich bitte an die Kontenverwaltung.";

const COUNTY_KEYS_ONLY = "API-Schlüssel der Redaktion gehören zur Redaktion eines Landkreises; der Portalbetrieb hat keine.";

async function countyOfLandratsamt(authorityId: string): Promise<{ countyAgs: string; countyName: string } | null> {
  const [row] = await (
    await db()
  )
    .select({ countyAgs: counties.ags, countyName: counties.name })
    .from(authorities)
    .innerJoin(counties, eq(counties.landratsamtId, authorities.id))
    .where(eq(authorities.id, authorityId))
    .limit(1);
  return row ?? null;
}

export type EditorActor = Extract<EditorialActor, { kind: "staff" }>;
export type CountyEditorActor = EditorActor & { countyAgs: string; countyName: string; portalOperator: false };
export type ApiEditorActor = Extract<EditorialActor, { kind: "api" }>;

const forbidden = (message: string) => new Response(message, { status: 403, headers: { "Cache-Control": "no-store" } });

/** The signed-in editor or operator as actor, with the account's roles; otherwise the login redirect or a 403 page. */
export async function requireEditorSession(request: Request): Promise<{ actor: EditorActor; roles: StaffRole[] }> {
  const user = await requireStaff(request, ["editor", "operator"]);
  const person = {
    kind: "staff" as const,
    userId: user.id,
    displayName: user.displayName,
    authorityId: user.authorityId,
    authorityName: user.authorityName,
  };
  if (hasRole(user, "operator"))
    return { actor: { ...person, countyAgs: null, countyName: null, portalOperator: true }, roles: user.roles };
  const county = await countyOfLandratsamt(user.authorityId);
  if (!county) throw forbidden(NOT_A_LANDRATSAMT);
  return { actor: { ...person, ...county, portalOperator: false }, roles: user.roles };
}

export async function requireEditor(request: Request): Promise<EditorActor> {
  return (await requireEditorSession(request)).actor;
}

function isCountyEditor(actor: EditorActor): actor is CountyEditorActor {
  return !actor.portalOperator && actor.countyAgs !== null && actor.countyName !== null;
}

const COUNTY_MATTERS = { offering: COUNTY_OFFERING_MESSAGE, keys: COUNTY_KEYS_ONLY, "new-service": NEW_SERVICE_MESSAGE };

/** Pages that are a county matter (offering, API keys, new services): the county's editor; the operator gets a 403 page. */
export async function requireCountyEditor(request: Request, matter: keyof typeof COUNTY_MATTERS): Promise<CountyEditorActor> {
  const actor = await requireEditor(request);
  if (!isCountyEditor(actor)) throw forbidden(COUNTY_MATTERS[matter]);
  return actor;
}

/** The editorial API client behind the bearer token, or the 401/403 answer to give. */
export async function requireEditorClient(
  request: Request,
): Promise<{ ok: true; actor: ApiEditorActor } | { ok: false; response: Response }> {
  const auth = await requireApiClient(request, "services:write");
  if (!auth.ok) return auth;
  const county = await countyOfLandratsamt(auth.client.authorityId);
  if (!county) return { ok: false, response: apiError(403, "forbidden", apiText(request, "api.notALandratsamt")) };
  const { tokenId, name, authorityId, authorityName } = auth.client;
  return { ok: true, actor: { kind: "api", tokenId, tokenName: name, authorityId, authorityName, ...county, portalOperator: false } };
}
