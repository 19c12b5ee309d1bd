// Worked time split at local midnights and classified before any aggregation (RULES.md Part B
// §0.6): ordinary, mertid, overtime (ATL 7, 10 §§; A5: `overtime: true` is mertid for a part-timer
// up to the week's full-time measure, overtime beyond), jour, beredskap; then the yearly split into
// allmän, extra (ATL 8 a, 10 a §§, with a recorded reason) and excess; nödfall (ATL 9 §) apart.
import { forEachLocalDay, localDayNumber, localMidnight } from '../time/intervals';
import { HOUR_MS } from '../time/stockholm';
import { gridKey } from './evaluation-env';
import { type EmployeeContext, KIND_STANDBY, KIND_WORK, clockWindowOverlap } from './employee-context';

export interface WorkPieces {
  count: number;
  shift: Int32Array;
  day: Int32Array;
  from: Float64Array;
  to: Float64Array;
  kind: Uint8Array;
  /** 1 for a piece of a shift flagged `overtime`. */
  flagged: Uint8Array;
  /** Working time in ms (for beredskap: its duration). */
  ms: Float64Array;
  /** Working time inside the night (ATL 13 a §). */
  night: Float64Array;
  ordinary: Float64Array;
  mertid: Float64Array;
  overtime: Float64Array;
  /** 1: nödfallsövertid/-mertid with the union notified, counted apart and not capped. */
  emergency: Uint8Array;
  /** 1: an emergency exception is recorded but the union was not notified (ATL 9 § st 2). */
  emergencyUnnotified: Uint8Array;
  extraMertid: Float64Array;
  extraOvertime: Float64Array;
  excessMertid: Float64Array;
  excessOvertime: Float64Array;
  /** Scheduled hours of absences (leave on scheduled time counts as worked) per local day. */
  absenceDay: number[];
  absenceMs: number[];
}

export function computeWorkPieces(ctx: EmployeeContext): WorkPieces {
  const { env } = ctx;
  let size = 0;
  for (let i = 0; i < ctx.n; i++) size += localDayNumber(ctx.end[i] - 1) - ctx.startDay[i] + 1;
  const p: WorkPieces = {
    count: 0,
    shift: new Int32Array(size),
    day: new Int32Array(size),
    from: new Float64Array(size),
    to: new Float64Array(size),
    kind: new Uint8Array(size),
    flagged: new Uint8Array(size),
    ms: new Float64Array(size),
    night: new Float64Array(size),
    ordinary: new Float64Array(size),
    mertid: new Float64Array(size),
    overtime: new Float64Array(size),
    emergency: new Uint8Array(size),
    emergencyUnnotified: new Uint8Array(size),
    extraMertid: new Float64Array(size),
    extraOvertime: new Float64Array(size),
    excessMertid: new Float64Array(size),
    excessOvertime: new Float64Array(size),
    absenceDay: [],
    absenceMs: [],
  };
  for (let i = 0; i < ctx.n; i++) {
    const shift = ctx.shifts[i];
    const duration = ctx.end[i] - ctx.start[i];
    const kind = ctx.kind[i];
    const factor = kind === KIND_STANDBY ? 1 : ctx.worked[i] / duration;
    const emergencyException = shift.overtime ? ctx.exception('emergency', i) : null;
    const flagged = shift.overtime ? 1 : 0;
    const emergency = emergencyException !== null && emergencyException.unionNotifiedAt !== null ? 1 : 0;
    const unnotified = emergencyException !== null && emergencyException.unionNotifiedAt === null ? 1 : 0;
    let day = ctx.startDay[i];
    for (let from = ctx.start[i]; from < ctx.end[i]; day++) {
      const midnight = localMidnight(day + 1);
      const to = midnight < ctx.end[i] ? midnight : ctx.end[i];
      let ms: number;
      let night: number;
      if (shift.breaks && kind !== KIND_STANDBY) {
        ms = to - from;
        night = clockWindowOverlap(from, to, day, env.nightStartMin, env.nightEndMin);
        for (const b of shift.breaks) {
          const bs = b.start > from ? b.start : from;
          const be = b.end < to ? b.end : to;
          if (be > bs) {
            ms -= be - bs;
            night -= clockWindowOverlap(bs, be, localDayNumber(bs), env.nightStartMin, env.nightEndMin);
          }
        }
      } else {
        ms = (to - from) * factor;
        night =
          kind === KIND_STANDBY ? 0 : clockWindowOverlap(from, to, day, env.nightStartMin, env.nightEndMin) * factor;
      }
      const k = p.count++;
      p.shift[k] = i;
      p.day[k] = day;
      p.from[k] = from;
      p.to[k] = to;
      p.kind[k] = kind;
      p.flagged[k] = flagged;
      p.ms[k] = ms;
      p.night[k] = night;
      p.ordinary[k] = kind === KIND_WORK && !flagged ? ms : 0;
      p.emergency[k] = emergency;
      p.emergencyUnnotified[k] = unnotified;
      from = to;
    }
  }
  for (const absence of ctx.roster.absences) {
    if (absence.scheduledHours <= 0) continue;
    const total = absence.end - absence.start;
    forEachLocalDay(absence.start, absence.end, (day, from, to) => {
      p.absenceDay.push(day);
      p.absenceMs.push((absence.scheduledHours * HOUR_MS * (to - from)) / total);
    });
  }
  classifyFlagged(ctx, p);
  splitYearly(ctx, p);
  return p;
}

