import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ACCESS_RULE, type AccessRule } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { AuthService, SESSION_COOKIE } from './auth.service';

/**
 * Global guard, default-deny: a route must declare @Public() or @Roles(...). Department scope is
 * finer than a role and is enforced by the services.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule?.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    if (!rule) {
      this.logger.error(`${request.method} ${request.route?.path ?? request.url} has no access rule; denied`);
      throw DomainError.forbidden();
    }
    const token = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const user = await this.auth.resolve(token);
    if (!user) {
      throw new DomainError('UNAUTHENTICATED', { sv: 'Du måste logga in', en: 'You need to log in' });
    }
    if (!rule.roles.includes(user.role)) throw DomainError.forbidden();
    request.user = user;
    return true;
  }
}
