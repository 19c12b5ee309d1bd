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

function emptyHours(): HoursFigures {
  return {
    workedHours: 0,
    ordinaryHours: 0,
    mertidHours: 0,
    extraMertidHours: 0,
    overtimeHours: 0,
    extraOvertimeHours: 0,
    emergencyHours: 0,
    onCallHours: 0,
    standbyHours: 0,
    absenceHours: 0,
    nightHours: 0,
  };
}

export function employeeFigures(ctx: EmployeeContext): EmployeeFigures {
  const { env } = ctx;
  const p = ctx.work;
  const weeks = windowsInPeriod(env, 'week');
  const firstWeekDay = weeks[0].startDay;
  const weekMs = weeks.map(() => emptyHours());
  const periodMs = emptyHours();
  const add = (target: HoursFigures, k: number) => {
    const kind = p.kind[k];
    if (kind === KIND_STANDBY) {
      target.standbyHours += p.ms[k];
      return;
    }
    if (kind === KIND_ON_CALL) target.onCallHours += p.ms[k];
    target.ordinaryHours += p.ordinary[k];
    target.mertidHours += p.mertid[k];
    target.overtimeHours += p.overtime[k];
    target.extraMertidHours += p.extraMertid[k];
    target.extraOvertimeHours += p.extraOvertime[k];
    if (p.emergency[k]) target.emergencyHours += p.mertid[k] + p.overtime[k];
    target.workedHours += p.ms[k];
    target.nightHours += p.night[k];
  };
  for (let k = 0; k < p.count; k++) {
    const day = p.day[k];
    if (day >= env.periodStartDay && day < env.periodEndDay) add(periodMs, k);
    const w = (gridKey(env, 'week', day) - firstWeekDay) / 7;
    if (w >= 0 && w < weeks.length) add(weekMs[w], k);
  }
  for (let a = 0; a < p.absenceDay.length; a++) {
    const day = p.absenceDay[a];
    if (day >= env.periodStartDay && day < env.periodEndDay) periodMs.absenceHours += p.absenceMs[a];
    const w = (gridKey(env, 'week', day) - firstWeekDay) / 7;
    if (w >= 0 && w < weeks.length) weekMs[w].absenceHours += p.absenceMs[a];
  }
  const names = weekLabels(env, weeks);
  const longest = longestFreePerWeek(ctx, weeks);
  return {
    period: { ...toHours(periodMs), shortestDailyRest: shortestDailyRest(ctx) },
    weeks: weeks.map((w, i) => ({ week: names[i], start: dateOfDayNumber(w.startDay), ...toHours(weekMs[i]), longestRestHours: longest[i] / HOUR_MS })),
  };
}

function toHours(ms: HoursFigures): HoursFigures {
  const out = emptyHours();
  for (const key of Object.keys(ms) as (keyof HoursFigures)[]) out[key] = ms[key] / HOUR_MS;
  return out;
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
