import { DAY_MS, MINUTE_MS, TimeError, instantAtLocalTime, parseDateTime } from '@bemanna/shared';
import { DomainError, type FieldProblem } from '../common/errors/domain-error';

const TIME_MESSAGES: Record<TimeError['code'], { sv: string; en: string }> = {
  INVALID_FORMAT: { sv: 'Ogiltig tidpunkt', en: 'Not a valid date and time' },
  NONEXISTENT_LOCAL_TIME: {
    sv: 'Tiden finns inte: klockan ställs fram en timme när sommartiden börjar',
    en: 'This time does not exist: clocks go forward an hour when summer time starts',
  },
  AMBIGUOUS_LOCAL_TIME: {
    sv: 'Tiden inträffar två gånger när vintertiden börjar; ange +02:00 (första) eller +01:00 (andra)',
    en: 'This time happens twice when summer time ends; give +02:00 (first) or +01:00 (second)',
  },
};

/** Parses a shift boundary (Stockholm wall clock, or an instant with offset) into epoch ms. */
export function parseShiftInstant(text: string, field: string): number {
  try {
    return parseDateTime(text);
  } catch (error) {
    if (error instanceof TimeError) throw DomainError.invalid(field, TIME_MESSAGES[error.code]);
    throw error;
  }
}

/** A shift type's local times on a date; an end not after the start falls on the next day. */
export function shiftTypeInterval(
  date: string,
  startMinute: number,
  endMinute: number,
): { start: number; end: number } {
  const endMinuteOfSpan = endMinute > startMinute ? endMinute : endMinute + 1440;
  try {
    return { start: instantAtLocalTime(date, startMinute), end: instantAtLocalTime(date, endMinuteOfSpan) };
  } catch (error) {
    if (error instanceof TimeError) throw DomainError.invalid('date', TIME_MESSAGES[error.code]);
    throw error;
  }
}

/** Problems with a shift's interval and break, as field messages (empty when fine). */
export function intervalProblems(start: number, end: number, breakMinutes: number): FieldProblem[] {
  if (end <= start) {
    return [
      {
        field: 'end',
        message: { sv: 'Passet måste sluta efter att det börjat', en: 'The shift must end after it starts' },
      },
    ];
  }
  if (end - start > DAY_MS) {
    return [
      { field: 'end', message: { sv: 'Ett pass kan vara högst 24 timmar', en: 'A shift can last at most 24 hours' } },
    ];
  }
  if (breakMinutes * MINUTE_MS >= end - start) {
    return [
      {
        field: 'breakMinutes',
        message: { sv: 'Rasten måste vara kortare än passet', en: 'The break must be shorter than the shift' },
      },
    ];
  }
  return [];
}
