// Per-employee figures beside the verdicts (issue 3): ordinary, mertid, overtime, jour and night
// hours per week and for the period, and the rest periods (shortest daily rest, longest
// continuous free time per week). Hours are unrounded; weeks are whole weeks of the grid.
import { formatLocalIso, dateOfDayNumber } from '../time/intervals';
import { HOUR_MS, isoWeekOf, type CivilDate } from '../time/stockholm';
import { type EmployeeContext, KIND_ON_CALL, KIND_STANDBY } from './employee-context';
import { type EvaluationEnv, type GridWindow, gridKey, windowsInPeriod } from './evaluation-env';

export interface HoursFigures {
  /** ordinary + mertid + overtime + on-call. */
  workedHours: number;
  ordinaryHours: number;
  mertidHours: number;
  /** Part of mertidHours that is extra mertid (ATL 10 a §). */
  extraMertidHours: number;
  overtimeHours: number;
  /** Part of overtimeHours that is extra övertid (ATL 8 a §). */
  extraOvertimeHours: number;
  /** Part of mertid + overtime that is nödfall (ATL 9 §). */
  emergencyHours: number;
  onCallHours: number;
  standbyHours: number;
  /** Scheduled hours of absences (count as worked for ATL 7 § st 2, 10 b §). */
  absenceHours: number;
  /** Working time inside the night (ATL 13 a §, default 22–06). */
  nightHours: number;
}

export interface WeekFigures extends HoursFigures {
  /** ISO week 'YYYY-Www' when weeks start on Monday, otherwise the first date. */
  week: string;
  start: CivilDate;
  /** Longest continuous time free of work, jour and beredskap inside the week. */
  longestRestHours: number;
}

export interface RestFigure {
  from: string;
  to: string;
  hours: number;
}

export interface EmployeeFigures {
  period: HoursFigures & { shortestDailyRest: RestFigure | null };
  weeks: WeekFigures[];
}

const labels = new WeakMap<EvaluationEnv, string[]>();

function weekLabels(env: EvaluationEnv, weeks: readonly GridWindow[]): string[] {
  let result = labels.get(env);
  if (!result) {
    result = weeks.map((w) => {
      const date = dateOfDayNumber(w.startDay);
      if (env.params.weekStartDay !== 1) return date;
      const { year, week } = isoWeekOf(date);
      return `${year}-W${String(week).padStart(2, '0')}`;
    });
    labels.set(env, result);
  }
  return result;
}

const FIELDS = [
  'workedHours',
  'ordinaryHours',
  'mertidHours',
  'extraMertidHours',
  'overtimeHours',
  'extraOvertimeHours',
  'emergencyHours',
  'onCallHours',
  'standbyHours',
  'absenceHours',
  'nightHours',
] as const satisfies readonly (keyof HoursFigures)[];
const F = FIELDS.length;
const [WORKED, ORDINARY, MERTID, EXTRA_MERTID, OVERTIME, EXTRA_OVERTIME, EMERGENCY, ON_CALL, STANDBY, ABSENCE, NIGHT] =
  FIELDS.map((_, i) => i);

