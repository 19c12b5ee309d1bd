import type { ErrorCode } from './error-codes';

/** A message a person reads, in Swedish first and English second. */
export interface Bilingual {
  sv: string;
  en: string;
}

export interface FieldProblem {
  field: string;
  message: Bilingual;
}

/**
 * What services throw. The exception filter turns it into the one error shape; services never
 * know about HTTP.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: Bilingual,
    readonly details: FieldProblem[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(text.en);
    this.name = 'DomainError';
  }

  static notFound(what: Bilingual): DomainError {
    return new DomainError('NOT_FOUND', {
      sv: `${capitalise(what.sv)} finns inte`,
      en: `${capitalise(what.en)} not found`,
    });
  }

  static invalid(field: string, message: Bilingual): DomainError {
    return new DomainError('VALIDATION_FAILED', { sv: 'Ogiltiga uppgifter', en: 'Invalid input' }, [
      { field, message },
    ]);
  }

  static invalidFields(details: FieldProblem[]): DomainError {
    return new DomainError('VALIDATION_FAILED', { sv: 'Ogiltiga uppgifter', en: 'Invalid input' }, details);
  }

  static alreadyExists(field: string, message: Bilingual): DomainError {
    return new DomainError('ALREADY_EXISTS', message, [{ field, message }]);
  }

  static forbidden(): DomainError {
    return new DomainError('FORBIDDEN', {
      sv: 'Du har inte behörighet till detta',
      en: 'You are not allowed to do this',
    });
  }

  static versionConflict(current: unknown): DomainError {
    return new DomainError(
      'VERSION_CONFLICT',
      {
        sv: 'Någon annan har ändrat detta under tiden. Du ser nu den senaste versionen.',
        en: 'Someone else changed this in the meantime. You now see the latest version.',
      },
      [],
      { current },
    );
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
