import { Injectable } from '@nestjs/common';
import type { SwapStatus } from '@bemanna/shared';
import type { EntityManager } from 'typeorm';
import { SwapEntity } from './swap.entity';

@Injectable()
export class SwapsRepository {
  findForUpdate(em: EntityManager, organisationId: string, id: string): Promise<SwapEntity | null> {
    return em.findOne(SwapEntity, { where: { organisationId, id }, lock: { mode: 'pessimistic_write' } });
  }

  pendingForShift(em: EntityManager, shiftId: string): Promise<boolean> {
    return em
      .createQueryBuilder(SwapEntity, 'w')
      .where('w.offered_shift_id = :shiftId', { shiftId })
      .andWhere(`w.status IN ('offered', 'awaiting-approval')`)
      .getExists();
  }

  /**
   * Swaps a user may see: an employee's own (offered or addressed to them) plus give-aways offered
   * in `giveAwayDepartmentIds`; a scheduler's in the departments they manage; everything for
   * admins and HR (`departmentIds` null).
   */
  list(
    em: EntityManager,
    organisationId: string,
    scope: { employeeId: string; giveAwayDepartmentIds: string[] } | { departmentIds: string[] | null },
    status: SwapStatus | undefined,
  ): Promise<SwapEntity[]> {
    const qb = em.createQueryBuilder(SwapEntity, 'w').where('w.organisation_id = :organisationId', { organisationId });
    if ('employeeId' in scope) {
      qb.andWhere(
        `(w.from_employee_id = :me OR w.to_employee_id = :me
          OR (w.kind = 'give-away' AND w.status = 'offered' AND w.department_ids && :departments::uuid[]))`,
        { me: scope.employeeId, departments: scope.giveAwayDepartmentIds },
      );
    } else if (scope.departmentIds) {
      qb.andWhere('w.department_ids && :departments::uuid[]', { departments: scope.departmentIds });
    }
    if (status) qb.andWhere('w.status = :status', { status });
    return qb.orderBy('w.created_at', 'DESC').addOrderBy('w.id', 'ASC').limit(200).getMany();
  }
}
