// What every employee's evaluation shares: the period as instants and days, the rule set's
// parameters turned into numbers once, and the grids (weeks, 4-week blocks, reference periods).
import { type RosterSnapshot } from '../roster-document/roster-snapshot';
import { HOUR_MS, parseClockTime, type Instant } from '../time/stockholm';
import {
  dayNumberOfDate,
  firstDayOfMonthIndex,
  localMidnight,
  monthIndexOfDay,
  weekStartDayNumber,
} from '../time/intervals';
import { type RuleParameters } from './parameters';
import { type RuleId } from './rule-ids';

export interface EvaluationEnv {
  params: RuleParameters;
  rules: readonly RuleId[];
  periodStart: Instant;
  periodEnd: Instant;
  periodStartDay: number;
  /** Exclusive. */
  periodEndDay: number;
  publishedAt: Instant | null;
  nightStartMin: number;
  nightEndMin: number;
  nightWindowStartMin: number;
  nightWindowEndMin: number;
  earlyStartMin: number;
  /** First day of the fixed 4-week grid. */
  gridAnchorDay: number;
  dailyRestMs: number;
  weeklyRestMs: number;
}

export function evaluationEnv(snapshot: RosterSnapshot): EvaluationEnv {
  const params = snapshot.ruleSet.parameters;
  const periodStartDay = dayNumberOfDate(snapshot.period.start);
  return {
    params,
    rules: snapshot.ruleSet.rules,
    periodStart: snapshot.period.startInstant,
    periodEnd: snapshot.period.endInstant,
    periodStartDay,
    periodEndDay: dayNumberOfDate(snapshot.period.end) + 1,
    publishedAt: snapshot.publishedAt,
    nightStartMin: parseClockTime(params.nightStart),
    nightEndMin: parseClockTime(params.nightEnd),
    nightWindowStartMin: parseClockTime(params.nightWindowStart),
    nightWindowEndMin: parseClockTime(params.nightWindowEnd),
    earlyStartMin: parseClockTime(params.earlyStartBefore),
    gridAnchorDay: params.gridAnchor === null ? periodStartDay : dayNumberOfDate(params.gridAnchor),
    dailyRestMs: params.dailyRestHours * HOUR_MS,
    weeklyRestMs: params.weeklyRestHours * HOUR_MS,
  };
}

/** A fixed calendar window [startDay, endDay) of local days with its instants. */
export interface GridWindow {
  key: number;
  startDay: number;
  endDay: number;
  start: Instant;
  end: Instant;
}

export type GridKind = 'week' | 'month' | 'four-weeks' | 'reference' | 'year';

/** Key of the window of a grid that contains `day`. */
export function gridKey(env: EvaluationEnv, kind: GridKind, day: number): number {
  switch (kind) {
    case 'week':
      return weekStartDayNumber(day, env.params.weekStartDay);
    case 'month':
      return monthIndexOfDay(day);
    case 'year':
      return Math.floor(monthIndexOfDay(day) / 12);
    case 'four-weeks':
      return Math.floor((day - env.gridAnchorDay) / 28);
    case 'reference':
      return env.params.referencePeriod === 'months'
        ? Math.floor(monthIndexOfDay(day) / env.params.referencePeriodMonths)
        : Math.floor((day - env.gridAnchorDay) / (7 * env.params.referencePeriodWeeks));
  }
}

export function gridWindow(env: EvaluationEnv, kind: GridKind, key: number): GridWindow {
  let startDay: number;
  let endDay: number;
  switch (kind) {
    case 'week':
      startDay = key;
      endDay = key + 7;
      break;
    case 'month':
      startDay = firstDayOfMonthIndex(key);
      endDay = firstDayOfMonthIndex(key + 1);
      break;
    case 'year':
      startDay = firstDayOfMonthIndex(key * 12);
      endDay = firstDayOfMonthIndex(key * 12 + 12);
      break;
    case 'four-weeks':
      startDay = env.gridAnchorDay + 28 * key;
      endDay = startDay + 28;
      break;
    case 'reference':
      if (env.params.referencePeriod === 'months') {
        const months = env.params.referencePeriodMonths;
        startDay = firstDayOfMonthIndex(key * months);
        endDay = firstDayOfMonthIndex(key * months + months);
      } else {
        startDay = env.gridAnchorDay + 7 * env.params.referencePeriodWeeks * key;
        endDay = startDay + 7 * env.params.referencePeriodWeeks;
      }
      break;
  }
  return { key, startDay, endDay, start: localMidnight(startDay), end: localMidnight(endDay) };
}

/** Keys of the windows of a grid that intersect the evaluation period, in order. */
export function gridKeysInPeriod(env: EvaluationEnv, kind: GridKind): number[] {
  const keys: number[] = [];
  for (let key = gridKey(env, kind, env.periodStartDay); ; key = nextKey(kind, key)) {
    if (gridWindow(env, kind, key).startDay >= env.periodEndDay) break;
    keys.push(key);
  }
  return keys;
}

export function nextKey(kind: GridKind, key: number): number {
  return kind === 'week' ? key + 7 : key + 1;
}

const windowCache = new WeakMap<EvaluationEnv, Map<GridKind, GridWindow[]>>();

/** The windows of a grid that intersect the evaluation period (memoised per evaluation). */
export function windowsInPeriod(env: EvaluationEnv, kind: GridKind): readonly GridWindow[] {
  let byKind = windowCache.get(env);
  if (!byKind) windowCache.set(env, (byKind = new Map()));
  let windows = byKind.get(kind);
  if (!windows) byKind.set(kind, (windows = gridKeysInPeriod(env, kind).map((key) => gridWindow(env, kind, key))));
  return windows;
}
