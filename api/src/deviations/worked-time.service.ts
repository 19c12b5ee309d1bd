import { Injectable } from '@nestjs/common';
import {
  type CivilDate,
  type DeviationInterval,
  type PayCategory,
  type PayLine,
  PAY_CATEGORIES,
  PayClassificationError,
  addDays,
  assertPayable,
  classifyEmployees,
  parseRosterDocument,
  payOptionsFor,
  startOfLocalDay,
  workedTimeDocument,
} from '@bemanna/shared';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { DeviationEntity } from './deviation.entity';
import { type PayrollEmployeeRow, type PublishedShiftRow, WorkedTimeRepository } from './worked-time.repository';

export interface EmployeeWorkedTime {
  employee: PayrollEmployeeRow;
  /** Published shifts starting in [from, to]. */
  shifts: PublishedShiftRow[];
  /** Accepted deviations starting in [from, to]. */
  deviations: DeviationEntity[];
  /** Pay lines dated in [from, to]; `employeeId` is the employee's id. */
  lines: PayLine[];
  totals: Partial<Record<PayCategory, number>>;
  /** Ordinary hours per day of the published shifts without deviations (PAXml schematransaktioner). */
  scheduled: PayLine[];
}

export interface WorkedTimeQuery {
  employeeIds: string[];
  from: CivilDate;
  to: CivilDate;
  /** Only shifts and deviations of these periods (an attestation's own period). */
  periodIds?: string[];
}

/** Days of context each side, so weeks (mertid) and the 2-hour overtime rule see their neighbours. */
const CONTEXT_DAYS = 7;

/**
 * Worked time of employees over dates: published shifts changed by accepted deviations, classified
 * by the shared pay classification (the same code as `npm run pay:classify`).
 */
@Injectable()
export class WorkedTimeService {
  constructor(private readonly repository: WorkedTimeRepository) {}

  employees(em: EntityManager, organisationId: string, ids: string[]): Promise<PayrollEmployeeRow[]> {
    return this.repository.employees(em, organisationId, ids);
  }

  publishedShifts(
    em: EntityManager,
    filter: { employeeIds?: string[]; periodIds?: string[]; from: CivilDate; to: CivilDate },
  ): Promise<PublishedShiftRow[]> {
    return this.repository.publishedShifts(em, {
      employeeIds: filter.employeeIds,
      periodIds: filter.periodIds,
      from: new Date(startOfLocalDay(filter.from)),
      to: new Date(startOfLocalDay(addDays(filter.to, 1))),
    });
  }

  /** Active (reported or accepted) deviations of employees starting on the dates [from, to]. */
  deviations(
    em: EntityManager,
    filter: { employeeIds: string[]; from: CivilDate; to: CivilDate; statuses: string[]; periodIds?: string[] },
  ): Promise<DeviationEntity[]> {
    if (filter.employeeIds.length === 0) return Promise.resolve([]);
    const qb = em
      .createQueryBuilder(DeviationEntity, 'd')
      .where('d.employee_id IN (:...employees)', { employees: filter.employeeIds })
      .andWhere('d.status IN (:...statuses)', { statuses: filter.statuses })
      .andWhere('d.start_at >= :from AND d.start_at < :to', {
        from: new Date(startOfLocalDay(filter.from)),
        to: new Date(startOfLocalDay(addDays(filter.to, 1))),
      });
    if (filter.periodIds) qb.andWhere('d.period_id IN (:...periods)', { periods: filter.periodIds });
    return qb.orderBy('d.start_at', 'ASC').addOrderBy('d.id', 'ASC').getMany();
  }

