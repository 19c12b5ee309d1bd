import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AbsenceType, ReplacedByAbsence } from '@bemanna/shared';

/** A published shift as worked-time and payroll read it. */
export interface PublishedShiftRow {
  id: string;
  employeeId: string;
  periodId: string;
  departmentId: string;
  start: number;
  end: number;
  breakMinutes: number;
  kind: 'work' | 'on-call' | 'standby';
  shiftTypeCode: string | null;
  exported: boolean;
}

export interface PayrollEmployeeRow {
  id: string;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  employmentRate: number;
  fullTimeHoursPerWeek: number;
  agreement: string;
  isAgency: boolean;
  homeDepartmentId: string;
}

/**
 * Read model of worked time: published shifts (periods published or locked, the only time that
 * is "worked" by default, issue 6) and the staff facts pay needs. Read-only queries across the
 * roster and staff tables; every write goes through the owning module's service.
 */
@Injectable()
export class WorkedTimeRepository {
  async publishedShifts(
    em: EntityManager,
    filter: { employeeIds?: string[]; periodIds?: string[]; from: Date; to: Date },
  ): Promise<PublishedShiftRow[]> {
    const rows: {
      id: string;
      employee_id: string;
      period_id: string;
      department_id: string;
      start_at: Date;
      end_at: Date;
      break_minutes: number;
      kind: PublishedShiftRow['kind'];
      code: string | null;
      exported: boolean;
    }[] = await em.query(
      `SELECT s.id, s.employee_id, s.period_id, s.department_id, s.start_at, s.end_at, s.break_minutes, s.kind,
              st.code, (x.shift_id IS NOT NULL) AS exported
         FROM shifts s
         JOIN roster_periods p ON p.id = s.period_id AND p.state IN ('published', 'locked')
         LEFT JOIN shift_types st ON st.id = s.shift_type_id
         LEFT JOIN payroll_exported_shifts x ON x.shift_id = s.id
        WHERE s.employee_id IS NOT NULL
          AND ($1::uuid[] IS NULL OR s.employee_id = ANY($1::uuid[]))
          AND ($2::uuid[] IS NULL OR s.period_id = ANY($2::uuid[]))
          AND s.start_at >= $3 AND s.start_at < $4
        ORDER BY s.employee_id, s.start_at, s.id`,
      [filter.employeeIds ?? null, filter.periodIds ?? null, filter.from, filter.to],
    );
    return rows.map((r) => ({
      id: r.id,
      employeeId: r.employee_id,
      periodId: r.period_id,
      departmentId: r.department_id,
      start: r.start_at.getTime(),
      end: r.end_at.getTime(),
      breakMinutes: r.break_minutes,
      kind: r.kind,
      shiftTypeCode: r.code,
      exported: r.exported,
    }));
  }

  /** Published shifts that approved leave or sickness took off these employees, starting in [from, to). */
  async replacedByAbsence(
    em: EntityManager,
    employeeIds: string[],
    from: Date,
    to: Date,
  ): Promise<ReplacedByAbsence[]> {
    if (employeeIds.length === 0) return [];
    const rows: { employee_id: string; type: AbsenceType; start: Date; end: Date; paid_minutes: number }[] =
      await em.query(
        `SELECT l.employee_id, l.type, r.start, r."end", r."paidMinutes" AS paid_minutes
           FROM leave_requests l,
                jsonb_to_recordset(l.replaced_shifts) AS r("shiftId" uuid, start timestamptz, "end" timestamptz, "paidMinutes" int)
          WHERE l.status = 'approved' AND l.employee_id = ANY($1::uuid[]) AND r.start >= $2 AND r.start < $3
          ORDER BY l.employee_id, r.start`,
        [employeeIds, from, to],
      );
    return rows.map((r) => ({
      employeeId: r.employee_id,
      type: r.type,
      start: r.start.getTime(),
      end: r.end.getTime(),
      paidMinutes: r.paid_minutes,
    }));
  }

  async employees(em: EntityManager, organisationId: string, ids: string[]): Promise<PayrollEmployeeRow[]> {
    if (ids.length === 0) return [];
    const rows: {
      id: string;
      employee_number: string;
      first_name: string;
      last_name: string;
      employment_rate: number;
      full_time_hours_per_week: string;
      agreement: string;
      is_agency: boolean;
      home_department_id: string;
    }[] = await em.query(
      `SELECT id, employee_number, first_name, last_name, employment_rate, full_time_hours_per_week, agreement,
              is_agency, home_department_id
         FROM employees WHERE organisation_id = $1 AND id = ANY($2::uuid[])
        ORDER BY employee_number, id`,
      [organisationId, ids],
    );
    return rows.map((r) => ({
      id: r.id,
      employeeNumber: r.employee_number,
      firstName: r.first_name,
      lastName: r.last_name,
      employmentRate: r.employment_rate,
      fullTimeHoursPerWeek: Number(r.full_time_hours_per_week),
      agreement: r.agreement,
      isAgency: r.is_agency,
      homeDepartmentId: r.home_department_id,
    }));
  }
}
