import type { Me } from '../api/client';
import {
  ADMINS,
  EXCHANGE_MANAGERS,
  ROSTER_READERS,
  SELF_SERVICE,
  SHIFT_TYPE_EDITORS,
  STAFF_READERS,
  hasRole,
} from '../auth/permissions';

export interface NavItem {
  to: string;
  labelKey: string;
}

/** The sections a user's role may open, in menu order; the first is their start page. */
export function navigationFor(me: Me): NavItem[] {
  const items: NavItem[] = [];
  if (me.employeeId !== null || me.role === 'employee') items.push({ to: '/me', labelKey: 'nav.myPage' });
  if (hasRole(me, SELF_SERVICE)) {
    items.push({ to: '/swaps', labelKey: 'nav.swaps' });
    items.push({ to: '/open-shifts', labelKey: 'nav.openShifts' });
  }
  // The roster is the scheduler's main screen, so it comes first (and is their start page).
  if (hasRole(me, ROSTER_READERS)) items.push({ to: '/roster', labelKey: 'nav.roster' });
  if (hasRole(me, EXCHANGE_MANAGERS)) {
    items.push({ to: '/swaps/approvals', labelKey: 'nav.swaps' });
    items.push({ to: '/open-shifts/manage', labelKey: 'nav.openShifts' });
  }
  if (hasRole(me, STAFF_READERS)) items.push({ to: '/staff', labelKey: 'nav.staff' });
  if (hasRole(me, SHIFT_TYPE_EDITORS)) items.push({ to: '/shift-types', labelKey: 'nav.shiftTypes' });
  if (hasRole(me, ADMINS)) {
    items.push({ to: '/departments', labelKey: 'nav.departments' });
    items.push({ to: '/users', labelKey: 'nav.users' });
  }
  return items;
}
