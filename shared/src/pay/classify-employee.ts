// One employee's worked time → pay lines (issue 6; RULES.md A4, A5, Part B §2.3, §2.5, §3).
// Shifts without `overtime` are ordinary time, except the autumn DST hour, which is enkel övertid
// (AB-DST). Ordered time (`overtime: true`) is mertid for a part-timer up to the full-time measure
// of the week (counted like the rules engine: scheduled time, jour and leave on scheduled time,
// ATL 7 § st 2), overtime beyond it and for full-timers; overtime is enkel within the 2 hours before
// or after an ordinary shift (at most 2 h per shift, first come first served), kvalificerad
// otherwise (AB § 20). Jour/beredskap hours exclude the call-out work inside them (paid as work).
// Lines are per shift start date and category; hours are exact (rounding happens at export).
import { type EmployeeRoster, type Shift } from '../roster-document/roster-snapshot';
import { dateOfDayNumber, forEachLocalDay, localDayNumber, offsetAt, weekStartDayNumber } from '../time/intervals';
import { HOUR_MS, MINUTE_MS, type CivilDate } from '../time/stockholm';
import { addObTime } from './ob-hours';
import { payAgreementOn, type PayAgreementVersion } from './pay-agreement';
import { absenceCategory, comparePayCategories, type ObCategory, type PayCategory } from './pay-categories';
import { segmentsOf, workedMs, type WorkSegment } from './work-segments';

export interface PayLine {
  employeeId: string;
  /** Local date on which the shift (or absence) starts. */
  date: CivilDate;
  category: PayCategory;
  hours: number;
}

export interface PayClassificationOptions {
  agreements: readonly PayAgreementVersion[];
  /** ISO weekday on which the week grid starts (rule-set parameter `weekStartDay`), for mertid. */
  weekStartDay: number;
}

class LineAccumulator {
  private readonly ms = new Map<string, number>();

  add(date: CivilDate, category: PayCategory, ms: number): void {
    if (ms <= 0) return;
    const key = `${date}|${category}`;
    this.ms.set(key, (this.ms.get(key) ?? 0) + ms);
  }

  addOb(date: CivilDate, version: PayAgreementVersion, segments: readonly WorkSegment[]): void {
    if (segments.length === 0) return;
    const ob = new Map<ObCategory, number>();
    addObTime(version, segments, ob);
    for (const [category, ms] of ob) this.add(date, category, ms);
  }

  lines(employeeId: string): PayLine[] {
    const out: PayLine[] = [];
    for (const [key, ms] of this.ms) {
      const bar = key.indexOf('|');
      out.push({
        employeeId,
        date: key.slice(0, bar),
        category: key.slice(bar + 1) as PayCategory,
        hours: ms / HOUR_MS,
      });
    }
    return out.sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : comparePayCategories(a.category, b.category),
    );
  }
}

function dateOf(instant: number): CivilDate {
  return dateOfDayNumber(localDayNumber(instant));
}

/** The repeated hour of an October night shift: real time minus wall-clock time (0 otherwise). */
function autumnExtraMs(shift: Shift): number {
  const extra = (offsetAt(shift.start) - offsetAt(shift.end)) * MINUTE_MS;
  return extra > 0 ? extra : 0;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  const lo = a0 > b0 ? a0 : b0;
  const hi = a1 < b1 ? a1 : b1;
  return hi > lo ? hi - lo : 0;
}

