/** Who changes a case: a member of staff on the case page, or a Fachverfahren through its API token. */
export type CaseActor =
  { kind: "staff"; id: string; name: string; authorityId: string } | { kind: "api"; id: string; name: string; authorityId: string };
