import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike } from '../common/database/escape-like';
import type { UserQueryDto } from './user.dto';
import { UserDepartmentScopeEntity } from './user-department-scope.entity';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(organisationId: string, query: UserQueryDto): Promise<[UserEntity[], number]> {
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.organisation_id = :organisationId', { organisationId });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.q) {
      qb.andWhere('(u.display_name ILIKE :q OR u.email ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    }
    return qb
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
  }

  findById(
    organisationId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { organisationId, id } });
  }

  findByIdForUpdate(manager: EntityManager, organisationId: string, id: string): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { organisationId, id }, lock: { mode: 'pessimistic_write' } });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
  }

  async scopesByUser(userIds: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return map;
    const rows = await this.dataSource
      .getRepository(UserDepartmentScopeEntity)
      .createQueryBuilder('s')
      .where('s.user_id IN (:...userIds)', { userIds })
      .orderBy('s.department_id')
      .getMany();
    for (const row of rows) map.get(row.userId)?.push(row.departmentId);
    return map;
  }

  async replaceScopes(manager: EntityManager, user: UserEntity, departmentIds: string[]): Promise<void> {
    await manager.delete(UserDepartmentScopeEntity, { userId: user.id });
    if (departmentIds.length === 0) return;
    await manager.insert(
      UserDepartmentScopeEntity,
      departmentIds.map((departmentId) => ({ userId: user.id, departmentId, organisationId: user.organisationId })),
    );
  }

  /** The scoped departments and every department below them in the tree. */
  async managedDepartmentIds(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH RECURSIVE managed AS (
         SELECT d.id FROM departments d
           JOIN user_department_scopes s ON s.department_id = d.id
          WHERE s.user_id = $1
         UNION
         SELECT c.id FROM departments c JOIN managed m ON c.parent_id = m.id
       )
       SELECT id FROM managed ORDER BY id`,
      [userId],
    );
    return rows.map((r) => r.id);
  }

  async recordLoginFailure(userId: string, now: Date, maxAttempts: number, lockMinutes: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE users
          SET failed_login_count = failed_login_count + 1,
              locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN $3::timestamptz + make_interval(mins => $4) ELSE locked_until END
        WHERE id = $1`,
      [userId, maxAttempts, now.toISOString(), lockMinutes],
    );
  }

  async recordLoginSuccess(userId: string, now: Date): Promise<void> {
    // Raw SQL on purpose: a login must not bump the row's version and make an admin's open edit stale.
    await this.dataSource.query(
      `UPDATE users SET failed_login_count = 0, locked_until = NULL, last_login_at = $2 WHERE id = $1`,
      [userId, now.toISOString()],
    );
  }
}
