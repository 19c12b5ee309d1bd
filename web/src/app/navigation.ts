import type { Me } from '../api/client';
import {
  ADMINS,
  ATTESTERS,
  EXCHANGE_MANAGERS,
  LEAVE_DECIDERS,
  PAYROLL_USERS,
  ROSTER_READERS,
  SELF_SERVICE,
  SHIFT_TYPE_EDITORS,
  STAFF_READERS,
  hasRole,
} from '../auth/permissions';

export interface NavItem {
  to: string;
  labelKey: string;
  /** Active only on this exact address (not on the pages under it). */
  end?: boolean;
}

/** The sections a user's role may open, in menu order; the first is their start page. */
export function navigationFor(me: Me): NavItem[] {
  const items: NavItem[] = [];
  const isStaff = me.employeeId !== null || me.role === 'employee';
  if (isStaff) {
    items.push({ to: '/me', labelKey: 'nav.mySchedule', end: true });
    items.push({ to: '/me/wishes', labelKey: 'nav.myWishes' });
  }
  if (hasRole(me, SELF_SERVICE)) {
    items.push({ to: '/swaps', labelKey: 'nav.swaps' });
    items.push({ to: '/open-shifts', labelKey: 'nav.openShifts' });
  }
  if (isStaff) items.push({ to: '/me/time', labelKey: 'nav.myTime' });
  // The roster is the scheduler's main screen, so it comes first (and is their start page).
  if (hasRole(me, ROSTER_READERS)) items.push({ to: '/roster', labelKey: 'nav.roster' });
  if (hasRole(me, EXCHANGE_MANAGERS)) {
    items.push({ to: '/swaps/approvals', labelKey: 'nav.swaps' });
    items.push({ to: '/open-shifts/manage', labelKey: 'nav.openShifts' });
  }
  if (hasRole(me, ATTESTERS)) items.push({ to: '/time-reports', labelKey: 'nav.timeReports' });
  if (hasRole(me, PAYROLL_USERS)) items.push({ to: '/payroll', labelKey: 'nav.payroll' });
  if (isStaff || hasRole(me, LEAVE_DECIDERS)) items.push({ to: '/leave', labelKey: 'nav.leave' });
  items.push({ to: '/inbox', labelKey: 'nav.inbox' });
  if (hasRole(me, STAFF_READERS)) items.push({ to: '/staff', labelKey: 'nav.staff' });
  if (hasRole(me, SHIFT_TYPE_EDITORS)) items.push({ to: '/shift-types', labelKey: 'nav.shiftTypes' });
  if (hasRole(me, ADMINS)) {
    items.push({ to: '/departments', labelKey: 'nav.departments' });
    items.push({ to: '/users', labelKey: 'nav.users' });
  }
  if (isStaff) items.push({ to: '/me/profile', labelKey: 'nav.myProfile' });
  return items;
}
