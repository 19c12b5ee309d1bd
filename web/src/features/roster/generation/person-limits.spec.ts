import { describe, expect, test } from '@jest/globals';
import { ApiError } from '../../../api/api-error';
import {
  type EmployeeGenerationLimits,
  allAtInputs,
  draftOf,
  isEmptyDraft,
  requestOf,
  rowErrors,
} from './person-limits';

const person = {
  employeeId: 'e1',
  minHours: null,
  maxHours: 38.25,
  maxConsecutiveDays: 4,
  minConsecutiveDaysOff: null,
  maxWeekends: null,
  maxShiftsByType: [{ shiftTypeId: 'N', max: 0 }],
  version: 3,
} as EmployeeGenerationLimits;

describe('person limits', () => {
  test('a stored row becomes a draft and the same request again', () => {
    const draft = draftOf(person, 'sv');
    expect(draft.numbers).toMatchObject({ minHours: '', maxHours: '38,25', maxConsecutiveDays: '4' });
    expect(draftOf(person, 'en').numbers.maxHours).toBe('38.25');
    expect(requestOf(draft, 3, ['D', 'K', 'N'])).toEqual({
      body: { version: 3, maxHours: 38.25, maxConsecutiveDays: 4, maxShiftsByType: [{ shiftTypeId: 'N', max: 0 }] },
      capTypes: ['N'],
    });
    expect(isEmptyDraft(draft)).toBe(false);
    expect(
      isEmptyDraft(draftOf({ ...person, maxHours: null, maxConsecutiveDays: null, maxShiftsByType: [] }, 'sv')),
    ).toBe(true);
  });

  test('decimal commas are numbers; anything else goes as typed for the server to refuse', () => {
    const draft = draftOf(person, 'en');
    draft.numbers.minHours = '12,5';
    draft.numbers.maxHours = 'många';
    draft.caps.D = ' 2 ';
    const { body, capTypes } = requestOf(draft, 3, ['D', 'K', 'N']);
    expect(body).toMatchObject({ minHours: 12.5, maxHours: 'många' });
    expect(body.maxShiftsByType).toEqual([
      { shiftTypeId: 'D', max: 2 },
      { shiftTypeId: 'N', max: 0 },
    ]);
    expect(capTypes).toEqual(['D', 'N']);
  });

  test("the server's messages land on the inputs, a cap's by its place in the request", () => {
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      details: [
        { field: 'minHours', message: 'Too many', messageSv: 'För många' },
        { field: 'maxShiftsByType.1.shiftTypeId', message: 'Not here', messageSv: 'Inte här' },
      ],
    });
    expect(rowErrors(error, ['D', 'N'], 'sv')).toEqual({ minHours: 'För många', 'cap:N': 'Inte här' });
    expect(rowErrors(error, ['D', 'N'], 'en')['cap:N']).toBe('Not here');
    expect(rowErrors(new Error('x'), [], 'sv')).toEqual({});
    // Every message sits at its input, so the row needs no banner; one about the person does.
    expect(allAtInputs(error)).toBe(true);
    const elsewhere = new ApiError(400, { details: [{ field: 'employeeId', message: 'No', messageSv: 'Nej' }] });
    expect(allAtInputs(elsewhere)).toBe(false);
    expect(allAtInputs(new ApiError(409, { code: 'VERSION_CONFLICT' }))).toBe(false);
  });
});
