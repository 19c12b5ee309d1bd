import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { correlationIdOf } from '../http/correlation-id';
import { type Bilingual, DomainError, type FieldProblem } from './domain-error';
import { ERROR_STATUS, type ErrorCode } from './error-codes';
import { uniqueConstraintProblem } from './unique-constraints';

/** The one error body every endpoint returns (ARCHITECTURE.md "Errors"). */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  error: string;
  message: string;
  messageSv: string;
  details: { field: string; message: string; messageSv: string }[];
  correlationId: string;
  [extra: string]: unknown;
}

const HTTP_STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  429: 'TOO_MANY_REQUESTS',
};

const GENERIC: Partial<Record<ErrorCode, Bilingual>> = {
  VALIDATION_FAILED: { sv: 'Ogiltig begäran', en: 'Invalid request' },
  UNAUTHENTICATED: { sv: 'Du måste logga in', en: 'You need to log in' },
  FORBIDDEN: { sv: 'Du har inte behörighet till detta', en: 'You are not allowed to do this' },
  NOT_FOUND: { sv: 'Finns inte', en: 'Not found' },
  TOO_MANY_REQUESTS: {
    sv: 'För många försök. Vänta en stund och försök igen.',
    en: 'Too many attempts. Wait a while and try again.',
  },
  INTERNAL: {
    sv: 'Något gick fel hos oss. Ange felkoden om du kontaktar support.',
    en: 'Something went wrong on our side. Quote the error id if you contact support.',
  },
};

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<Request>();
    const response = ctx.getResponse<Response>();
    const correlationId = correlationIdOf(request);
    const { code, text, details, extra, status } = this.classify(exception);
    if (status >= 500) {
      this.logger.error(
        `${correlationId} ${request.method} ${request.originalUrl}: ${describeUnknown(exception)}`,
        exception instanceof Error ? exception.stack : undefined,
      );
    }
    const body: ErrorBody = {
      statusCode: status,
      code,
      error:
        HttpStatus[status]
          ?.replace(/_/g, ' ')
          .toLowerCase()
          .replace(/^\w/, (c) => c.toUpperCase()) ?? 'Error',
      message: text.en,
      messageSv: text.sv,
      details: details.map((d) => ({ field: d.field, message: d.message.en, messageSv: d.message.sv })),
      correlationId,
      ...extra,
    };
    response.status(status).json(body);
  }

  private classify(exception: unknown): {
    code: ErrorCode;
    text: Bilingual;
    details: FieldProblem[];
    extra: Record<string, unknown>;
    status: number;
  } {
    if (exception instanceof DomainError) {
      return {
        code: exception.code,
        text: exception.text,
        details: exception.details,
        extra: exception.extra,
        status: ERROR_STATUS[exception.code],
      };
    }
    if (exception instanceof QueryFailedError) {
      const driverError = exception.driverError as { code?: string; constraint?: string };
      if (driverError.code === '23505') {
        const problem = uniqueConstraintProblem(driverError.constraint);
        if (problem) {
          return { code: 'ALREADY_EXISTS', text: problem.message, details: [problem], extra: {}, status: 409 };
        }
      }
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = HTTP_STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
      const text = GENERIC[code] ?? { sv: exception.message, en: exception.message };
      // Body-parser errors (malformed JSON, too large) arrive as HttpExceptions with a useful English text.
      const en = status < 500 && status !== 404 && status !== 401 && status !== 403 ? exception.message : text.en;
      return { code, text: { sv: text.sv, en }, details: [], extra: {}, status };
    }
    return { code: 'INTERNAL', text: GENERIC.INTERNAL!, details: [], extra: {}, status: 500 };
  }
}

function describeUnknown(exception: unknown): string {
  return exception instanceof Error ? exception.message : String(exception);
}
