// Daily rest as forbidden successions: `to` may not follow `from` on the next day when the
// real time between the end of `from` and the start of `to` is below the minimum rest (AB § 13
// mom. 4: 11 h; ATL 13 §). The product passes `elapsedMinutes` built on the Stockholm time
// module so that the nights of the clock changes (23 h and 25 h days) are measured exactly;
// without it every day has 24 hours.
import type { ShiftTypeSpec, SuccessionSpec } from './model';

export interface DeriveSuccessionsOptions {
  days: number;
  minRestMinutes: number;
  /** Real minutes from the start of day 0 to local time `minuteOfDay` on `day` (may exceed 1440). */
  elapsedMinutes?: (day: number, minuteOfDay: number) => number;
}

export function deriveForbiddenSuccessions(shiftTypes: ShiftTypeSpec[], options: DeriveSuccessionsOptions): SuccessionSpec[] {
  const at = options.elapsedMinutes ?? ((day: number, minute: number) => day * 1440 + minute);
  const everyDay = new Map<string, number>();
  const perDay: SuccessionSpec[] = [];
  const timed = shiftTypes.filter((s) => s.startMinute !== undefined);
  for (let d = 0; d + 1 < options.days; d++) {
    for (const from of timed) {
      const end = at(d, from.startMinute! + (from.spanMinutes ?? from.minutes));
      for (const to of timed) {
        const rest = at(d + 1, to.startMinute!) - end;
        if (rest >= options.minRestMinutes) continue;
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
