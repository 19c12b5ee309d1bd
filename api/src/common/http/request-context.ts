import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { correlationIdOf } from './correlation-id';

interface RequestContext {
  correlationId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Makes the correlation id reachable from services (the audit log records it) without threading it through every call. */
export function requestContext(req: Request, _res: Response, next: NextFunction): void {
  storage.run({ correlationId: correlationIdOf(req) }, next);
}

export function currentCorrelationId(): string | null {
  return storage.getStore()?.correlationId ?? null;
}