  async classify(
    em: EntityManager,
    organisationId: string,
    query: WorkedTimeQuery,
  ): Promise<Map<string, EmployeeWorkedTime>> {
    const result = new Map<string, EmployeeWorkedTime>();
    if (query.employeeIds.length === 0) return result;
    const employees = await this.repository.employees(em, organisationId, query.employeeIds);
    const window = { from: addDays(query.from, -CONTEXT_DAYS), to: addDays(query.to, CONTEXT_DAYS) };
    const ids = employees.map((e) => e.id);
    // Sequential: `em` may be a transaction's (one connection).
    const shifts = await this.publishedShifts(em, { employeeIds: ids, periodIds: query.periodIds, ...window });
    const deviations = await this.deviations(em, { employeeIds: ids, statuses: ['accepted'], periodIds: query.periodIds, ...window });
    // An attestation's own period has no leave of its own to add: leave is not tied to periods.
    const replaced = query.periodIds
      ? []
      : await this.repository.replacedByAbsence(
          em,
          ids,
          new Date(startOfLocalDay(window.from)),
          new Date(startOfLocalDay(addDays(window.to, 1))),
        );
    const inRange = (instant: number) =>
      instant >= startOfLocalDay(query.from) && instant < startOfLocalDay(addDays(query.to, 1));

    const byAgreement = new Map<string, PayrollEmployeeRow[]>();
    for (const e of employees) byAgreement.set(e.agreement, [...(byAgreement.get(e.agreement) ?? []), e]);
    const lines = new Map<string, PayLine[]>();
    const scheduled = new Map<string, PayLine[]>();
    for (const [ruleSet, group] of [...byAgreement].sort(([a], [b]) => a.localeCompare(b))) {
      const own = new Set(group.map((e) => e.id));
      const input = {
        ruleSet,
        period: { start: window.from, end: window.to },
        employees: group.map((e) => ({
          id: e.id,
          employmentRate: e.employmentRate,
          fullTimeHoursPerWeek: e.fullTimeHoursPerWeek,
        })),
        shifts: shifts.filter((s) => own.has(s.employeeId)),
      };
      const worked = this.classifyDocument(
        workedTimeDocument({
          ...input,
          deviations: deviations.filter((d) => own.has(d.employeeId)).map(toInterval),
          replacedByAbsence: replaced.filter((r) => own.has(r.employeeId)),
        }),
        employees,
      );
      for (const [id, l] of worked) lines.set(id, l);
      for (const [id, l] of this.classifyDocument(workedTimeDocument({ ...input, deviations: [] }), employees))
        scheduled.set(
          id,
          l.filter((line) => line.category === 'ordinary'),
        );
    }
    const inDates = (l: PayLine) => l.date >= query.from && l.date <= query.to;
    for (const employee of employees) {
      const own = (lines.get(employee.id) ?? []).filter(inDates);
      const totals: Partial<Record<PayCategory, number>> = {};
      for (const line of own) totals[line.category] = (totals[line.category] ?? 0) + line.hours;
      const ordered: Partial<Record<PayCategory, number>> = {};
      for (const c of PAY_CATEGORIES) if (totals[c] !== undefined) ordered[c] = totals[c];
      result.set(employee.id, {
        employee,
        shifts: shifts.filter((s) => s.employeeId === employee.id && inRange(s.start)),
        deviations: deviations.filter((d) => d.employeeId === employee.id && inRange(d.startAt.getTime())),
        lines: own,
        totals: ordered,
        scheduled: (scheduled.get(employee.id) ?? []).filter(inDates),
      });
    }
    return result;
  }

  private classifyDocument(
    document: ReturnType<typeof workedTimeDocument>,
    employees: PayrollEmployeeRow[],
  ): Map<string, PayLine[]> {
    const snapshot = parseRosterDocument(document);
    try {
      assertPayable(snapshot);
    } catch (error) {
      if (!(error instanceof PayClassificationError)) throw error;
      const name = (id: string) => {
        const e = employees.find((x) => x.id === id);
        return e ? `${e.firstName} ${e.lastName} (${e.employeeNumber})` : id;
      };
      throw new DomainError(
        'OVERLAPPING_TIME',
        {
          sv: 'Samma tid är registrerad två gånger; rätta passen eller avvikelserna först',
          en: 'The same time is recorded twice; correct the shifts or deviations first',
        },
        error.issues.map((i) => ({ field: name(i.employeeId), message: { sv: i.message, en: i.message } })),
      );
    }
    const out = new Map<string, PayLine[]>();
    for (const { employeeId, lines } of classifyEmployees(snapshot, payOptionsFor(snapshot)))
      out.set(employeeId, lines);
    return out;
  }
}

export function toInterval(d: DeviationEntity): DeviationInterval {
  return {
    id: d.id,
    employeeId: d.employeeId,
    shiftId: d.shiftId,
    kind: d.kind as DeviationInterval['kind'],
    absenceType: d.absenceType as DeviationInterval['absenceType'],
    start: d.startAt.getTime(),
    end: d.endAt.getTime(),
  };
}
