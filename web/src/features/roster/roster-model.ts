import { PROFESSIONS, type Profession } from '@bemanna/shared';
import type { CoverageCell, RosterRow, RosterView, ShiftType, Violation } from '../../api/client';

// The roster view as the calendar shows it: rows (resources) and their order, which shifts break
// which rules, and coverage summed per day and shift type. Pure functions of the API's answer.

export const OPEN_ROW = 'open';
const COVERAGE_PREFIX = 'coverage:';

export type Severity = Violation['severity'];
export type CoverageStatus = CoverageCell['status'];

export interface RowFilters {
  profession: Profession | '';
  skillId: string;
  /** 'hard': rows with rule breaches; 'any': with breaches or warnings. */
  problems: 'all' | 'hard' | 'any';
}

export type RowResource =
  | { id: string; group: string; order: string; kind: 'employee'; row: RosterRow; severity: Severity | null }
  | { id: string; group: string; order: string; kind: 'open' }
  | { id: string; group: string; order: string; kind: 'coverage'; shiftType: ShiftType };

export interface ViolationIndex {
  /** The worst severity a shift is involved in. */
  byShift: Map<string, Severity>;
  /** Each employee's violations, breaches before warnings, in time order. */
  byEmployee: Map<string, Violation[]>;
  hard: number;
  soft: number;
}

export function indexViolations(violations: readonly Violation[]): ViolationIndex {
  const byShift = new Map<string, Severity>();
  const byEmployee = new Map<string, Violation[]>();
  let hard = 0;
  for (const v of violations) {
    if (v.severity === 'hard') hard += 1;
    for (const id of v.shiftIds) if (byShift.get(id) !== 'hard') byShift.set(id, v.severity);
    const list = byEmployee.get(v.employeeId);
    if (list) list.push(v);
    else byEmployee.set(v.employeeId, [v]);
  }
  for (const list of byEmployee.values()) list.sort(compareViolations);
  return { byShift, byEmployee, hard, soft: violations.length - hard };
}

function compareViolations(a: Violation, b: Violation): number {
  return (
    (a.severity === b.severity ? 0 : a.severity === 'hard' ? -1 : 1) ||
    a.from.localeCompare(b.from) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export function worstSeverity(violations: readonly Violation[] | undefined): Severity | null {
  if (!violations || violations.length === 0) return null;
  return violations.some((v) => v.severity === 'hard') ? 'hard' : 'soft';
}

export function rowMatches(row: RosterRow, filters: RowFilters, severity: Severity | null): boolean {
  if (filters.profession && row.profession !== filters.profession) return false;
  if (filters.skillId && !row.skillIds.includes(filters.skillId)) return false;
  if (filters.problems === 'hard' && severity !== 'hard') return false;
  if (filters.problems === 'any' && severity === null) return false;
  return true;
}

export function professionGroup(profession: Profession): string {
  return `1-${String(PROFESSIONS.indexOf(profession)).padStart(2, '0')}-${profession}`;
}

export const OPEN_GROUP = '0-open';
export const COVERAGE_GROUP = '9-coverage';

/**
 * Calendar rows: open shifts first, then the staff grouped by profession and sorted by name, then
 * one coverage row per shift type that has needs (the coverage strip under the grid).
 */
export function buildResources(view: RosterView, index: ViolationIndex, filters: RowFilters): RowResource[] {
  const resources: RowResource[] = [{ id: OPEN_ROW, group: OPEN_GROUP, order: '', kind: 'open' }];
  for (const row of view.rows) {
    const severity = worstSeverity(index.byEmployee.get(row.employeeId));
    if (!rowMatches(row, filters, severity)) continue;
    resources.push({
      id: row.employeeId,
      group: professionGroup(row.profession),
      order: `${row.lastName} ${row.firstName}`.toLocaleLowerCase('sv'),
      kind: 'employee',
      row,
      severity,
    });
  }
  const needed = new Set(view.coverage.map((c) => c.shiftTypeId));
  for (const type of view.shiftTypes) {
    if (!needed.has(type.id)) continue;
    resources.push({
      id: `${COVERAGE_PREFIX}${type.id}`,
      group: COVERAGE_GROUP,
      order: type.startTime,
      kind: 'coverage',
      shiftType: type,
    });
  }
  return resources;
}

export function isCoverageRow(resourceId: string | undefined): boolean {
  return Boolean(resourceId?.startsWith(COVERAGE_PREFIX));
}

export function coverageRowId(shiftTypeId: string): string {
  return `${COVERAGE_PREFIX}${shiftTypeId}`;
}

/** The employee a row stands for; null for the open-shifts row. */
export function employeeOfRow(resourceId: string): string | null {
  return resourceId === OPEN_ROW ? null : resourceId;
}

export interface CoverageSummary {
  date: string;
  shiftTypeId: string;
  status: CoverageStatus;
  planned: number;
  min: number;
  target: number;
  open: number;
  /** The requirement rows (profession / skill), for the "who is missing" list. */
  requirements: CoverageCell[];
}

const STATUS_WEIGHT: Record<CoverageStatus, number> = { 'under-min': 3, 'below-target': 2, 'over-target': 1, met: 0 };

/**
 * One figure per day and shift type: the worst requirement decides the colour; the numbers are
 * the sums over its requirement rows (planned against minimum and target).
 */
export function summariseCoverage(cells: readonly CoverageCell[]): CoverageSummary[] {
  const byKey = new Map<string, CoverageSummary>();
  for (const c of cells) {
    const key = `${c.date}|${c.shiftTypeId}`;
    const s = byKey.get(key);
    if (!s) {
      byKey.set(key, {
        date: c.date,
        shiftTypeId: c.shiftTypeId,
        status: c.status,
        planned: c.planned,
        min: c.min,
        target: c.target,
        open: c.open,
        requirements: [c],
      });
      continue;
    }
    s.planned += c.planned;
    s.min += c.min;
    s.target += c.target;
    s.open = Math.max(s.open, c.open);
    s.requirements.push(c);
    if (STATUS_WEIGHT[c.status] > STATUS_WEIGHT[s.status]) s.status = c.status;
  }
  return [...byKey.values()];
}
