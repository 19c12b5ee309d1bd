import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, isCivilDate, localDate, startOfLocalDay, toLocalIso } from '@bemanna/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import type { MyScheduleQueryDto, MyScheduleView } from './my-schedule.dto';

const DEFAULT_DAYS = 28;
const MAX_DAYS = 366;

/** An employee's own published shifts, with who else works the same shift (names only). */
@Injectable()
export class MyScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(user: AuthUser, query: MyScheduleQueryDto): Promise<MyScheduleView> {
    if (!user.employeeId) {
      throw new DomainError('FORBIDDEN', {
        sv: 'Din inloggning är inte kopplad till en anställd',
        en: 'Your login is not linked to an employee',
      });
    }
    const from = query.from ?? localDate(this.clock.now().getTime());
    const to = query.to ?? addDays(from, DEFAULT_DAYS - 1);
    if (!isCivilDate(from) || !isCivilDate(to) || to < from || addDays(from, MAX_DAYS) < to) {
      throw DomainError.invalid('to', {
        sv: `Välj ett intervall på högst ${MAX_DAYS} dagar med slut efter start`,
        en: `Choose a range of at most ${MAX_DAYS} days that ends after it starts`,
      });
    }
    const rows: {
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
    }[] = await this.dataSource.query(
      `SELECT s.id, s.start_at, s.end_at, s.break_minutes, s.department_id, d.name AS department_name,
              s.shift_type_id, st.code, st.name, st.colour, s.note
         FROM shifts s
         JOIN roster_periods p ON p.id = s.period_id AND p.state IN ('published', 'locked')
         JOIN departments d ON d.id = s.department_id
         LEFT JOIN shift_types st ON st.id = s.shift_type_id
        WHERE s.employee_id = $1 AND s.start_at >= $2 AND s.start_at < $3
        ORDER BY s.start_at, s.id`,
      [user.employeeId, new Date(startOfLocalDay(from)), new Date(startOfLocalDay(addDays(to, 1)))],
    );
    // Colleagues: others on the same shift type, same department and day, in published periods.
    const colleagues: { shift_id: string; employee_id: string; first_name: string; last_name: string }[] =
      rows.length === 0
        ? []
        : await this.dataSource.query(
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
            [rows.map((r) => r.id)],
          );
    return {
      from,
      to,
      shifts: rows.map((r) => ({
        id: r.id,
        date: localDate(r.start_at.getTime()),
        startLocal: toLocalIso(r.start_at.getTime()),
        endLocal: toLocalIso(r.end_at.getTime()),
        breakMinutes: r.break_minutes,
        departmentId: r.department_id,
        departmentName: r.department_name,
        shiftTypeCode: r.code,
        shiftTypeName: r.name,
        colour: r.colour,
        note: r.note,
        colleagues: colleagues
          .filter((c) => c.shift_id === r.id)
          .map((c) => ({ employeeId: c.employee_id, firstName: c.first_name, lastName: c.last_name })),
      })),
    };
  }
}
