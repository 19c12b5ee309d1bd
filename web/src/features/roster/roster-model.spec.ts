import { describe, expect, test } from '@jest/globals';
import type { CoverageCell, RosterRow, RosterView, ShiftType, Violation } from '../../api/client';
import {
  COVERAGE_GROUP,
  OPEN_GROUP,
  OPEN_ROW,
  type RowFilters,
  type Severity,
  buildResources,
  employeeOfRow,
  indexViolations,
  isCoverageRow,
  rowMatches,
  summariseCoverage,
} from './roster-model';

const row = (
  id: string,
  lastName: string,
  profession: RosterRow['profession'],
  skillIds: string[] = [],
): RosterRow => ({
  employeeId: id,
  firstName: 'X',
  lastName,
  profession,
  employmentRate: 100,
  skillIds,
  homeDepartmentId: 'd',
  borrowed: false,
  isAgency: false,
  contractedHours: 153,
  plannedHours: 0,
});

const violation = (
  employeeId: string,
  severity: Violation['severity'],
  shiftIds: string[],
  from = '2026-09-08T21:30:00+02:00',
): Violation => ({
  ruleId: severity === 'hard' ? 'daily-rest' : 'contract-hours',
  severity,
  employeeId,
  shiftIds,
  from,
  to: from,
  measured: 9.5,
  limit: 11,
  unit: 'hours',
  source: 'ATL 13 §',
  message: { sv: 'sv', en: 'en' },
});

const cell = (over: Partial<CoverageCell>): CoverageCell => ({
  date: '2026-09-08',
  dayKind: 'tue',
  shiftTypeId: 'n',
  profession: 'sjukskoterska',
  skillId: null,
  min: 1,
  target: 1,
  planned: 1,
  missing: 0,
  open: 0,
  status: 'met',
  ...over,
});

describe('indexViolations', () => {
  test('a shift takes the worst severity it is involved in; employees list breaches first', () => {
    const index = indexViolations([
      violation('e1', 'soft', ['s1', 's2'], '2026-09-01T00:00:00+02:00'),
      violation('e1', 'hard', ['s2', 's3']),
      violation('e2', 'soft', []),
    ]);
    expect(Object.fromEntries(index.byShift)).toEqual({ s1: 'soft', s2: 'hard', s3: 'hard' });
    expect(index.byEmployee.get('e1')!.map((v) => v.severity)).toEqual(['hard', 'soft']);
    expect([index.hard, index.soft]).toEqual([1, 2]);
  });
});

describe('rowMatches', () => {
  const nurse = row('e1', 'A', 'sjukskoterska', ['iva']);
  test.each([
    [{ profession: '', skillId: '', problems: 'all' }, null, true],
    [{ profession: 'underskoterska', skillId: '', problems: 'all' }, null, false],
    [{ profession: 'sjukskoterska', skillId: 'iva', problems: 'all' }, null, true],
    [{ profession: '', skillId: 'dialys', problems: 'all' }, null, false],
    [{ profession: '', skillId: '', problems: 'hard' }, 'soft', false],
    [{ profession: '', skillId: '', problems: 'hard' }, 'hard', true],
    [{ profession: '', skillId: '', problems: 'any' }, 'soft', true],
    [{ profession: '', skillId: '', problems: 'any' }, null, false],
  ] as [RowFilters, Severity | null, boolean][])('%j with %s → %s', (filters, severity, expected) => {
    expect(rowMatches(nurse, filters, severity)).toBe(expected);
  });
});

describe('buildResources', () => {
  const types = [
    { id: 'd', startTime: '07:00' },
    { id: 'n', startTime: '21:15' },
    { id: 'k', startTime: '13:30' },
  ] as ShiftType[];
  const view = {
    rows: [row('e2', 'Berg', 'underskoterska'), row('e1', 'Ali', 'sjukskoterska'), row('e3', 'Öberg', 'sjukskoterska')],
    shiftTypes: types,
    coverage: [cell({ shiftTypeId: 'n' }), cell({ shiftTypeId: 'd' })],
  } as unknown as RosterView;

  test('open shifts first, staff grouped by profession, coverage rows only for shift types with needs', () => {
    const resources = buildResources(view, indexViolations([]), { profession: '', skillId: '', problems: 'all' });
    expect(resources.map((r) => r.id)).toEqual(['open', 'e2', 'e1', 'e3', 'coverage:d', 'coverage:n']);
    expect(resources[0].group).toBe(OPEN_GROUP);
    expect(resources.at(-1)!.group).toBe(COVERAGE_GROUP);
    // Groups sort by profession order (nurses before assistant nurses), then by name.
    const employees = resources
      .filter((r) => r.kind === 'employee')
      .sort((a, b) => `${a.group}${a.order}`.localeCompare(`${b.group}${b.order}`));
    expect(employees.map((r) => r.id)).toEqual(['e1', 'e3', 'e2']);
  });

  test('filters keep the open-shift and coverage rows', () => {
    const index = indexViolations([violation('e3', 'hard', [])]);
    const resources = buildResources(view, index, { profession: '', skillId: '', problems: 'hard' });
    expect(resources.map((r) => r.id)).toEqual(['open', 'e3', 'coverage:d', 'coverage:n']);
  });
});

describe('row ids', () => {
  test('the open row has no employee; coverage rows are recognised', () => {
    expect(employeeOfRow(OPEN_ROW)).toBeNull();
    expect(employeeOfRow('e1')).toBe('e1');
    expect(isCoverageRow('coverage:n')).toBe(true);
    expect(isCoverageRow('e1')).toBe(false);
    expect(isCoverageRow(undefined)).toBe(false);
  });
});

describe('summariseCoverage', () => {
  test('sums the requirements of a day and shift type; the worst status decides', () => {
    const [night, day] = summariseCoverage([
      cell({ shiftTypeId: 'n', planned: 2, min: 2, target: 3, status: 'below-target' }),
      cell({
        shiftTypeId: 'n',
        profession: null,
        skillId: 'iva',
        planned: 0,
        min: 1,
        target: 1,
        status: 'under-min',
        open: 1,
      }),
      cell({ shiftTypeId: 'd', planned: 4, min: 2, target: 3, status: 'over-target' }),
    ]);
    expect(night).toMatchObject({ shiftTypeId: 'n', planned: 2, min: 3, target: 4, open: 1, status: 'under-min' });
    expect(night.requirements).toHaveLength(2);
    expect(day).toMatchObject({ shiftTypeId: 'd', status: 'over-target', planned: 4 });
  });

  test('over target does not hide a day that is merely met elsewhere', () => {
    const [summary] = summariseCoverage([
      cell({ status: 'met' }),
      cell({ profession: 'underskoterska', status: 'over-target', planned: 2 }),
    ]);
    expect(summary.status).toBe('over-target');
  });
});
