import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OpenShiftAssignmentMode, SwapApprovalMode } from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import type { SelfServiceSettingsDto, SelfServiceSettingsView } from './self-service-settings.dto';
import { SelfServiceSettingsEntity } from './self-service-settings.entity';

const DEFAULTS = { swapApproval: 'scheduler', openShiftAssignment: 'scheduler', agencyHourlyRate: 1100 } as const;

@Injectable()
export class SelfServiceSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly audit: AuditService,
  ) {}

  /** The department's settings as schedulers and admins see them (HR reads them too). */
  async get(user: AuthUser, departmentId: string): Promise<SelfServiceSettingsView> {
    await this.departments.get(user, departmentId);
    return this.of(this.dataSource.manager, departmentId);
  }

  /** The settings that apply, for the swap and open-shift services. */
  async of(em: EntityManager, departmentId: string): Promise<SelfServiceSettingsView> {
    const row = await em.findOne(SelfServiceSettingsEntity, { where: { departmentId } });
    return row ? toView(row) : { departmentId, ...DEFAULTS, version: 0 };
  }

  async set(user: AuthUser, departmentId: string, dto: SelfServiceSettingsDto): Promise<SelfServiceSettingsView> {
    await this.departments.getScheduled(user, departmentId);
    return this.dataSource.transaction(async (em) => {
      const row = await em.findOne(SelfServiceSettingsEntity, {
        where: { departmentId },
        lock: { mode: 'pessimistic_write' },
      });
      const before = row ? toView(row) : { departmentId, ...DEFAULTS, version: 0 };
      if (dto.version !== undefined && dto.version !== before.version) throw DomainError.versionConflict(before);
      const saved = await em.save(
        Object.assign(
          row ?? em.create(SelfServiceSettingsEntity, { departmentId, organisationId: user.organisationId }),
          {
            swapApproval: dto.swapApproval,
            openShiftAssignment: dto.openShiftAssignment,
            agencyHourlyRate: dto.agencyHourlyRate,
          },
        ),
      );
      const after = toView(saved);
      await this.audit.record(em, user, {
        action: 'update',
        entityType: 'self-service-settings',
        entityId: departmentId,
        before,
        after,
      });
      return after;
    });
  }
}

function toView(row: SelfServiceSettingsEntity): SelfServiceSettingsView {
  return {
    departmentId: row.departmentId,
    swapApproval: row.swapApproval as SwapApprovalMode,
    openShiftAssignment: row.openShiftAssignment as OpenShiftAssignmentMode,
    agencyHourlyRate: row.agencyHourlyRate,
    version: row.version,
  };
}
