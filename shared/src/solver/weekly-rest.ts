// Weekly rest over the model's day grid (model.ts, WeeklyRestSpec): the evaluator's scan, and the
// facts about a row the dynamic programme needs at the edges of a window. One definition of a
// rest is shared by all: from `wrRestStart` after a shift to the next shift's start, clipped to
// the week.
import { DAY_MINUTES, OFF, type CompiledModel } from './compile-model';

const NONE = Number.NEGATIVE_INFINITY;

/**
 * Calls `missed(firstDay, longestMinutes)` for every checked week of employee e's row without
 * the rest it needs; returns how many.
 */
export function scanWeeklyRest(
  cm: CompiledModel,
  x: Int16Array,
  e: number,
  missed?: (firstDay: number, longest: number) => void,
): number {
  const need = cm.wrMinutes[e];
  if (need === 0) return 0;
  const { H, S } = cm;
  const row = e * H;
  let restFrom = NONE;
  let longest = 0;
  let count = 0;
  for (let d = 0; d < H; d++) {
    const ws = cm.wrWeekStart[row + d];
    if (ws === d) longest = 0;
    const v = x[row + d];
    const clip = ws * DAY_MINUTES;
    if (v !== OFF) {
      if (ws >= 0) longest = Math.max(longest, d * DAY_MINUTES + cm.shiftStart[v] - Math.max(restFrom, clip));
      restFrom = d * DAY_MINUTES + cm.wrRestStart[e * S + v];
    }
    if (ws >= 0 && d === ws + 6) {
      longest = Math.max(longest, (d + 1) * DAY_MINUTES - Math.max(restFrom, clip));
      if (longest < need) {
        count++;
        missed?.(ws, longest);
      }
    }
  }
  return count;
}

/** Where the rest open at the end of day `day` began (minutes), or -Infinity before the row's first shift. */
export function openRestStart(cm: CompiledModel, x: Int16Array, e: number, day: number): number {
  const row = e * cm.H;
  for (let d = day; d >= 0; d--) {
    const v = x[row + d];
    if (v !== OFF) return d * DAY_MINUTES + cm.wrRestStart[e * cm.S + v];
  }
  return NONE;
}

/**
 * Whether the checked week holding day `day` already has its rest by the end of that day (rests
 * ended by a shift, or the one open at the day's end). True when the day is in no checked week.
 */
export function restMetBy(cm: CompiledModel, x: Int16Array, e: number, day: number): boolean {
  const ws = cm.wrWeekStart[e * cm.H + day];
  if (ws < 0) return true;
  const need = cm.wrMinutes[e];
  const row = e * cm.H;
  const clip = ws * DAY_MINUTES;
  let restFrom = ws > 0 ? openRestStart(cm, x, e, ws - 1) : NONE;
  for (let d = ws; d <= day; d++) {
    const v = x[row + d];
    if (v === OFF) continue;
    if (d * DAY_MINUTES + cm.shiftStart[v] - Math.max(restFrom, clip) >= need) return true;
    restFrom = d * DAY_MINUTES + cm.wrRestStart[e * cm.S + v];
  }
  return (day + 1) * DAY_MINUTES - Math.max(restFrom, clip) >= need;
}

/**
 * Days `firstDay`..end of the checked week starting at `ws`, as a window that ends before them
 * sees them: `nextStart` is where the first shift among them starts (the week's end if none),
 * `metAfter` whether they hold the rest without the time before that shift.
 */
export function restInWeek(
  cm: CompiledModel,
  x: Int16Array,
  e: number,
  ws: number,
  firstDay: number,
): { nextStart: number; metAfter: boolean } {
  const last = ws + 6;
  const weekEnd = (last + 1) * DAY_MINUTES;
  const need = cm.wrMinutes[e];
  const row = e * cm.H;
  let restFrom = NONE;
  let nextStart = weekEnd;
  for (let d = firstDay; d <= last; d++) {
    const v = x[row + d];
    if (v === OFF) continue;
    const start = d * DAY_MINUTES + cm.shiftStart[v];
    if (restFrom === NONE) nextStart = start;
    else if (start - restFrom >= need) return { nextStart, metAfter: true };
    restFrom = d * DAY_MINUTES + cm.wrRestStart[e * cm.S + v];
  }
  return { nextStart, metAfter: restFrom !== NONE && weekEnd - restFrom >= need };
}

/** Whether employee e's weekly rest can depend on days a..b (a checked week meets them or starts right after). */
export function weeklyRestTouches(cm: CompiledModel, e: number, a: number, b: number): boolean {
  if (cm.wrMinutes[e] === 0) return false;
  const row = e * cm.H;
  if (b + 1 < cm.H && cm.wrWeekStart[row + b + 1] === b + 1) return true;
  for (let d = a; d <= b; d++) if (cm.wrWeekStart[row + d] >= 0) return true;
  return false;
}

/**
 * The origin of the rest open at the end of day a − 1 (a day off), in the dynamic programme's
 * terms: 0 when the week's rest is met (or the day is in no checked week), 1 + s when it runs from
 * the shift s before it, `week` when it runs from the week's start.
 */
export function restOriginBefore(cm: CompiledModel, x: Int16Array, e: number, a: number, week: number): number {
  if (restMetBy(cm, x, e, a - 1)) return 0;
  const row = e * cm.H;
  let d = a - 1;
  while (d >= 0 && x[row + d] === OFF) d--;
  if (d < 0) return week;
  const v = x[row + d];
  const restFrom = d * DAY_MINUTES + cm.wrRestStart[e * cm.S + v];
  return restFrom > cm.wrWeekStart[row + a - 1] * DAY_MINUTES ? 1 + v : week;
}

/**
 * Most days an unfinished rest can run before it is surely long enough, whatever shift it
 * follows: the off-run lengths the dynamic programme must count exactly.
 */
export function longestUnfinishedRest(cm: CompiledModel, e: number): number {
  let most = 1;
  for (let s = 0; s < cm.S; s++) {
    most = Math.max(most, Math.ceil((cm.wrMinutes[e] + cm.wrRestStart[e * cm.S + s]) / DAY_MINUTES) - 1);
  }
  return most;
}
