// Which OB category each wall-clock minute of a local day has under an agreement version (AB § 21,
// RULES.md Part B §3.1): the windows of A, B, C and D, the first of `priority` wins, and A and B
// get their night category inside the night window toward a Saturday, Sunday, public holiday or a
// listed eve. A day's profile depends only on the date, so it is computed once per day and version.
import { weekdayOfDayNumber, dateOfDayNumber } from '../time/intervals';
import { parseClockTime } from '../time/stockholm';
import { holidayBWindows, holidayKeyOf, isHelgdag, storhelgWindows, type LocalWindow } from './holiday-windows';
import { type PayAgreementVersion } from './pay-agreement';
import { type ObBaseCategory, type ObCategory } from './pay-categories';
import { FIRST_SUPPORTED_YEAR } from './swedish-holidays';

/** [from, to) in wall-clock minutes of the day (0–1440) with its category; gaps have no OB. */
export interface ObProfileSegment {
  from: number;
  to: number;
  category: ObCategory;
}

type Range = [number, number];

interface Compiled {
  version: PayAgreementVersion;
  dFrom: number;
  dTo: number;
  cFrom: number;
  cTo: number;
  bFriday: number;
  bEnds: number;
  nightFrom: number;
  nightTo: number;
  windowsByYear: Map<number, { a: LocalWindow[]; b: LocalWindow[] }>;
  profiles: Map<number, readonly ObProfileSegment[]>;
}

const compiledVersions = new WeakMap<PayAgreementVersion, Compiled>();

function compile(version: PayAgreementVersion): Compiled {
  let c = compiledVersions.get(version);
  if (!c) {
    const { ob } = version;
    c = {
      version,
      dFrom: parseClockTime(ob.d.from),
      dTo: parseClockTime(ob.d.to),
      cFrom: parseClockTime(ob.c.from),
      cTo: parseClockTime(ob.c.to),
      bFriday: parseClockTime(ob.b.fridayStart),
      bEnds: parseClockTime(ob.b.endsAt),
      nightFrom: parseClockTime(ob.night.from),
      nightTo: parseClockTime(ob.night.to),
      windowsByYear: new Map(),
      profiles: new Map(),
    };
    compiledVersions.set(version, c);
  }
  return c;
}

function windowsOfYear(c: Compiled, year: number): { a: LocalWindow[]; b: LocalWindow[] } {
  let w = c.windowsByYear.get(year);
  if (!w) {
    w = { a: storhelgWindows(year, c.version), b: holidayBWindows(year, c.version) };
    c.windowsByYear.set(year, w);
  }
  return w;
}

function rangeOnDay(w: LocalWindow, day: number): Range | null {
  if (day < w.startDay || day > w.endDay) return null;
  const from = day === w.startDay ? w.startMinute : 0;
  const to = day === w.endDay ? w.endMinute : 1440;
  return to > from ? [from, to] : null;
}

function isRaisedNightToward(c: Compiled, day: number): boolean {
  const { night } = c.version.ob;
  if (night.towardWeekdays.includes(weekdayOfDayNumber(day))) return true;
  const key = holidayKeyOf(day);
  if (key === null) return false;
  return (night.towardPublicHolidays && isHelgdag(day)) || night.towardEves.includes(key);
}

/** The OB profile of local day `day` (day number as in time/intervals). */
export function obDayProfile(version: PayAgreementVersion, day: number): readonly ObProfileSegment[] {
  const c = compile(version);
  const cached = c.profiles.get(day);
  if (cached) return cached;
  const year = Number(dateOfDayNumber(day).slice(0, 4));
  if (year - 1 < FIRST_SUPPORTED_YEAR)
    throw new RangeError(`OB is classified from ${FIRST_SUPPORTED_YEAR + 1} on, not ${dateOfDayNumber(day)}`);
  const weekday = weekdayOfDayNumber(day);
  const ranges: Record<ObBaseCategory, Range[]> = { 'ob-a': [], 'ob-b': [], 'ob-c': [], 'ob-d': [] };

  for (const y of [year - 1, year]) {
    for (const w of windowsOfYear(c, y).a) {
      const r = rangeOnDay(w, day);
      if (r) ranges['ob-a'].push(r);
    }
    for (const w of windowsOfYear(c, y).b) {
      const r = rangeOnDay(w, day);
      if (r) ranges['ob-b'].push(r);
    }
  }
  if (weekday === 5) ranges['ob-b'].push([c.bFriday, 1440]);
  if (weekday === 6 || weekday === 7) ranges['ob-b'].push([0, 1440]);
  if (weekday === 1) ranges['ob-b'].push([0, c.bEnds]);
  const { ob } = version;
  if (ob.c.nightsStartingOn.includes(weekday)) ranges['ob-c'].push([c.cFrom, 1440]);
  if (ob.c.nightsStartingOn.includes(weekdayOfDayNumber(day - 1))) ranges['ob-c'].push([0, c.cTo]);
  if (ob.d.weekdays.includes(weekday)) ranges['ob-d'].push([c.dFrom, c.dTo]);

  const night: Range[] = [];
  if (isRaisedNightToward(c, day)) night.push([0, c.nightTo]);
  if (isRaisedNightToward(c, day + 1)) night.push([c.nightFrom, 1440]);

  const cuts = new Set<number>([0, 1440]);
  for (const list of [...Object.values(ranges), night]) for (const [a, b] of list) cuts.add(a).add(b);
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (list: Range[], m: number) => list.some(([a, b]) => a <= m && m < b);

  const profile: ObProfileSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const base = ob.priority.find((cat) => inside(ranges[cat], from));
    if (base === undefined) continue;
    let category: ObCategory = base;
    if (inside(night, from)) {
      if (base === 'ob-a') category = 'ob-a-night';
      else if (base === 'ob-b') category = 'ob-b-night';
    }
    const last = profile[profile.length - 1];
    if (last && last.to === from && last.category === category) last.to = to;
    else profile.push({ from, to, category });
  }
  c.profiles.set(day, profile);
  return profile;
}
