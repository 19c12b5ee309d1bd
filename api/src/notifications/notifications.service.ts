import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import type { InboxView, NotificationView } from './notification.dto';
import { NotificationEntity } from './notification.entity';

export interface NewNotification {
  kind: string;
  title: { sv: string; en: string };
  body: { sv: string; en: string };
  link: string | null;
}

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Notifies the logins of these employees (employees without a login get nothing in-app),
   * inside the caller's transaction so the message exists exactly when the change does.
   */
  async notifyEmployees(
    em: EntityManager,
    organisationId: string,
    employeeIds: string[],
    message: NewNotification,
  ): Promise<number> {
    if (employeeIds.length === 0) return 0;
    const users: { id: string }[] = await em.query(
      `SELECT id FROM users WHERE organisation_id = $1 AND employee_id = ANY($2::uuid[]) AND active ORDER BY id`,
      [organisationId, employeeIds],
    );
    if (users.length === 0) return 0;
    await em.insert(
      NotificationEntity,
      users.map((u) => ({ organisationId, userId: u.id, ...message })),
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
