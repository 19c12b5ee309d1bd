import { describe, expect, test } from '@jest/globals';
import type { StaffingNeed } from '../../api/client';
import { cellErrors, copyMondayToWeek, emptyCells, linesFromNeeds, needsFromLines } from './needs-grid';

const need = (over: Partial<StaffingNeed>): StaffingNeed => ({
  id: 'x',
  dayKind: 'mon',
  shiftTypeId: 'n',
  profession: 'sjukskoterska',
  skillId: null,
  min: 2,
  target: 3,
  ...over,
});

describe('linesFromNeeds', () => {
  test('one line per shift type and requirement, in shift-type order', () => {
    const lines = linesFromNeeds(
      [
        need({ dayKind: 'mon' }),
        need({ dayKind: 'holiday', min: 1, target: 1 }),
        need({ shiftTypeId: 'd', profession: null, skillId: 'iva', min: 1, target: 1 }),
      ],
      ['d', 'k', 'n'],
    );
    expect(lines.map((l) => [l.shiftTypeId, l.profession, l.skillId])).toEqual([
      ['d', null, 'iva'],
      ['n', 'sjukskoterska', null],
    ]);
    expect(lines[1].cells.mon).toEqual({ min: '2', target: '3' });
    expect(lines[1].cells.holiday).toEqual({ min: '1', target: '1' });
    expect(lines[1].cells.tue).toEqual({ min: '', target: '' });
  });
});

describe('needsFromLines', () => {
  test('filled cells become needs; an empty target is the minimum, an empty minimum zero', () => {
    const cells = emptyCells();
    cells.mon = { min: '2', target: '' };
    cells.sat = { min: '', target: '1' };
    const { needs, origins } = needsFromLines([
      { key: 'k', shiftTypeId: 'n', profession: 'sjukskoterska', skillId: null, cells },
    ]);
    expect(needs).toEqual([
      { dayKind: 'mon', shiftTypeId: 'n', profession: 'sjukskoterska', skillId: null, min: 2, target: 2 },
      { dayKind: 'sat', shiftTypeId: 'n', profession: 'sjukskoterska', skillId: null, min: 0, target: 1 },
    ]);
    expect(origins).toEqual([
      { line: 0, dayKind: 'mon' },
      { line: 0, dayKind: 'sat' },
    ]);
  });

  test('round-trips what the API answers', () => {
    const saved = [need({ dayKind: 'mon' }), need({ dayKind: 'sun', min: 1, target: 2 })];
    const { needs } = needsFromLines(linesFromNeeds(saved, ['n']));
    expect(needs).toEqual(saved.map(({ id: _id, ...n }) => n));
  });
});

describe('cellErrors', () => {
  test('puts the API’s needs.<i>.<field> messages on the grid cell they came from', () => {
    const origins = [
      { line: 0, dayKind: 'mon' as const },
      { line: 1, dayKind: 'sat' as const },
    ];
    const errors = cellErrors(
      [
        {
          field: 'needs.1.min',
          message: 'The minimum cannot exceed the target',
          messageSv: 'Minimum kan inte vara större än målet',
        },
        { field: 'needs.0.profession', message: 'Give a profession', messageSv: 'Ange yrke' },
        { field: 'needs.0', message: 'Twice', messageSv: 'Två gånger' },
        { field: 'other', message: 'x', messageSv: 'x' },
      ],
      origins,
      true,
    );
    expect(Object.fromEntries(errors)).toEqual({
      '1|sat|min': 'Minimum kan inte vara större än målet',
      '0|line': 'Ange yrke',
    });
  });
});

describe('copyMondayToWeek', () => {
  test('fills the weekdays and leaves holidays alone', () => {
    const cells = emptyCells();
    cells.mon = { min: '1', target: '2' };
    cells.holiday = { min: '3', target: '3' };
    const line = copyMondayToWeek({ key: 'k', shiftTypeId: 'n', profession: null, skillId: null, cells });
    expect(line.cells.sun).toEqual({ min: '1', target: '2' });
    expect(line.cells.holiday).toEqual({ min: '3', target: '3' });
  });
});
