/**
 * Who performs an editorial action: a signed-in editor of a Landratsamt, or an API token of that
 * Landratsamt with the `services:write` scope. Both act for the Landratsamt's county. Pure, so
 * routes, components and tests share it.
 */
export type EditorialActor =
  | { kind: "staff"; userId: string; displayName: string; authorityId: string; authorityName: string; countyAgs: string; countyName: string }
  | { kind: "api"; tokenId: string; tokenName: string; authorityId: string; authorityName: string; countyAgs: string; countyName: string };

/** The audit trail's "who": a staff user's id, or (for a token, which is no person) none plus the token in the details. */
export function auditIdentity(actor: EditorialActor): { actorId: string | null; authorityId: string; via: Record<string, unknown> } {
  return actor.kind === "staff"
    ? { actorId: actor.userId, authorityId: actor.authorityId, via: {} }
    : { actorId: null, authorityId: actor.authorityId, via: { via: "api", tokenId: actor.tokenId, tokenName: actor.tokenName } };
}
