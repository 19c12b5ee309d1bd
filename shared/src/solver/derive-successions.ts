// Rules between the shifts of two consecutive days, derived from the shift types' times.
// Daily rest as forbidden successions: `to` may not follow `from` on the next day when the real
// time between the end of `from` and the start of `to` is below the minimum rest (AB § 13 mom. 4:
// 11 h; ATL 13 §). Backward rotation as penalised successions: `to` starts earlier in the day than
// `from`, less than 24 h after it (healthy schedules; the engine's `backward-rotation`). The
// product passes `elapsedMinutes` built on the Stockholm time module so that the nights of the
// clock changes (23 h and 25 h days) are measured exactly; without it every day has 24 hours.
import type { ShiftTypeSpec, SuccessionSpec } from './model';

export interface DeriveSuccessionsOptions {
  days: number;
  /** Real minutes from the start of day 0 to local time `minuteOfDay` on `day` (may exceed 1440). */
  elapsedMinutes?: (day: number, minuteOfDay: number) => number;
}

type Clock = (day: number, minuteOfDay: number) => number;
type TimedType = ShiftTypeSpec & { startMinute: number };

export function deriveForbiddenSuccessions(
  shiftTypes: ShiftTypeSpec[],
  options: DeriveSuccessionsOptions & { minRestMinutes: number },
): SuccessionSpec[] {
  return successionsWhere(shiftTypes, options, (at, d, from, to) => {
    const end = at(d, from.startMinute + (from.spanMinutes ?? from.minutes));
    return at(d + 1, to.startMinute) - end < options.minRestMinutes;
  });
}

/** The backward rotations between consecutive days that the daily rest leaves possible or not. */
export function deriveBackwardRotations(
  shiftTypes: ShiftTypeSpec[],
  options: DeriveSuccessionsOptions & { weight: number },
): Array<SuccessionSpec & { weight: number }> {
  if (options.weight <= 0) return [];
  return successionsWhere(
    shiftTypes,
    options,
    (at, d, from, to) => to.startMinute < from.startMinute && at(d + 1, to.startMinute) - at(d, from.startMinute) < 1440,
  ).map((p) => ({ ...p, weight: options.weight }));
}

/** The pairs that hold on day d → d + 1: once without a day when they hold on every day. */
function successionsWhere(
  shiftTypes: ShiftTypeSpec[],
  options: DeriveSuccessionsOptions,
  holds: (at: Clock, day: number, from: TimedType, to: TimedType) => boolean,
): SuccessionSpec[] {
  const at: Clock = options.elapsedMinutes ?? ((day, minute) => day * 1440 + minute);
  const everyDay = new Map<string, number>();
  const perDay: SuccessionSpec[] = [];
  const timed = shiftTypes.filter((s): s is TimedType => s.startMinute !== undefined);
  for (let d = 0; d + 1 < options.days; d++) {
    for (const from of timed) {
      for (const to of timed) {
        if (!holds(at, d, from, to)) continue;
        const key = `${from.id}\u0000${to.id}`;
        everyDay.set(key, (everyDay.get(key) ?? 0) + 1);
        perDay.push({ from: from.id, to: to.id, day: d });
      }
    }
  }
  const out: SuccessionSpec[] = [];
  const global = new Set<string>();
  for (const [key, n] of everyDay) {
    if (n === options.days - 1) {
      global.add(key);
      const [from, to] = key.split('\u0000');
      out.push({ from, to });
    }
  }
  for (const p of perDay) if (!global.has(`${p.from}\u0000${p.to}`)) out.push(p);
  return out;
}
