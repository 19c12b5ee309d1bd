import { useMemo } from 'react';
import { useCurrentUser } from '../../auth/session';
import { buildDepartmentTree, flattenTree } from './department-tree';
import { useDepartments } from './departments.queries';

/**
 * The units a user plans, in tree order: a scheduler's own; for admins and HR every unit that has
 * staff (not hospitals and clinics, which only group units).
 */
export function usePlannedDepartments() {
  const me = useCurrentUser();
  const departments = useDepartments();
  const options = useMemo(
    () =>
      flattenTree(buildDepartmentTree(departments.data ?? [])).filter((n) =>
        me.role === 'scheduler'
          ? n.department.managed
          : n.department.kind !== 'hospital' && n.department.kind !== 'clinic',
      ),
    [departments.data, me.role],
  );
  return { departments, options };
}
