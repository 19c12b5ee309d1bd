// A shift's working time as pieces of real time split at local midnight (RULES.md Part B §0.6),
// each with a weight: 1 where the time is worked; for a shift whose rast has no given placement,
// (length − rast) / length over the whole shift, the same reading as the rules engine's
// work-pieces.ts, so no rast position is invented. Worked time of a piece = (to − from) × weight.
import { type Shift } from '../roster-document/roster-snapshot';
import { forEachLocalDay } from '../time/intervals';
import { MINUTE_MS, type Instant } from '../time/stockholm';

export interface WorkSegment {
  /** Local day number (time/intervals) the piece lies in. */
  day: number;
  from: Instant;
  to: Instant;
  weight: number;
}

export function segmentsOf(shift: Shift): WorkSegment[] {
  const out: WorkSegment[] = [];
  const { breaks } = shift;
  if (breaks && breaks.length > 0) {
    let cursor = shift.start;
    for (const b of [...breaks, { start: shift.end, end: shift.end }]) {
      if (b.start > cursor) forEachLocalDay(cursor, b.start, (day, from, to) => out.push({ day, from, to, weight: 1 }));
      cursor = b.end > cursor ? b.end : cursor;
    }
    return out;
  }
  const duration = shift.end - shift.start;
  const weight = shift.kind === 'standby' ? 1 : (duration - shift.breakMinutes * MINUTE_MS) / duration;
  forEachLocalDay(shift.start, shift.end, (day, from, to) => out.push({ day, from, to, weight }));
  return out;
}

export function workedMs(segments: readonly WorkSegment[]): number {
  let sum = 0;
  for (const s of segments) sum += (s.to - s.from) * s.weight;
  return sum;
}

/** Splits chronologically ordered segments after `ms` of worked time: [the first ms, the rest]. */
export function splitAfterWorked(segments: readonly WorkSegment[], ms: number): [WorkSegment[], WorkSegment[]] {
  const head: WorkSegment[] = [];
  const tail: WorkSegment[] = [];
  let left = ms;
  for (const s of segments) {
    const worked = (s.to - s.from) * s.weight;
    if (left <= 0) tail.push(s);
    else if (worked <= left) {
      head.push(s);
      left -= worked;
    } else {
      const cut = s.from + left / s.weight;
      head.push({ ...s, to: cut });
      tail.push({ ...s, from: cut });
      left = 0;
    }
  }
  return [head, tail];
}

/** Worked time of the segments inside [a, b). */
export function workedWithin(segments: readonly WorkSegment[], a: Instant, b: Instant): number {
  let sum = 0;
  for (const s of segments) {
    const lo = s.from > a ? s.from : a;
    const hi = s.to < b ? s.to : b;
    if (hi > lo) sum += (hi - lo) * s.weight;
  }
  return sum;
}
