// Staffing coverage (bemanning mot behov): per day × shift type × requirement, how many are
// planned against the department's minimum and target. Needs for public holidays and holiday
// eves replace the weekday's needs on those dates.
import { swedishHolidays } from '../pay/swedish-holidays';
import { type CivilDate, addDays, parseCivilDate, weekdayOf } from '../time/stockholm';
import { type Profession } from '../staff/staff-vocabulary';

export const DAY_KINDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'holiday', 'holiday-eve'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

const WEEKDAY_KINDS: readonly DayKind[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A specialist nurse or a midwife is also a registered nurse when a need asks for one. */
const ALSO_COUNTS_AS: Partial<Record<Profession, readonly Profession[]>> = {
  specialistsjukskoterska: ['sjukskoterska'],
  barnmorska: ['sjukskoterska'],
};

export interface CoverageNeed {
  dayKind: DayKind;
  shiftTypeId: string;
  profession: Profession | null;
  skillId: string | null;
  min: number;
  target: number;
}

export interface CoverageShift {
  shiftTypeId: string | null;
  /** Stockholm date the shift starts on. */
  date: CivilDate;
  employee: { profession: Profession; skillIds: readonly string[] } | null;
}

export type CoverageStatus = 'under-min' | 'below-target' | 'met' | 'over-target';

export interface CoverageCell {
  date: CivilDate;
  dayKind: DayKind;
  shiftTypeId: string;
  profession: Profession | null;
  skillId: string | null;
  min: number;
  target: number;
  planned: number;
  /** People still needed to reach the minimum. */
  missing: number;
  /** Unassigned shifts of the type on the date: filling them would add to `planned`. */
  open: number;
  status: CoverageStatus;
}

/** The kind of day a date is, for choosing its needs: a holiday or eve first, else the weekday. */
export function dayKindOf(date: CivilDate): DayKind {
  const holiday = holidaysOfYear(parseCivilDate(date).year).get(date);
  if (holiday) return holiday;
  return WEEKDAY_KINDS[weekdayOf(date) - 1];
}

const holidayCache = new Map<number, Map<CivilDate, DayKind>>();
function holidaysOfYear(year: number): Map<CivilDate, DayKind> {
  let days = holidayCache.get(year);
  if (!days) {
    days = new Map(swedishHolidays(year).map((h) => [h.date, h.kind === 'eve' ? 'holiday-eve' : 'holiday'] as const));
    holidayCache.set(year, days);
  }
  return days;
}

/** Needs that apply on a date: holiday/eve needs when the department has any for that kind, else the weekday's. */
export function needsFor(date: CivilDate, needs: readonly CoverageNeed[]): { dayKind: DayKind; needs: CoverageNeed[] } {
  const kind = dayKindOf(date);
  const special = needs.filter((n) => n.dayKind === kind);
  if (kind === 'holiday' || kind === 'holiday-eve') {
    if (special.length > 0) return { dayKind: kind, needs: special };
    const weekday = WEEKDAY_KINDS[weekdayOf(date) - 1];
    return { dayKind: weekday, needs: needs.filter((n) => n.dayKind === weekday) };
  }
  return { dayKind: kind, needs: special };
}

export function satisfies(
  employee: { profession: Profession; skillIds: readonly string[] },
  need: CoverageNeed,
): boolean {
  if (
    need.profession &&
    employee.profession !== need.profession &&
    !ALSO_COUNTS_AS[employee.profession]?.includes(need.profession)
  ) {
    return false;
  }
  return !need.skillId || employee.skillIds.includes(need.skillId);
}

export function coverageStatus(planned: number, min: number, target: number): CoverageStatus {
  if (planned < min) return 'under-min';
  if (planned < target) return 'below-target';
  return planned === target ? 'met' : 'over-target';
}

/** Coverage of every need on every date from `start` to `end` (inclusive), in date, shift type, requirement order. */
export function computeCoverage(input: {
  start: CivilDate;
  end: CivilDate;
  needs: readonly CoverageNeed[];
  shifts: readonly CoverageShift[];
}): CoverageCell[] {
  const byDayAndType = new Map<string, CoverageShift[]>();
  for (const s of input.shifts) {
    if (!s.shiftTypeId) continue;
    const key = `${s.date}|${s.shiftTypeId}`;
    const list = byDayAndType.get(key);
    if (list) list.push(s);
    else byDayAndType.set(key, [s]);
  }
  const cells: CoverageCell[] = [];
  for (let date = input.start; date <= input.end; date = addDays(date, 1)) {
    const { dayKind, needs } = needsFor(date, input.needs);
    const ordered = [...needs].sort(
      (a, b) =>
        a.shiftTypeId.localeCompare(b.shiftTypeId) ||
        (a.profession ?? '').localeCompare(b.profession ?? '') ||
        (a.skillId ?? '').localeCompare(b.skillId ?? ''),
    );
    for (const need of ordered) {
      const shifts = byDayAndType.get(`${date}|${need.shiftTypeId}`) ?? [];
      const planned = shifts.filter((s) => s.employee && satisfies(s.employee, need)).length;
      cells.push({
        date,
        dayKind,
        shiftTypeId: need.shiftTypeId,
        profession: need.profession,
        skillId: need.skillId,
        min: need.min,
        target: need.target,
        planned,
        missing: Math.max(0, need.min - planned),
        open: shifts.filter((s) => !s.employee).length,
        status: coverageStatus(planned, need.min, need.target),
      });
    }
  }
  return cells;
}
