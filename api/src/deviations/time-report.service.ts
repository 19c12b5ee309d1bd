import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { localDate, toLocalIso } from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { AttestationEntity } from '../payroll-lock/attestation.entity';
import type { RosterPeriodEntity } from '../rosters/roster-period.entity';
import { RosterPeriodsService } from '../rosters/roster-periods.service';
import type { AttestDto, AttestResultView, TimeReportView } from './deviation.dto';
import { DeviationEntity } from './deviation.entity';
import { toDeviationView } from './deviation.mapper';
import { DeviationsService } from './deviations.service';
import { WorkedTimeService } from './worked-time.service';

/**
 * A schedule period's worked time per employee (shifts, deviations, classified totals) and the
 * manager's attestation of it (issue 6). Attested time is frozen: see PayrollLockService.
 */
@Injectable()
export class TimeReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: RosterPeriodsService,
    private readonly workedTime: WorkedTimeService,
    private readonly deviations: DeviationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async report(user: AuthUser, periodId: string): Promise<TimeReportView> {
    const em = this.dataSource.manager;
    const period = await this.periods.loadVisible(em, user, periodId);
    return this.build(em, user, period);
  }

  async attest(user: AuthUser, periodId: string, dto: AttestDto): Promise<AttestResultView> {
    return this.dataSource.transaction(async (em) => {
      const period = await this.periods.loadForWrite(em, user, periodId);
      if (period.state !== 'published' && period.state !== 'locked') {
        throw new DomainError('INVALID_TRANSITION', {
          sv: 'Bara en publicerad period kan attesteras',
          en: 'Only a published period can be attested',
        });
      }
      await em.query(`SELECT id FROM employees WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [dto.employeeIds]);
      const report = await this.build(em, user, period);
      const rows = new Map(report.employees.map((e) => [e.employeeId, e]));
      const withoutTime = dto.employeeIds.filter((id) => !rows.has(id));
      if (withoutTime.length > 0)
        throw DomainError.invalid('employeeIds', {
          sv: 'Någon av medarbetarna har ingen tid i perioden',
          en: 'One of the employees has no time in the period',
        });
      const chosen = dto.employeeIds.map((id) => rows.get(id)!);
      const name = (e: (typeof chosen)[number]) => `${e.firstName} ${e.lastName}`;
      const already = chosen.filter((e) => e.attestation !== null);
      if (already.length > 0)
        throw new DomainError('ALREADY_EXISTS', {
          sv: `Redan attesterad: ${already.map(name).join(', ')}`,
          en: `Already attested: ${already.map(name).join(', ')}`,
        });
      const pending = chosen.filter((e) => e.pendingReports > 0);
      if (pending.length > 0)
        throw new DomainError('INVALID_TRANSITION', {
          sv: `Rapporterade avvikelser väntar på beslut: ${pending.map(name).join(', ')}`,
          en: `Reported deviations wait for a decision: ${pending.map(name).join(', ')}`,
        });
      const now = this.clock.now();
      for (const e of chosen) {
        const saved = await em.save(
          em.create(AttestationEntity, {
            organisationId: user.organisationId,
            periodId: period.id,
            employeeId: e.employeeId,
            attestedByUserId: user.userId,
            attestedAt: now,
            totals: Object.fromEntries(e.totals.map((t) => [t.category, t.hours])),
          }),
        );
        await this.audit.record(em, user, {
          action: 'attest',
          entityType: 'attestation',
          entityId: saved.id,
          after: { periodId: period.id, employeeId: e.employeeId, totals: saved.totals },
        });
      }
      return { attestedEmployeeIds: dto.employeeIds, report: await this.build(em, user, period) };
    });
  }

  private async build(em: EntityManager, user: AuthUser, period: RosterPeriodEntity): Promise<TimeReportView> {
    const range = { from: period.startDate, to: period.endDate };
    const shifts = await this.workedTime.publishedShifts(em, { periodIds: [period.id], ...range });
    const deviations = await em.find(DeviationEntity, {
      where: { periodId: period.id },
      order: { startAt: 'ASC', id: 'ASC' },
    });
    const visible = deviations.filter((d) => d.status !== 'withdrawn');
    const employeeIds = [...new Set([...shifts.map((s) => s.employeeId), ...visible.map((d) => d.employeeId)])];
    const worked = await this.workedTime.classify(em, user.organisationId, {
      employeeIds,
      periodIds: [period.id],
      ...range,
    });
    const attestations: { employee_id: string; attested_at: Date; attested_by_user_id: string; name: string | null }[] =
      await em.query(
        `SELECT a.employee_id, a.attested_at, a.attested_by_user_id, u.display_name AS name
           FROM attestations a LEFT JOIN users u ON u.id = a.attested_by_user_id
          WHERE a.period_id = $1`,
        [period.id],
      );
    const attested = new Map(attestations.map((a) => [a.employee_id, a]));
    const byEmployee = await this.deviations.employeeReporters(em, visible);
    const employees = [...worked.values()]
      .map(({ employee, totals }) => {
        const a = attested.get(employee.id);
        const own = visible.filter((d) => d.employeeId === employee.id);
        return {
          employeeId: employee.id,
          employeeNumber: employee.employeeNumber,
          firstName: employee.firstName,
          lastName: employee.lastName,
          attestation: a
            ? {
                attestedAt: a.attested_at.toISOString(),
                attestedByUserId: a.attested_by_user_id,
                attestedByName: a.name,
              }
            : null,
          shifts: shifts
            .filter((s) => s.employeeId === employee.id)
            .map((s) => ({
              id: s.id,
              date: localDate(s.start),
              startLocal: toLocalIso(s.start),
              endLocal: toLocalIso(s.end),
              breakMinutes: s.breakMinutes,
              kind: s.kind,
              shiftTypeCode: s.shiftTypeCode,
              exported: s.exported,
            })),
          deviations: own.map((d) => toDeviationView(d, byEmployee.has(d.id))),
          totals: Object.entries(totals).map(([category, hours]) => ({ category, hours: round2(hours!) })),
          pendingReports: own.filter((d) => d.status === 'reported').length,
        };
      })
      .sort((a, b) => a.lastName.localeCompare(b.lastName, 'sv') || a.firstName.localeCompare(b.firstName, 'sv'));
    return {
      periodId: period.id,
      departmentId: period.departmentId,
      startDate: period.startDate,
      endDate: period.endDate,
      state: period.state,
      employees,
    };
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