export function employeeFigures(ctx: EmployeeContext): EmployeeFigures {
  const { env } = ctx;
  const p = ctx.work;
  const weeks = windowsInPeriod(env, 'week');
  const firstWeekDay = weeks[0].startDay;
  // Row 0 is the period, row 1 + w week w; sums in ms, one flat array per employee.
  const sums = new Float64Array((weeks.length + 1) * F);
  for (let k = 0; k < p.count; k++) {
    const day = p.day[k];
    const w = (gridKey(env, 'week', day) - firstWeekDay) / 7;
    const inPeriod = day >= env.periodStartDay && day < env.periodEndDay;
    for (let pass = 0; pass < 2; pass++) {
      const row = pass === 0 ? (inPeriod ? 0 : -1) : w >= 0 && w < weeks.length ? 1 + w : -1;
      if (row < 0) continue;
      const o = row * F;
      const kind = p.kind[k];
      if (kind === KIND_STANDBY) {
        sums[o + STANDBY] += p.ms[k];
        continue;
      }
      if (kind === KIND_ON_CALL) sums[o + ON_CALL] += p.ms[k];
      sums[o + WORKED] += p.ms[k];
      sums[o + ORDINARY] += p.ordinary[k];
      sums[o + MERTID] += p.mertid[k];
      sums[o + OVERTIME] += p.overtime[k];
      sums[o + EXTRA_MERTID] += p.extraMertid[k];
      sums[o + EXTRA_OVERTIME] += p.extraOvertime[k];
      if (p.emergency[k]) sums[o + EMERGENCY] += p.mertid[k] + p.overtime[k];
      sums[o + NIGHT] += p.night[k];
    }
  }
  for (let a = 0; a < p.absenceDay.length; a++) {
    const day = p.absenceDay[a];
    if (day >= env.periodStartDay && day < env.periodEndDay) sums[ABSENCE] += p.absenceMs[a];
    const w = (gridKey(env, 'week', day) - firstWeekDay) / 7;
    if (w >= 0 && w < weeks.length) sums[(1 + w) * F + ABSENCE] += p.absenceMs[a];
  }
  const names = weekLabels(env, weeks);
  const longest = longestFreePerWeek(ctx, weeks);
  return {
    period: { ...hoursRow(sums, 0), shortestDailyRest: shortestDailyRest(ctx) },
    weeks: weeks.map((w, i) => ({
      week: names[i],
      start: dateOfDayNumber(w.startDay),
      ...hoursRow(sums, 1 + i),
      longestRestHours: longest[i] / HOUR_MS,
    })),
  };
}

function hoursRow(sums: Float64Array, row: number): HoursFigures {
  const o = row * F;
  return {
    workedHours: sums[o + WORKED] / HOUR_MS,
    ordinaryHours: sums[o + ORDINARY] / HOUR_MS,
    mertidHours: sums[o + MERTID] / HOUR_MS,
    extraMertidHours: sums[o + EXTRA_MERTID] / HOUR_MS,
    overtimeHours: sums[o + OVERTIME] / HOUR_MS,
    extraOvertimeHours: sums[o + EXTRA_OVERTIME] / HOUR_MS,
    emergencyHours: sums[o + EMERGENCY] / HOUR_MS,
    onCallHours: sums[o + ON_CALL] / HOUR_MS,
    standbyHours: sums[o + STANDBY] / HOUR_MS,
    absenceHours: sums[o + ABSENCE] / HOUR_MS,
    nightHours: sums[o + NIGHT] / HOUR_MS,
  };
}

function longestFreePerWeek(ctx: EmployeeContext, weeks: readonly GridWindow[]): number[] {
  const busy = ctx.busy;
  const blocks = busy.start.length;
  const result: number[] = [];
  let g = 0;
  for (const week of weeks) {
    while (g < blocks && busy.start[g] <= week.start) g++;
    let longest = 0;
    for (let k = g; k <= blocks; k++) {
      const from = k === 0 ? week.start : Math.max(busy.end[k - 1], week.start);
      if (from >= week.end) break;
      const to = k === blocks ? week.end : Math.min(busy.start[k], week.end);
      if (to - from > longest) longest = to - from;
    }
    result.push(longest);
  }
  return result;
}

function shortestDailyRest(ctx: EmployeeContext): RestFigure | null {
  const duty = ctx.duty;
  const { periodStart, periodEnd } = ctx.env;
  let best = -1;
  for (let g = 1; g < duty.start.length; g++) {
    if (duty.start[g] < periodStart || duty.start[g] >= periodEnd) continue;
    if (best < 0 || duty.start[g] - duty.end[g - 1] < duty.start[best] - duty.end[best - 1]) best = g;
  }
  if (best < 0) return null;
  return {
    from: formatLocalIso(duty.end[best - 1]),
    to: formatLocalIso(duty.start[best]),
    hours: (duty.start[best] - duty.end[best - 1]) / HOUR_MS,
  };
}
