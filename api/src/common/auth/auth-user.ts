import type { Role } from '@bemanna/shared';

/** Who is calling, resolved from the session cookie by the auth guard. */
export interface AuthUser {
  userId: string;
  organisationId: string;
  role: Role;
  email: string;
  displayName: string;
  employeeId: string | null;
  /**
   * Departments this user may manage: for a scheduler the scoped departments and everything below
   * them in the tree; for other roles empty (admins manage the whole organisation by role).
   */
  managedDepartmentIds: string[];
  /** May save shifts that break a hard rule, with a reason (admins always may). */
  canOverrideRules: boolean;
}
