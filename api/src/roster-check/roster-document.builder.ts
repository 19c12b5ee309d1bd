import { type RosterDocument, type RosterDocumentShift, addDays, toLocalIso } from '@bemanna/shared';

/** What the rules need to know about an employee, from the staff registry. */
export interface RuleEmployee {
  id: string;
  employmentRate: number;
  fullTimeHoursPerWeek: number;
  nightWorker: boolean;
  nightWorkBasis: boolean;
  dygnsbryt: string;
  agreement: string;
  skillCodes: string[];
}

export interface RuleShift {
  id: string;
  employeeId: string;
  startAt: Date;
  endAt: Date;
  breakMinutes: number;
  kind: string;
  requiredSkillCode: string | null;
  /** Ordered extra time (mertid/overtime) rather than scheduled time; what-if checks only. */
  overtime?: boolean;
}

export interface RuleAbsence {
  employeeId: string;
  type: string;
  startDate: string;
  /** Inclusive. */
  endDate: string;
}

/** Days of context before and after the evaluated window: rest before the first shift, the week around it. */
export const CONTEXT_DAYS = 14;

/**
 * The roster document (docs/roster-format.md) for some employees over a window: the same input
 * the command line and POST /api/rules/check take, so the API checks rosters exactly as they do.
 */
export function buildRosterDocument(input: {
  ruleSet: string;
  period: { start: string; end: string };
  publishedAt: Date | null;
  employees: RuleEmployee[];
  shifts: RuleShift[];
  absences?: RuleAbsence[];
}): RosterDocument {
  const shifts: RosterDocumentShift[] = input.shifts.map((s) => ({
    id: s.id,
    employeeId: s.employeeId,
    start: toLocalIso(s.startAt.getTime()),
    end: toLocalIso(s.endAt.getTime()),
    breakMinutes: s.breakMinutes,
    kind: s.kind as RosterDocumentShift['kind'],
    overtime: s.overtime ?? false,
    requiredSkill: s.requiredSkillCode,
  }));
  return {
    ruleSet: input.ruleSet,
    period: input.period,
    publishedAt: input.publishedAt ? toLocalIso(input.publishedAt.getTime()) : null,
    employees: input.employees.map((e) => ({
      id: e.id,
      employmentRate: e.employmentRate,
      fullTimeHoursPerWeek: e.fullTimeHoursPerWeek,
      nightWorker: e.nightWorker,
      nightWorkBasis: e.nightWorkBasis,
      skills: e.skillCodes,
      dygnsbryt: e.dygnsbryt,
    })),
    shifts,
    absences: (input.absences ?? []).map((a) => ({
      employeeId: a.employeeId,
      start: a.startDate,
      end: a.endDate,
      type: a.type,
    })),
  };
}

/** The window of shifts to load around [start, end] so rest and weekly rules see their context. */
export function contextWindow(period: { start: string; end: string }): { from: string; to: string } {
  return { from: addDays(period.start, -CONTEXT_DAYS), to: addDays(period.end, CONTEXT_DAYS + 1) };
}
