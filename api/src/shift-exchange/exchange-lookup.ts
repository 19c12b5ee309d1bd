import { Injectable } from '@nestjs/common';
import { localDate, toLocalIso } from '@bemanna/shared';
import type { EntityManager } from 'typeorm';

/** What a swap or an open shift shows about a person: name and profession, nothing private. */
export interface Person {
  id: string;
  firstName: string;
  lastName: string;
  name: string;
  profession: string;
  homeDepartmentId: string;
  homeDepartmentIsPool: boolean;
  /** Home department and the other departments the person may work in. */
  workplaces: string[];
  active: boolean;
  isAgency: boolean;
  employmentRate: number;
  fullTimeHoursPerWeek: number;
}

/** A shift as swaps and open shifts show it: times, department, shift type, holder. */
export interface ShiftCard {
  id: string;
  periodId: string;
  periodState: string;
  departmentId: string;
  departmentName: string;
  employeeId: string | null;
  start: number;
  end: number;
  date: string;
  startLocal: string;
  endLocal: string;
  paidMinutes: number;
  shiftTypeCode: string | null;
  shiftTypeName: string | null;
  colour: string | null;
  requiredSkillId: string | null;
  version: number;
}

/**
 * Read-only lookups for the staff's own exchanges (swaps, open shifts), batched: people with their
 * workplaces, and shifts with their department and type.
 */
@Injectable()
export class ExchangeLookup {
  async people(em: EntityManager, organisationId: string, ids: string[]): Promise<Map<string, Person>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows: {
      id: string;
      first_name: string;
      last_name: string;
      profession: string;
      home_department_id: string;
      pool: boolean;
      active: boolean;
      is_agency: boolean;
      employment_rate: number;
      full_time_hours_per_week: string;
      others: string[];
    }[] = await em.query(
      `SELECT e.id, e.first_name, e.last_name, e.profession, e.home_department_id, d.kind = 'pool' AS pool,
              e.active, e.is_agency, e.employment_rate, e.full_time_hours_per_week,
              coalesce(array_agg(ed.department_id ORDER BY ed.department_id) FILTER (WHERE ed.department_id IS NOT NULL), '{}') AS others
         FROM employees e
         JOIN departments d ON d.id = e.home_department_id
         LEFT JOIN employee_departments ed ON ed.employee_id = e.id
        WHERE e.organisation_id = $1 AND e.id = ANY($2::uuid[])
        GROUP BY e.id, d.kind`,
      [organisationId, unique],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          firstName: r.first_name,
          lastName: r.last_name,
          name: `${r.first_name} ${r.last_name}`,
          profession: r.profession,
          homeDepartmentId: r.home_department_id,
          homeDepartmentIsPool: r.pool,
          workplaces: [r.home_department_id, ...r.others],
          active: r.active,
          isAgency: r.is_agency,
          employmentRate: r.employment_rate,
          fullTimeHoursPerWeek: Number(r.full_time_hours_per_week),
        },
      ]),
    );
  }

  /** Active, non-agency staff who may work in the department (home or other department). */
  async staffOf(em: EntityManager, organisationId: string, departmentId: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT e.id FROM employees e
        WHERE e.organisation_id = $1 AND e.active AND NOT e.is_agency
          AND (e.home_department_id = $2
               OR EXISTS (SELECT 1 FROM employee_departments ed WHERE ed.employee_id = e.id AND ed.department_id = $2))
        ORDER BY e.id`,
      [organisationId, departmentId],
    );
    return rows.map((r) => r.id);
  }

  async shifts(em: EntityManager, organisationId: string, ids: string[]): Promise<Map<string, ShiftCard>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows: ShiftCardRow[] = await em.query(
      `${SHIFT_CARD_COLUMNS}
         FROM shifts s
         JOIN roster_periods p ON p.id = s.period_id
         ${SHIFT_CARD_JOINS}
        WHERE s.organisation_id = $1 AND s.id = ANY($2::uuid[])`,
      [organisationId, unique],
    );
    return new Map(rows.map((r) => [r.id, toCard(r)]));
  }

  /**
   * Published shifts in a department starting in [from, to) held by someone else than `exceptEmployeeId`
   * (the colleagues' shifts one may ask for in an exchange).
   */
  async colleagueShifts(
    em: EntityManager,
    organisationId: string,
    departmentId: string,
    exceptEmployeeId: string,
    from: Date,
    to: Date,
  ): Promise<ShiftCard[]> {
    const rows: ShiftCardRow[] = await em.query(
      `${SHIFT_CARD_COLUMNS}
         FROM shifts s
         JOIN roster_periods p ON p.id = s.period_id AND p.state = 'published'
         ${SHIFT_CARD_JOINS}
        WHERE s.organisation_id = $1 AND s.department_id = $2 AND s.employee_id IS NOT NULL
          AND s.employee_id <> $3 AND s.kind = 'work' AND s.start_at >= $4 AND s.start_at < $5
        ORDER BY s.start_at, s.id`,
      [organisationId, departmentId, exceptEmployeeId, from, to],
    );
    return rows.map(toCard);
  }
}

/** A shift with what a swap or an open shift shows of it (one row of SHIFT_CARD_COLUMNS). */
interface ShiftCardRow {
  id: string;
  period_id: string;
  state: string;
  department_id: string;
  department_name: string;
  employee_id: string | null;
  start_at: Date;
  end_at: Date;
  break_minutes: number;
  code: string | null;
  name: string | null;
  colour: string | null;
  required_skill_id: string | null;
  version: number;
}

const SHIFT_CARD_COLUMNS = `SELECT s.id, s.period_id, p.state, s.department_id, d.name AS department_name, s.employee_id,
              s.start_at, s.end_at, s.break_minutes, st.code, st.name, st.colour, st.required_skill_id, s.version`;
const SHIFT_CARD_JOINS = `JOIN departments d ON d.id = s.department_id
         LEFT JOIN shift_types st ON st.id = s.shift_type_id`;

function toCard(r: ShiftCardRow): ShiftCard {
  const start = r.start_at.getTime();
  const end = r.end_at.getTime();
  return {
    id: r.id,
    periodId: r.period_id,
    periodState: r.state,
    departmentId: r.department_id,
    departmentName: r.department_name,
    employeeId: r.employee_id,
    start,
    end,
    date: localDate(start),
    startLocal: toLocalIso(start),
    endLocal: toLocalIso(end),
    paidMinutes: Math.round((end - start) / 60_000) - r.break_minutes,
    shiftTypeCode: r.code,
    shiftTypeName: r.name,
    colour: r.colour,
    requiredSkillId: r.required_skill_id,
    version: r.version,
  };
}
