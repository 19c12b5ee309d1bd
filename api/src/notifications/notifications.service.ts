import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { MailService } from '../mail/mail.service';
import { notificationMail } from '../mail/notification-mail';
import type { InboxView, NotificationView } from './notification.dto';
import { NotificationEntity } from './notification.entity';

export interface NewNotification {
  kind: string;
  title: { sv: string; en: string };
  body: { sv: string; en: string };
  link: string | null;
}

interface Recipient {
  id: string;
  email: string;
}

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly mail: MailService,
  ) {}

  /**
   * Notifies the logins of these employees (employees without a login get nothing), in the app and
   * by e-mail, inside the caller's transaction so the message exists exactly when the change does.
   */
  async notifyEmployees(
    em: EntityManager,
    organisationId: string,
    employeeIds: string[],
    message: NewNotification,
  ): Promise<number> {
    if (employeeIds.length === 0) return 0;
    const users: Recipient[] = await em.query(
      `SELECT id, email FROM users WHERE organisation_id = $1 AND employee_id = ANY($2::uuid[]) AND active ORDER BY id`,
      [organisationId, employeeIds],
    );
    return this.deliver(em, organisationId, users, message);
  }

  /** Notifies the schedulers responsible for a department (their scope is it or a department above it). */
  async notifySchedulers(
    em: EntityManager,
    organisationId: string,
    departmentId: string,
    message: NewNotification,
  ): Promise<number> {
    const users: Recipient[] = await em.query(
      `WITH RECURSIVE above AS (
              SELECT id, parent_id FROM departments WHERE id = $2 AND organisation_id = $1
              UNION ALL
              SELECT d.id, d.parent_id FROM departments d JOIN above a ON d.id = a.parent_id
            )
       SELECT DISTINCT u.id, u.email
         FROM users u
         JOIN user_department_scopes s ON s.user_id = u.id
        WHERE u.organisation_id = $1 AND u.role = 'scheduler' AND u.active AND s.department_id IN (SELECT id FROM above)
        ORDER BY u.id`,
      [organisationId, departmentId],
    );
    return this.deliver(em, organisationId, users, message);
  }

  /** One place for both channels: the inbox row and the e-mail copy come from the same message. */
  private async deliver(
    em: EntityManager,
    organisationId: string,
    users: Recipient[],
    message: NewNotification,
  ): Promise<number> {
    if (users.length === 0) return 0;
    await em.insert(
      NotificationEntity,
      users.map((u) => ({ organisationId, userId: u.id, ...message })),
    );
    const mail = notificationMail(message, this.mail.appUrl);
    await this.mail.enqueue(
      em,
      users.map((u) => ({ organisationId, userId: u.id, to: u.email, ...mail })),
    );
    return users.length;
  }

  async inbox(user: AuthUser): Promise<InboxView> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const [items, unread] = await Promise.all([
      repo.find({ where: { userId: user.userId }, order: { createdAt: 'DESC', id: 'ASC' }, take: 50 }),
      repo.count({ where: { userId: user.userId, readAt: IsNull() } }),
    ]);
    return { unread, items: items.map(toView) };
  }

  async markRead(user: AuthUser, id: string): Promise<NotificationView> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const notification = await repo.findOne({ where: { id, userId: user.userId } });
    if (!notification) throw DomainError.notFound({ sv: 'meddelandet', en: 'notification' });
    if (!notification.readAt) {
      notification.readAt = this.clock.now();
      await repo.save(notification);
    }
    return toView(notification);
  }

  async markAllRead(user: AuthUser): Promise<void> {
    await this.dataSource
      .getRepository(NotificationEntity)
      .update({ userId: user.userId, readAt: IsNull() }, { readAt: this.clock.now() });
  }
}

function toView(n: NotificationEntity): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
