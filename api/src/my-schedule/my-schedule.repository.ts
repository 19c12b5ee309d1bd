import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduleSeenEntity } from './schedule-seen.entity';

// The employee's view of published rosters. Only periods in 'published' or 'locked' count: an
// employee never sees a draft (issue 4), so every query here joins on the period's state.

export interface MyShiftRow {
  id: string;
  start_at: Date;
  end_at: Date;
  break_minutes: number;
  department_id: string;
  department_name: string;
  shift_type_id: string | null;
  code: string | null;
  name: string | null;
  colour: string | null;
  note: string | null;
}

export interface ColleagueRow {
  shift_id: string;
  employee_id: string;
  first_name: string;
  last_name: string;
}

export interface ChangeRow {
  shift_id: string;
  changed_at: Date;
  reason: string | null;
}

export interface RemovalRow {
  shift_id: string;
  changed_at: Date;
  reason: string | null;
  before: { start: string; end: string; shiftTypeId: string | null; departmentId: string };
  code: string | null;
  department_name: string;
}

export interface CurrentPeriodRow {
  id: string;
  start_date: string;
  end_date: string;
  weeks: number;
  department_name: string;
  full_time_hours_per_week: number;
  employment_rate: number;
}

@Injectable()
export class MyScheduleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  shifts(employeeId: string, from: Date, to: Date): Promise<MyShiftRow[]> {
    return this.dataSource.query(
      `SELECT s.id, s.start_at, s.end_at, s.break_minutes, s.department_id, d.name AS department_name,
              s.shift_type_id, st.code, st.name, st.colour, s.note
         FROM shifts s
         JOIN roster_periods p ON p.id = s.period_id AND p.state IN ('published', 'locked')
         JOIN departments d ON d.id = s.department_id
         LEFT JOIN shift_types st ON st.id = s.shift_type_id
        WHERE s.employee_id = $1 AND s.start_at >= $2 AND s.start_at < $3
        ORDER BY s.start_at, s.id`,
      [employeeId, from, to],
    );
  }

  /** Others on the same shift type, same department and time, in published periods (names only). */
  colleagues(shiftIds: string[]): Promise<ColleagueRow[]> {
    if (shiftIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT mine.id AS shift_id, e.id AS employee_id, e.first_name, e.last_name
         FROM shifts mine
         JOIN shifts other ON other.department_id = mine.department_id
                          AND other.id <> mine.id
                          AND other.employee_id IS NOT NULL
                          AND other.employee_id <> mine.employee_id
                          AND other.start_at < mine.end_at AND other.end_at > mine.start_at
                          AND (mine.shift_type_id IS NULL OR other.shift_type_id = mine.shift_type_id)
         JOIN roster_periods p ON p.id = other.period_id AND p.state IN ('published', 'locked')
         JOIN employees e ON e.id = other.employee_id
        WHERE mine.id = ANY($1::uuid[])
        ORDER BY e.last_name, e.first_name, e.id`,
      [shiftIds],
    );
  }

  /** The last change after publication to each of these shifts that left it with this employee. */
  lastChanges(employeeId: string, shiftIds: string[]): Promise<ChangeRow[]> {
    if (shiftIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT DISTINCT ON (c.shift_id) c.shift_id, c.changed_at, c.reason
         FROM shift_changes c
        WHERE c.shift_id = ANY($2::uuid[]) AND $1 = ANY(c.employee_ids) AND c.after->>'employeeId' = $1::text
        ORDER BY c.shift_id, c.changed_at DESC, c.id DESC`,
      [employeeId, shiftIds],
    );
  }

  /**
   * Published shifts taken off this employee (deleted or given to someone else) after `since`,
   * starting in [from, to), unless they are theirs again now.
   */
  removals(employeeId: string, since: Date | null, from: Date, to: Date): Promise<RemovalRow[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (c.shift_id) c.shift_id, c.changed_at, c.reason, c.before, c.after,
                st.code, d.name AS department_name
           FROM shift_changes c
           JOIN departments d ON d.id = (c.before->>'departmentId')::uuid
           LEFT JOIN shift_types st ON st.id = (c.before->>'shiftTypeId')::uuid
          WHERE $1 = ANY(c.employee_ids)
            AND ($2::timestamptz IS NULL OR c.changed_at > $2)
            AND (c.before->>'start')::timestamptz >= $3 AND (c.before->>'start')::timestamptz < $4
            AND (c.before->>'employeeId' = $1::text OR c.after->>'employeeId' = $1::text)
          ORDER BY c.shift_id, c.changed_at DESC, c.id DESC
       ) latest
       WHERE latest.before->>'employeeId' = $1::text
         AND (latest.after IS NULL OR latest.after->>'employeeId' IS DISTINCT FROM $1::text)
       ORDER BY (latest.before->>'start')::timestamptz, latest.shift_id`,
      [employeeId, since, from, to],
    );
  }

  /** The home department's published period that includes the given day, with the contract. */
  async currentPeriod(employeeId: string, day: string): Promise<CurrentPeriodRow | null> {
    const rows: CurrentPeriodRow[] = await this.dataSource.query(
      `SELECT p.id, to_char(p.start_date, 'YYYY-MM-DD') AS start_date, to_char(p.end_date, 'YYYY-MM-DD') AS end_date,
              p.weeks, d.name AS department_name, e.full_time_hours_per_week::float8 AS full_time_hours_per_week,
              e.employment_rate::float8 AS employment_rate
         FROM employees e
         JOIN roster_periods p ON p.department_id = e.home_department_id AND p.state IN ('published', 'locked')
         JOIN departments d ON d.id = p.department_id
        WHERE e.id = $1 AND p.start_date <= $2::date AND p.end_date >= $2::date
        ORDER BY p.start_date DESC
        LIMIT 1`,
      [employeeId, day],
    );
    return rows[0] ?? null;
  }

  /** Published minutes worked (net of breaks) by the employee in every department, shifts starting in [from, to). */
  async publishedMinutes(employeeId: string, from: Date, to: Date): Promise<number> {
    const [row]: { minutes: number | null }[] = await this.dataSource.query(
      `SELECT sum(extract(epoch FROM s.end_at - s.start_at) / 60 - s.break_minutes)::float8 AS minutes
         FROM shifts s
         JOIN roster_periods p ON p.id = s.period_id AND p.state IN ('published', 'locked')
        WHERE s.employee_id = $1 AND s.start_at >= $2 AND s.start_at < $3`,
      [employeeId, from, to],
    );
    return row?.minutes ?? 0;
  }

  async seenAt(employeeId: string): Promise<Date | null> {
    const mark = await this.dataSource.getRepository(ScheduleSeenEntity).findOneBy({ employeeId });
    return mark?.seenAt ?? null;
  }

  /** The database's clock, the one that stamps shift changes, so "new" compares like with like. */
  async markSeen(employeeId: string, organisationId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO schedule_seen (employee_id, organisation_id, seen_at) VALUES ($1, $2, now())
       ON CONFLICT (employee_id) DO UPDATE SET seen_at = now()`,
      [employeeId, organisationId],
    );
  }
}
