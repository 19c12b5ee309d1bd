import type { Role } from '@bemanna/shared';
import type { Employee, Me } from '../api/client';

// What the UI offers each role. The API decides; these only keep people from being shown
// buttons that would be refused (roles and scopes as in issue 2 "Login and roles").

export const STAFF_READERS: readonly Role[] = ['admin', 'scheduler', 'hr'];
/** Schedulers and admins build rosters; HR reads them. */
export const ROSTER_READERS: readonly Role[] = ['admin', 'scheduler', 'hr'];
export const STAFF_WRITERS: readonly Role[] = ['admin', 'scheduler'];
export const SHIFT_TYPE_EDITORS: readonly Role[] = ['admin', 'scheduler'];
export const ADMINS: readonly Role[] = ['admin'];
/** Who approves or denies leave for the staff of their units. */
export const LEAVE_DECIDERS: readonly Role[] = ['admin', 'scheduler'];
/** Who may open the leave page: staff asking for leave and those deciding. */
export const LEAVE_USERS: readonly Role[] = ['employee', 'admin', 'scheduler'];
/** HR pays: payroll overview, exports, pay codes (admins too). */
export const PAYROLL_USERS: readonly Role[] = ['hr', 'admin'];
/** Managers attest their departments' time and record deviations. */
export const ATTESTERS: readonly Role[] = ['admin', 'scheduler'];
/** Employees swap their own shifts and take open ones. */
export const SELF_SERVICE: readonly Role[] = ['employee'];
/** Schedulers and admins approve swaps and put open shifts out. */
export const EXCHANGE_MANAGERS: readonly Role[] = ['admin', 'scheduler'];

export function hasRole(me: Me, roles: readonly Role[]): boolean {
  return roles.includes(me.role);
}

/** Schedulers change staff whose home department they manage; admins change everyone. */
export function canEditEmployee(me: Me, employee: Pick<Employee, 'homeDepartmentId'>): boolean {
  if (me.role === 'admin') return true;
  return me.role === 'scheduler' && me.managedDepartmentIds.includes(employee.homeDepartmentId);
}

export function canManageDepartment(me: Me, departmentId: string): boolean {
  if (me.role === 'admin') return true;
  return me.role === 'scheduler' && me.managedDepartmentIds.includes(departmentId);
}
