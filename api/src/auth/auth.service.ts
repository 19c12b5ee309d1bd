import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UsersService } from '../users/users.service';
import type { MeView } from './auth.dto';
import { decoyPasswordHash, verifyPassword } from './password';
import { SessionsRepository } from './sessions.repository';

export const SESSION_COOKIE = 'bemanna_session';
/** Idle timeout: long enough for a 13-hour shift with the app open, short enough for a shared ward computer. */
export const SESSION_IDLE_MS = 12 * 3_600_000;
const EXTEND_EVERY_MS = 60_000;
const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;

const INVALID_CREDENTIALS = new DomainError('INVALID_CREDENTIALS', {
  sv: 'Fel e-postadress eller lösenord',
  en: 'Wrong e-mail or password',
});

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Checks the password and opens a session; returns the raw token for the cookie. */
  async login(email: string, password: string): Promise<{ token: string; me: MeView }> {
    const now = this.clock.now();
    const user = await this.users.findByEmailForLogin(email);
    if (!user || !user.active) {
      await verifyPassword(await decoyPasswordHash(), password);
      throw INVALID_CREDENTIALS;
    }
    if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil);
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.users.recordLoginFailure(user.id, now, MAX_FAILED_LOGINS, LOCK_MINUTES);
      throw INVALID_CREDENTIALS;
    }
    await this.users.recordLoginSuccess(user.id, now);
    const token = randomBytes(32).toString('base64url');
    await this.sessions.create({
      organisationId: user.organisationId,
      userId: user.id,
      tokenHash: hashToken(token),
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    });
    const authUser = await this.users.authUserOf(user);
    await this.dataSource.transaction((em) =>
      this.audit.record(em, authUser, { action: 'login', entityType: 'user', entityId: user.id }),
    );
    return { token, me: await this.me(authUser) };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.sessions.deleteByTokenHash(hashToken(token));
  }

  /** The user behind a session cookie, sliding the idle timeout; null when the session is unknown or over. */
  async resolve(token: string | undefined): Promise<AuthUser | null> {
    if (!token) return null;
    const now = this.clock.now();
    const live = await this.sessions.findLive(hashToken(token), now);
    if (!live) return null;
    if (now.getTime() - live.session.lastSeenAt.getTime() > EXTEND_EVERY_MS) {
      await this.sessions.extend(live.session.id, now, new Date(now.getTime() + SESSION_IDLE_MS));
    }
    return this.users.authUserOf(live.user);
  }

  async me(user: AuthUser): Promise<MeView> {
    const organisation = await this.dataSource
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ id: user.organisationId });
    return {
      id: user.userId,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      employeeId: user.employeeId,
      organisationId: organisation.id,
      organisationName: organisation.name,
      managedDepartmentIds: user.managedDepartmentIds,
      canOverrideRules: user.canOverrideRules,
    };
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function lockedError(until: Date): DomainError {
  return new DomainError(
    'ACCOUNT_LOCKED',
    {
      sv: 'Kontot är tillfälligt spärrat efter för många misslyckade inloggningar. Försök igen om en stund.',
      en: 'The account is temporarily locked after too many failed logins. Try again in a while.',
    },
    [],
    { lockedUntil: until.toISOString() },
  );
}
