/** The signed-in member of staff as routes and components see it. Pure, shared with the UI. */

/** The roles an authority's admins give their own staff. */
export const STAFF_ROLES = ["clerk", "editor", "admin"] as const;
/**
 * The portal operator (Portalbetrieb): portal-wide, owner of the built-in services' forms. No
 * authority's admin can give it; only `npm run staff -- create-operator` does (ADR 015).
 */
export const OPERATOR_ROLE = "operator";
export type StaffRole = (typeof STAFF_ROLES)[number] | typeof OPERATOR_ROLE;

export type StaffUser = {
  id: string;
  username: string;
  displayName: string;
  authorityId: string;
  authorityName: string;
  roles: StaffRole[];
};

export const ROLE_LABELS: Record<StaffRole, string> = {
  clerk: "Sachbearbeitung",
  editor: "Redaktion",
  admin: "Kontenverwaltung",
  operator: "Portalbetrieb",
};

export function toStaffRoles(values: readonly string[]): StaffRole[] {
  const known: readonly StaffRole[] = [...STAFF_ROLES, OPERATOR_ROLE];
  return known.filter((role) => values.includes(role));
}

export function hasRole(user: Pick<StaffUser, "roles">, role: StaffRole | readonly StaffRole[]): boolean {
  return typeof role === "string" ? user.roles.includes(role) : role.some((r) => user.roles.includes(r));
}

/**
 * What "Angemeldet als {name}" adds after the name: the parts of `detail` (joined by " · ")
 * that the name does not already say, so "Sachbearbeitung VG Kölleda" is not followed by
 * "VG Kölleda" again. Empty when the name says it all.
 */
export function signedInDetail(name: string, detail: string): string {
  return detail
    .split(" · ")
    .map((part) => part.trim())
    .filter((part) => part !== "" && !name.includes(part))
    .join(" · ");
}