/** Chronological order of the pieces of shifts flagged `overtime`. */
function flaggedInOrder(p: WorkPieces): number[] {
  const order: number[] = [];
  for (let k = 0; k < p.count; k++) if (p.flagged[k]) order.push(k);
  return order.sort((a, b) => p.from[a] - p.from[b] || a - b);
}

function classifyFlagged(ctx: EmployeeContext, p: WorkPieces): void {
  const { employee } = ctx.roster;
  const partTime = employee.employmentRate < 100;
  const flagged = flaggedInOrder(p);
  if (flagged.length === 0) return;
  if (!partTime) {
    for (const k of flagged) p.overtime[k] = p.ms[k];
    return;
  }
  // Week total before ordered time: scheduled time, jour and leave on scheduled time (ATL 7 § st 2).
  const fullWeek = employee.fullTimeHoursPerWeek * HOUR_MS;
  const running = new Map<number, number>();
  const add = (day: number, ms: number) => {
    const week = gridKey(ctx.env, 'week', day);
    running.set(week, (running.get(week) ?? 0) + ms);
  };
  for (let k = 0; k < p.count; k++) if (!p.flagged[k] && p.kind[k] !== KIND_STANDBY) add(p.day[k], p.ms[k]);
  for (let a = 0; a < p.absenceDay.length; a++) add(p.absenceDay[a], p.absenceMs[a]);
  for (const k of flagged) {
    const week = gridKey(ctx.env, 'week', p.day[k]);
    const before = running.get(week) ?? 0;
    const room = fullWeek - before > 0 ? fullWeek - before : 0;
    const mertid = p.ms[k] < room ? p.ms[k] : room;
    p.mertid[k] = mertid;
    p.overtime[k] = p.ms[k] - mertid;
    running.set(week, before + p.ms[k]);
  }
}

function splitYearly(ctx: EmployeeContext, p: WorkPieces): void {
  const { counters } = ctx.roster.employee;
  const { params } = ctx.env;
  let year = Number.NaN;
  let mertidUsed = 0;
  let extraMertidUsed = 0;
  let overtimeUsed = 0;
  let extraOvertimeUsed = 0;
  for (const k of flaggedInOrder(p)) {
    if (p.emergency[k]) continue;
    const pieceYear = gridKey(ctx.env, 'year', p.day[k]);
    if (pieceYear !== year) {
      year = pieceYear;
      const own = year === counters.year;
      mertidUsed = own ? counters.mertidHoursYtd * HOUR_MS : 0;
      extraMertidUsed = own ? counters.extraMertidHoursYtd * HOUR_MS : 0;
      overtimeUsed = own ? counters.overtimeHoursYtd * HOUR_MS : 0;
      extraOvertimeUsed = own ? counters.extraOvertimeHoursYtd * HOUR_MS : 0;
    }
    const i = p.shift[k];
    if (p.mertid[k] > 0) {
      const [general, extra, excess] = allocate(
        p.mertid[k],
        mertidUsed,
        params.mertidYearlyLimitHours * HOUR_MS,
        ctx.exception('extra-mertid', i) !== null,
        extraMertidUsed,
        params.extraMertidYearlyLimitHours * HOUR_MS,
      );
      mertidUsed += general;
      extraMertidUsed += extra;
      p.extraMertid[k] = extra;
      p.excessMertid[k] = excess;
    }
    if (p.overtime[k] > 0) {
      const [general, extra, excess] = allocate(
        p.overtime[k],
        overtimeUsed,
        params.overtimeYearlyLimitHours * HOUR_MS,
        ctx.exception('extra-overtime', i) !== null,
        extraOvertimeUsed,
        params.extraOvertimeYearlyLimitHours * HOUR_MS,
      );
      overtimeUsed += general;
      extraOvertimeUsed += extra;
      p.extraOvertime[k] = extra;
      p.excessOvertime[k] = excess;
    }
  }
}

/** Allmän first (prop. 2010/11:89 p. 49), then extra with a recorded reason, the rest is excess. */
function allocate(
  ms: number,
  used: number,
  cap: number,
  extraAllowed: boolean,
  extraUsed: number,
  extraCap: number,
): [number, number, number] {
  const general = Math.min(ms, Math.max(0, cap - used));
  const rest = ms - general;
  const extra = extraAllowed ? Math.min(rest, Math.max(0, extraCap - extraUsed)) : 0;
  return [general, extra, rest - extra];
}