export function classifyEmployee(roster: EmployeeRoster, options: PayClassificationOptions): PayLine[] {
  const { employee } = roster;
  const acc = new LineAccumulator();
  const versionCache = new Map<CivilDate, PayAgreementVersion>();
  const versionOn = (date: CivilDate) => {
    let v = versionCache.get(date);
    if (!v) versionCache.set(date, (v = payAgreementOn(options.agreements, date)));
    return v;
  };
  const partTime = employee.employmentRate < 100;
  const fullWeekMs = employee.fullTimeHoursPerWeek * HOUR_MS;
  const weekMs = new Map<number, number>();
  const countWeek = (day: number, ms: number) => {
    const week = weekStartDayNumber(day, options.weekStartDay);
    weekMs.set(week, (weekMs.get(week) ?? 0) + ms);
  };

  const work = roster.shifts.filter((s) => s.kind === 'work');
  const ordinary: Shift[] = [];
  const ordered: { date: CivilDate; segments: WorkSegment[] }[] = [];
  for (const shift of work) {
    const date = dateOf(shift.start);
    const segments = segmentsOf(shift);
    if (shift.overtime) {
      ordered.push({ date, segments });
      continue;
    }
    ordinary.push(shift);
    const worked = workedMs(segments);
    const extra = Math.min(autumnExtraMs(shift), worked);
    acc.add(date, 'ordinary', worked - extra);
    acc.add(date, 'overtime-simple', extra);
    acc.addOb(date, versionOn(date), segments);
    for (const s of segments) countWeek(s.day, (s.to - s.from) * s.weight);
  }

  for (const shift of roster.shifts) {
    if (shift.kind === 'work') continue;
    const date = dateOf(shift.start);
    const segments = segmentsOf(shift);
    let callOuts = 0;
    for (const w of work) callOuts += overlap(shift.start, shift.end, w.start, w.end);
    acc.add(date, shift.kind, workedMs(segments) - callOuts);
    if (shift.kind === 'on-call') for (const s of segments) countWeek(s.day, (s.to - s.from) * s.weight);
  }

  for (const absence of roster.absences) {
    if (absence.scheduledHours <= 0) continue;
    const ms = absence.scheduledHours * HOUR_MS;
    acc.add(dateOf(absence.start), absenceCategory(absence.type), ms);
    const total = absence.end - absence.start;
    forEachLocalDay(absence.start, absence.end, (day, from, to) => countWeek(day, (ms * (to - from)) / total));
  }

  const simpleLeft = new Map<Shift, number>();
  for (const { date, segments } of ordered) {
    const version = versionOn(date);
    const mertid: WorkSegment[] = [];
    const overtime: WorkSegment[] = [];
    for (const s of segments) {
      const worked = (s.to - s.from) * s.weight;
      if (!partTime) {
        overtime.push(s);
        continue;
      }
      const week = weekStartDayNumber(s.day, options.weekStartDay);
      const before = weekMs.get(week) ?? 0;
      const room = fullWeekMs - before > 0 ? fullWeekMs - before : 0;
      weekMs.set(week, before + worked);
      if (worked <= room) mertid.push(s);
      else if (room <= 0) overtime.push(s);
      else {
        const cut = s.from + room / s.weight;
        mertid.push({ ...s, to: cut });
        overtime.push({ ...s, from: cut });
      }
    }
    acc.add(date, 'mertid', workedMs(mertid));
    if (version.ob.onMertid) acc.addOb(date, version, mertid);
    const total = workedMs(overtime);
    const simple = simpleOvertimeMs(overtime, ordinary, simpleLeft, versionOn);
    acc.add(date, 'overtime-simple', simple);
    acc.add(date, 'overtime-qualified', total - simple);
    if (version.ob.onOvertime) acc.addOb(date, version, overtime);
  }
  return acc.lines(employee.id);
}

/**
 * Enkel overtime (AB § 20): the overtime inside [start − window, start) or [end, end + window) of
 * an ordinary shift, at most `simpleMaxHoursPerShift` per ordinary shift over both sides together.
 */
function simpleOvertimeMs(
  overtime: readonly WorkSegment[],
  ordinary: readonly Shift[],
  left: Map<Shift, number>,
  versionOn: (date: CivilDate) => PayAgreementVersion,
): number {
  let simple = 0;
  for (const seg of overtime) {
    const near: { shift: Shift; windows: [number, number][] }[] = [];
    for (const o of ordinary) {
      const { simpleWindowHours, simpleMaxHoursPerShift } = versionOn(dateOf(o.start)).overtime;
      const win = simpleWindowHours * HOUR_MS;
      if (o.start - win >= seg.to || o.end + win <= seg.from) continue;
      if (!left.has(o)) left.set(o, simpleMaxHoursPerShift * HOUR_MS);
      near.push({
        shift: o,
        windows: [
          [o.start - win, o.start],
          [o.end, o.end + win],
        ],
      });
    }
    if (near.length === 0) continue;
    const cuts = new Set<number>([seg.from, seg.to]);
    for (const n of near)
      for (const [a, b] of n.windows) for (const x of [a, b]) if (x > seg.from && x < seg.to) cuts.add(x);
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      let worked = (points[i + 1] - points[i]) * seg.weight;
      for (const n of near) {
        if (worked <= 0) break;
        if (!n.windows.some(([a, b]) => a <= points[i] && points[i] < b)) continue;
        const budget = left.get(n.shift)!;
        const take = worked < budget ? worked : budget;
        left.set(n.shift, budget - take);
        simple += take;
        worked -= take;
      }
    }
  }
  return simple;
}
