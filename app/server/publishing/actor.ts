/**
 * Who performs an editorial action: a signed-in editor of a Landratsamt, an API token of that
 * Landratsamt with the `services:write` scope, or the portal operator (Portalbetrieb). Editors
 * and tokens act for the Landratsamt's county; the operator acts for the portal as a whole and
 * has no county (docs/decisions/015-editorial-ownership.md). Pure, so routes, components and
 * tests share it.
 */
export type EditorialActor =
  | {
      kind: "staff";
      userId: string;
      displayName: string;
      authorityId: string;
      authorityName: string;
      countyAgs: string | null;
      countyName: string | null;
      portalOperator: boolean;
    }
  | {
      kind: "api";
      tokenId: string;
      tokenName: string;
      authorityId: string;
      authorityName: string;
      countyAgs: string;
      countyName: string;
      portalOperator: false;
    };

export type ActorCounty = { ags: string; name: string };

/** The county the actor acts for; null for the portal operator. */
export function actorCounty(actor: Pick<EditorialActor, "countyAgs" | "countyName">): ActorCounty | null {
  return actor.countyAgs !== null && actor.countyName !== null ? { ags: actor.countyAgs, name: actor.countyName } : null;
}

/** The audit trail's "who": a staff user's id, or (for a token, which is no person) none plus the token in the details. */
export function auditIdentity(actor: EditorialActor): { actorId: string | null; authorityId: string; via: Record<string, unknown> } {
  if (actor.kind === "api")
    return { actorId: null, authorityId: actor.authorityId, via: { via: "api", tokenId: actor.tokenId, tokenName: actor.tokenName } };
  return { actorId: actor.userId, authorityId: actor.authorityId, via: actor.portalOperator ? { as: "operator" } : {} };
}
