import type { Schemas } from './client';

type ErrorBody = Schemas['ErrorView'];
export type FieldError = Schemas['FieldErrorView'];
type Violation = Schemas['ViolationView'];

/** The API's one error shape, thrown by `call` so that queries and forms can read it. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageSv: string;
  readonly details: FieldError[];
  readonly correlationId: string | null;
  /** For VERSION_CONFLICT: the record as it is now on the server. */
  readonly current: unknown;
  /** For RULE_VIOLATION: the hard rules that refused the write (or the publishing). */
  readonly violations: Violation[];
  /** For a refused swap or open shift: why, in plain words (Swedish and English). */
  readonly reasons: { sv: string; en: string }[];

  constructor(
    status: number,
    body: Partial<ErrorBody> & { current?: unknown; violations?: unknown; reasons?: unknown },
  ) {
    super(body.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? (status === 0 ? 'NETWORK' : 'INTERNAL');
    this.messageSv = body.messageSv ?? this.message;
    this.details = Array.isArray(body.details) ? body.details : [];
    this.correlationId = body.correlationId ?? null;
    this.current = body.current;
    this.violations = Array.isArray(body.violations) ? (body.violations as Violation[]) : [];
    this.reasons = Array.isArray(body.reasons) ? (body.reasons as { sv: string; en: string }[]) : [];
  }

  /** The message in the UI's language (the server sends both). */
  localized(language: string): string {
    return language.startsWith('sv') ? this.messageSv : this.message;
  }
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError. */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch {
    throw new ApiError(0, { message: 'The server could not be reached', messageSv: 'Servern svarar inte' });
  }
  if (!result.response.ok) {
    const body = (typeof result.error === 'object' && result.error !== null ? result.error : {}) as Partial<ErrorBody>;
    throw new ApiError(result.response.status, body);
  }
  return result.data as T;
}

/** Field errors keyed by the form field they belong to (`skillIds[2]` belongs to `skillIds`). */
export function fieldErrors(error: unknown, language: string): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const d of error.details) {
    const field = d.field.replace(/[[.].*$/, '');
    out[field] ??= language.startsWith('sv') ? d.messageSv : d.message;
  }
  return out;
}
