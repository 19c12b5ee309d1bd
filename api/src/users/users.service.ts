import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@bemanna/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SessionEntity } from '../auth/session.entity';
import { hashPassword } from '../auth/password';
import type { AuthUser } from '../common/auth/auth-user';
import { assertVersion } from '../common/database/check-version';
import { DomainError } from '../common/errors/domain-error';
import { type Page, pageOf } from '../common/http/pagination';
import { DepartmentsService } from '../departments/departments.service';
import { EmployeesService } from '../employees/employees.service';
import type { CreateUserDto, UpdateUserDto, UserQueryDto, UserView } from './user.dto';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

const USER = { sv: 'användaren', en: 'user' };
const EMAIL_TAKEN = {
  sv: 'Det finns redan en användare med den e-postadressen',
  en: 'A user with this e-mail already exists',
};

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly departments: DepartmentsService,
    private readonly employees: EmployeesService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: UserQueryDto): Promise<Page<UserView>> {
    const [rows, total] = await this.users.findPage(user.organisationId, query);
    const scopes = await this.users.scopesByUser(rows.map((r) => r.id));
    return pageOf(
      rows.map((r) => toView(r, scopes.get(r.id) ?? [])),
      total,
      query,
    );
  }

  async get(user: AuthUser, id: string): Promise<UserView> {
    const found = await this.users.findById(user.organisationId, id);
    if (!found) throw DomainError.notFound(USER);
    return toView(found, (await this.users.scopesByUser([id])).get(id) ?? []);
  }

  async create(user: AuthUser, dto: CreateUserDto): Promise<UserView> {
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (em) => {
      await this.assertReferences(em, user.organisationId, dto);
      if (await em.exists(UserEntity, { where: { email: dto.email } }))
        throw DomainError.alreadyExists('email', EMAIL_TAKEN);
      const saved = await em.save(
        em.create(UserEntity, {
          organisationId: user.organisationId,
          email: dto.email,
          displayName: dto.displayName,
          passwordHash,
          role: dto.role,
          employeeId: dto.employeeId ?? null,
          canOverrideRules: dto.canOverrideRules ?? false,
        }),
      );
      const departmentIds = [...(dto.departmentIds ?? [])].sort();
      await this.users.replaceScopes(em, saved, departmentIds);
      const view = toView(saved, departmentIds);
      await this.audit.record(em, user, { action: 'create', entityType: 'user', entityId: saved.id, after: view });
      return view;
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateUserDto): Promise<UserView> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    return this.dataSource.transaction(async (em) => {
      const target = await this.users.findByIdForUpdate(em, user.organisationId, id);
      if (!target) throw DomainError.notFound(USER);
      const scopes = (await this.users.scopesByUser([id])).get(id) ?? [];
      const before = toView(target, scopes);
      assertVersion(target, dto.version, () => before);
      if (id === user.userId && ((dto.role && dto.role !== 'admin') || dto.active === false)) {
        throw DomainError.invalid(dto.role ? 'role' : 'active', {
          sv: 'Du kan inte ta bort din egen administratörsbehörighet',
          en: 'You cannot remove your own administrator access',
        });
      }
      await this.assertReferences(em, user.organisationId, dto);
      if (dto.displayName !== undefined) target.displayName = dto.displayName;
      if (dto.role !== undefined) target.role = dto.role;
      if (dto.employeeId !== undefined) target.employeeId = dto.employeeId;
      if (dto.active !== undefined) target.active = dto.active;
      if (dto.canOverrideRules !== undefined) target.canOverrideRules = dto.canOverrideRules;
      if (passwordHash) {
        target.passwordHash = passwordHash;
        target.failedLoginCount = 0;
        target.lockedUntil = null;
      }
      const saved = await em.save(target);
      const departmentIds = dto.departmentIds ? [...dto.departmentIds].sort() : scopes;
      if (dto.departmentIds) await this.users.replaceScopes(em, saved, departmentIds);
      // A new password, a disabled login or a changed role must not leave old sessions alive.
      if (passwordHash || dto.active === false || (dto.role && dto.role !== before.role)) {
        await em.delete(SessionEntity, { userId: id });
      }
      const view = toView(saved, departmentIds);
      await this.audit.record(em, user, { action: 'update', entityType: 'user', entityId: id, before, after: view });
      return view;
    });
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    if (id === user.userId) {
      throw DomainError.invalid('id', { sv: 'Du kan inte ta bort dig själv', en: 'You cannot delete yourself' });
    }
    await this.dataSource.transaction(async (em) => {
      const target = await this.users.findByIdForUpdate(em, user.organisationId, id);
      if (!target) throw DomainError.notFound(USER);
      const before = toView(target, (await this.users.scopesByUser([id])).get(id) ?? []);
      await em.delete(UserEntity, { id });
      await this.audit.record(em, user, { action: 'delete', entityType: 'user', entityId: id, before });
    });
  }

  findByEmailForLogin(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(email.trim().toLowerCase());
  }

  recordLoginFailure(userId: string, now: Date, maxAttempts: number, lockMinutes: number): Promise<void> {
    return this.users.recordLoginFailure(userId, now, maxAttempts, lockMinutes);
  }

  recordLoginSuccess(userId: string, now: Date): Promise<void> {
    return this.users.recordLoginSuccess(userId, now);
  }

  /** What the guard attaches to a request: the user with their expanded department scope. */
  async authUserOf(user: UserEntity): Promise<AuthUser> {
    return {
      userId: user.id,
      organisationId: user.organisationId,
      role: user.role as Role,
      email: user.email,
      displayName: user.displayName,
      employeeId: user.employeeId,
      managedDepartmentIds: user.role === 'scheduler' ? await this.users.managedDepartmentIds(user.id) : [],
      canOverrideRules: user.role === 'admin' || user.canOverrideRules,
    };
  }

  private async assertReferences(
    em: EntityManager,
    organisationId: string,
    dto: { employeeId?: string | null; departmentIds?: string[] },
  ): Promise<void> {
    if (dto.employeeId) await this.employees.assertExists(organisationId, dto.employeeId, 'employeeId', em);
    if (dto.departmentIds) await this.departments.assertExist(organisationId, dto.departmentIds, 'departmentIds', em);
  }
}

function toView(u: UserEntity, departmentIds: string[]): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role as Role,
    employeeId: u.employeeId,
    departmentIds,
    active: u.active,
    canOverrideRules: u.canOverrideRules,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    version: u.version,
  };
}
