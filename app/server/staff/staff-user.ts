/** The signed-in member of staff as routes and components see it. Pure, shared with the UI. */

export const STAFF_ROLES = ["clerk", "editor", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

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
};

export function toStaffRoles(values: readonly string[]): StaffRole[] {
  return STAFF_ROLES.filter((role) => values.includes(role));
}

export function hasRole(user: Pick<StaffUser, "roles">, role: StaffRole): boolean {
  return user.roles.includes(role);
}
