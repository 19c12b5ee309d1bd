// The holiday-bound OB windows of a year (RULES.md Part B §3.1–§3.2): storhelg (A) blocks from
// 18:00 the day before the first eve/holiday "till kl. 07.00 på vardag utom lördag närmast efter"
// (Vårdförbundet wording, so jul 2025 ends Monday 29 December), and the B windows of the single
// public holidays, from 16:00 the day before (for the listed ones) until 07:00 the next weekday.
// Windows are in local days and wall-clock minutes; stockholm/intervals turn them into instants.
import { dateOfDayNumber, dayNumberOfDate, localTimeOnDay, weekdayOfDayNumber } from '../time/intervals';
import { type CivilDate, type Instant, parseClockTime } from '../time/stockholm';
import { type PayAgreementVersion, type StorhelgBlock } from './pay-agreement';
import { swedishHolidays, type HolidayKey } from './swedish-holidays';

/** [startDay startMinute, endDay endMinute) in local day numbers and wall-clock minutes. */
export interface LocalWindow {
  name: string;
  startDay: number;
  startMinute: number;
  endDay: number;
  endMinute: number;
}

export interface HolidayFacts {
  /** Day number → holiday key, public holidays and eves of the year. */
  byDay: ReadonlyMap<number, { key: HolidayKey; publicHoliday: boolean }>;
}

const factsCache = new Map<number, HolidayFacts>();

export function holidayFacts(year: number): HolidayFacts {
  let facts = factsCache.get(year);
  if (!facts) {
    const byDay = new Map<number, { key: HolidayKey; publicHoliday: boolean }>();
    for (const h of swedishHolidays(year))
      byDay.set(dayNumberOfDate(h.date), { key: h.key, publicHoliday: h.kind === 'public-holiday' });
    facts = { byDay };
    factsCache.set(year, facts);
  }
  return facts;
}

function yearOfDay(day: number): number {
  return Number(dateOfDayNumber(day).slice(0, 4));
}

function facts(day: number) {
  return holidayFacts(yearOfDay(day)).byDay.get(day);
}

/** Sunday or a public holiday: an allmän helgdag. */
export function isHelgdag(day: number): boolean {
  return weekdayOfDayNumber(day) === 7 || facts(day)?.publicHoliday === true;
}

export function holidayKeyOf(day: number): HolidayKey | null {
  return facts(day)?.key ?? null;
}

/** First day after `day` that is Monday–Friday and neither a public holiday nor an eve. */
function nextWeekdayNotSaturday(day: number): number {
  let d = day + 1;
  while (weekdayOfDayNumber(d) >= 6 || facts(d) !== undefined) d++;
  return d;
}

/** First day after `day` that is Monday–Saturday and not a public holiday (a vardag). */
function nextVardag(day: number): number {
  let d = day + 1;
  while (isHelgdag(d)) d++;
  return d;
}

function dayOfKey(year: number, key: HolidayKey): number {
  const h = swedishHolidays(year).find((x) => x.key === key)!;
  return dayNumberOfDate(h.date);
}

/** The block that starts in `year`: later days are the next occurrence of their key (nyår crosses the year). */
function blockDays(year: number, block: StorhelgBlock): number[] {
  const first = dayOfKey(year, block.days[0]);
  return block.days.map((key, i) => {
    if (i === 0) return first;
    const same = dayOfKey(year, key);
    return same >= first ? same : dayOfKey(year + 1, key);
  });
}

/** Storhelg (A) windows of the blocks whose first day falls in `year`. */
export function storhelgWindows(year: number, agreement: PayAgreementVersion): LocalWindow[] {
  const { a } = agreement.ob;
  const blocks = a.pingstIsStorhelg ? [...a.blocks, a.pingstBlock] : a.blocks;
  const start = parseClockTime(a.startsDayBefore);
  const end = parseClockTime(a.endsAt);
  return blocks
    .map((block) => {
      const days = blockDays(year, block);
      const first = Math.min(...days);
      const last = Math.max(...days);
      return {
        name: block.name,
        startDay: first - 1,
        startMinute: start,
        endDay: nextWeekdayNotSaturday(last),
        endMinute: end,
      };
    })
    .sort((x, y) => x.startDay - y.startDay);
}

/** B windows of the public holidays of `year` (weekends are handled by weekday, not here). */
export function holidayBWindows(year: number, agreement: PayAgreementVersion): LocalWindow[] {
  const { b } = agreement.ob;
  const eveStart = parseClockTime(b.eveStart);
  const end = parseClockTime(b.endsAt);
  return swedishHolidays(year)
    .filter((h) => h.kind === 'public-holiday')
    .map((h) => {
      const day = dayNumberOfDate(h.date);
      const early = b.eveStartHolidays.includes(h.key);
      return {
        name: h.key,
        startDay: early ? day - 1 : day,
        startMinute: early ? eveStart : 0,
        endDay: nextVardag(day),
        endMinute: end,
      };
    });
}

/** A window as instants, for display and tests. */
export function windowInstants(w: LocalWindow): {
  start: Instant;
  end: Instant;
  startDate: CivilDate;
  endDate: CivilDate;
} {
  return {
    start: localTimeOnDay(w.startDay, w.startMinute),
    end: localTimeOnDay(w.endDay, w.endMinute),
    startDate: dateOfDayNumber(w.startDay),
    endDate: dateOfDayNumber(w.endDay),
  };
}
