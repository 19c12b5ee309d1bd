import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@bemanna/shared';
import type { Request } from 'express';
import type { AuthUser } from './auth-user';

export const ACCESS_RULE = 'bemanna:access';

/** What a route allows. A route without one is denied to everybody (default-deny). */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Open without login (health check, login itself). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Logged-in users with one of these roles; finer department scope is checked in the service. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>().user;
  if (!user) throw new Error('CurrentUser used on a route without an authenticated user');
  return user;
});
