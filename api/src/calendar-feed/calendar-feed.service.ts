import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import type { CalendarFeedView, CreatedCalendarFeedView } from './calendar-feed.dto';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { type FeedShift, shiftsCalendar } from './ical-calendar';

const FEED = { sv: 'kalenderlänken', en: 'calendar feed' };
/** How far back a feed reaches: enough to look up last month's shifts, small enough to stay fast. */
const HISTORY_DAYS = 62;

@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async status(user: AuthUser): Promise<CalendarFeedView> {
    const feed = await this.active(this.ownEmployee(user));
    return {
      active: !!feed,
      createdAt: feed?.createdAt.toISOString() ?? null,
      lastUsedAt: feed?.lastUsedAt?.toISOString() ?? null,
    };
  }

  /** A new secret URL; any earlier one stops working. */
  async create(user: AuthUser): Promise<CreatedCalendarFeedView> {
    const employeeId = this.ownEmployee(user);
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const saved = await this.dataSource.transaction(async (em) => {
      await em.update(CalendarFeedEntity, { employeeId, revokedAt: IsNull() }, { revokedAt: now });
      return em.save(
        em.create(CalendarFeedEntity, { organisationId: user.organisationId, employeeId, tokenHash: hash(token) }),
      );
    });
    return { path: `/api/calendar/${token}.ics`, createdAt: saved.createdAt.toISOString() };
  }

  async revoke(user: AuthUser): Promise<void> {
    const employeeId = this.ownEmployee(user);
    const result = await this.dataSource
      .getRepository(CalendarFeedEntity)
      .update({ employeeId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    if (!result.affected) throw DomainError.notFound(FEED);
  }

  /** The feed's calendar: the employee's shifts in published periods. Unknown or revoked tokens: 404. */
  async calendar(token: string): Promise<string> {
    const feed = await this.dataSource
      .getRepository(CalendarFeedEntity)
      .findOne({ where: { tokenHash: hash(token), revokedAt: IsNull() } });
    if (!feed) throw DomainError.notFound(FEED);
    const now = this.clock.now();
    await this.dataSource.getRepository(CalendarFeedEntity).update({ id: feed.id }, { lastUsedAt: now });
    const rows: {
      id: string;
      version: number;
      start_at: Date;
      end_at: Date;
      updated_at: Date;
      type_name: string | null;
      type_code: string | null;
      department_name: string;
      note: string | null;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.version, s.start_at, s.end_at, s.updated_at, st.name AS type_name, st.code AS type_code,
              d.name AS department_name, s.note
         FROM shifts s
         JOIN roster_periods p ON p.id = s.period_id AND p.state IN ('published', 'locked')
         JOIN departments d ON d.id = s.department_id
         LEFT JOIN shift_types st ON st.id = s.shift_type_id
        WHERE s.employee_id = $1 AND s.end_at > $2
        ORDER BY s.start_at, s.id`,
      [feed.employeeId, new Date(now.getTime() - HISTORY_DAYS * 86_400_000)],
    );
    const shifts: FeedShift[] = rows.map((r) => ({
      id: r.id,
      version: r.version,
      startAt: r.start_at,
      endAt: r.end_at,
      updatedAt: r.updated_at,
      shiftTypeName: r.type_name,
      shiftTypeCode: r.type_code,
      departmentName: r.department_name,
      note: r.note,
    }));
    return shiftsCalendar('Mitt schema (Bemanna)', shifts);
  }

  private ownEmployee(user: AuthUser): string {
    if (!user.employeeId) {
      throw new DomainError('FORBIDDEN', {
        sv: 'Kalenderlänken gäller ditt eget schema; din inloggning är inte kopplad till en anställd',
        en: 'The calendar feed is for your own schedule; your login is not linked to an employee',
      });
    }
    return user.employeeId;
  }

  private active(employeeId: string): Promise<CalendarFeedEntity | null> {
    return this.dataSource.getRepository(CalendarFeedEntity).findOne({ where: { employeeId, revokedAt: IsNull() } });
  }
}

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
