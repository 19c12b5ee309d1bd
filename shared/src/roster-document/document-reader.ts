// Small path-tracking readers for untyped JSON: each problem is recorded with its JSON path and
// value, and reading goes on so that one pass reports every problem of a document.
import { TimeError, isCivilDate, parseClockTime, parseDateTime, type Instant } from '../time/stockholm';
import { type RosterDocumentIssue } from './roster-document-error';

const MAX_ISSUES = 100;

export class DocumentReader {
  readonly issues: RosterDocumentIssue[] = [];

  fail(path: string, value: unknown, message: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, value, message });
  }

  /** An object, with unknown keys reported (a misspelt optional field must not be silently ignored). */
  object(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, value, value === undefined ? 'is missing (required)' : 'must be an object');
      return null;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key))
        this.fail(join(path, key), record[key], `is not a known field (known: ${allowed.join(', ')})`);
    }
    return record;
  }

  array(value: unknown, path: string, required: boolean): unknown[] {
    if (value === undefined && !required) return [];
    if (!Array.isArray(value)) {
      this.fail(path, value, value === undefined ? 'is missing (required)' : 'must be an array');
      return [];
    }
    return value;
  }

  string(value: unknown, path: string, opts: { required: boolean; nonEmpty?: boolean }): string | null {
    if (value === undefined || value === null) {
      if (opts.required) this.fail(path, value, value === undefined ? 'is missing (required)' : 'must be a string');
      return null;
    }
    if (typeof value !== 'string') {
      this.fail(path, value, 'must be a string');
      return null;
    }
    if (opts.nonEmpty && value.trim() === '') {
      this.fail(path, value, 'must not be empty');
      return null;
    }
    return value;
  }

  number(
    value: unknown,
    path: string,
    opts: { default?: number; min: number; max: number; integer?: boolean },
  ): number | null {
    if (value === undefined && opts.default !== undefined) return opts.default;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(path, value, value === undefined ? 'is missing (required)' : 'must be a number');
      return null;
    }
    if (value < opts.min || value > opts.max) {
      this.fail(path, value, `must be between ${opts.min} and ${opts.max}`);
      return null;
    }
    if (opts.integer && !Number.isInteger(value)) {
      this.fail(path, value, 'must be a whole number');
      return null;
    }
    return value;
  }

  boolean(value: unknown, path: string, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.fail(path, value, 'must be true or false');
      return fallback;
    }
    return value;
  }

  date(value: unknown, path: string): string | null {
    const text = this.string(value, path, { required: true });
    if (text === null) return null;
    if (!isCivilDate(text)) {
      this.fail(path, text, 'is not a calendar date of the form YYYY-MM-DD');
      return null;
    }
    return text;
  }

  clock(value: unknown, path: string, fallback: string): { text: string; minutes: number } | null {
    if (value === undefined) return { text: fallback, minutes: parseClockTime(fallback) };
    const text = this.string(value, path, { required: true });
    if (text === null) return null;
    try {
      return { text, minutes: parseClockTime(text) };
    } catch {
      this.fail(path, text, 'is not a time of day of the form HH:mm');
      return null;
    }
  }

  /** A date-time: with an offset an exact instant, without it Stockholm wall-clock time. */
  dateTime(value: unknown, path: string, opts: { required: boolean }): Instant | null {
    const text = this.string(value, path, { required: opts.required });
    if (text === null) return null;
    try {
      return parseDateTime(text);
    } catch (error) {
      this.fail(path, text, timeProblem(error));
      return null;
    }
  }
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

export function timeProblem(error: unknown): string {
  if (error instanceof TimeError) {
    switch (error.code) {
      case 'NONEXISTENT_LOCAL_TIME':
        return 'does not exist in Europe/Stockholm (the clock jumps from 02:00 to 03:00 at the start of summer time)';
      case 'AMBIGUOUS_LOCAL_TIME':
        return 'happens twice in Europe/Stockholm (end of summer time); add an offset, +02:00 or +01:00';
      case 'INVALID_FORMAT':
        return 'is not a date-time of the form YYYY-MM-DDTHH:mm (optionally with an offset such as +01:00)';
    }
  }
  throw error;
}
