// OB of worked time: each piece of real time is matched against its local day's OB profile, whose
// wall-clock edges become instants through the Stockholm calendar, so a DST night's OB counts the
// hours actually worked (AB-DST, RULES.md Part B §2.3; scenarios S06, S07).
import { localTimeOnDay } from '../time/intervals';
import { obDayProfile } from './ob-day-profile';
import { type PayAgreementVersion } from './pay-agreement';
import { type ObCategory } from './pay-categories';
import { type WorkSegment } from './work-segments';

/** Adds the OB time (ms) of the segments to `into`, per category. */
export function addObTime(
  version: PayAgreementVersion,
  segments: readonly WorkSegment[],
  into: Map<ObCategory, number>,
): void {
  for (const s of segments) {
    for (const p of obDayProfile(version, s.day)) {
      const from = localTimeOnDay(s.day, p.from);
      const to = localTimeOnDay(s.day, p.to);
      const lo = s.from > from ? s.from : from;
      const hi = s.to < to ? s.to : to;
      if (hi > lo) into.set(p.category, (into.get(p.category) ?? 0) + (hi - lo) * s.weight);
    }
  }
}

/** OB time (ms) per category of the segments. */
export function obTime(version: PayAgreementVersion, segments: readonly WorkSegment[]): Map<ObCategory, number> {
  const out = new Map<ObCategory, number>();
  addObTime(version, segments, out);
  return out;
}
