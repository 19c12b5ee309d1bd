// The pay side of an agreement as data (RULES.md A4: "every threshold is a parameter, never a
// literal in code"): OB windows and priorities (AB § 21, Part B §3.1), storhelg blocks (§3.2),
// overtime thresholds (AB § 20, §2.3) and the OB rounding payroll applies (§0.7). Versions are
// chosen by valid-from date; a region changes a window by adding a version, never by editing code.
import { type CivilDate, isCivilDate, parseClockTime } from '../time/stockholm';
import { type ObBaseCategory } from './pay-categories';
import { EVE_KEYS, PUBLIC_HOLIDAY_KEYS, type HolidayKey } from './swedish-holidays';

/** 'HH:mm' local wall-clock time. */
export type ClockTime = string;

export interface StorhelgBlock {
  name: string;
  /** The eves and holidays of the block; A starts on the day before the first of them. */
  days: readonly HolidayKey[];
}

export interface PayAgreementVersion {
  agreement: string;
  validFrom: CivilDate;
  source: string;
  ob: {
    /** First wins where windows overlap (AB § 21: A > B > C > D). */
    priority: readonly ObBaseCategory[];
    /** D, vardag kväll: on these ISO weekdays (1 = Monday), from–to. */
    d: { weekdays: readonly number[]; from: ClockTime; to: ClockTime };
    /** C, vardag natt: the nights starting on these weekdays, from (evening) → to (next morning). */
    c: { nightsStartingOn: readonly number[]; from: ClockTime; to: ClockTime };
    b: {
      /** `b_friday_start`: the weekend window starts Friday at this time and ends Monday at `endsAt`. */
      fridayStart: ClockTime;
      /** The holidays whose preceding day has B from `eveStart` (every public holiday is B itself). */
      eveStartHolidays: readonly HolidayKey[];
      eveStart: ClockTime;
      /** B after a holiday (and on Monday after a weekend) lasts until this time on the next weekday. */
      endsAt: ClockTime;
    };
    a: {
      blocks: readonly StorhelgBlock[];
      /** `pingst_is_storhelg`: whether `pingstBlock` is a storhelg block too. */
      pingstIsStorhelg: boolean;
      pingstBlock: StorhelgBlock;
      /** A starts at this time on the day before the block's first day… */
      startsDayBefore: ClockTime;
      /** …and ends at this time on the first weekday that is not a Saturday after the block. */
      endsAt: ClockTime;
    };
    /** The raised night rate of A and B: from → to on nights toward these days. */
    night: {
      from: ClockTime;
      to: ClockTime;
      towardWeekdays: readonly number[];
      towardPublicHolidays: boolean;
      towardEves: readonly HolidayKey[];
    };
    /** Whether OB is classified on mertid and on overtime hours too (it always is on ordinary hours). */
    onMertid: boolean;
    onOvertime: boolean;
  };
  overtime: {
    /** Overtime within this many hours before or after ordinary working time is enkel (AB § 20). */
    simpleWindowHours: number;
    /** At most this much enkel overtime per ordinary shift, before and after together. */
    simpleMaxHoursPerShift: number;
  };
  /**
   * Payroll rounding of OB (§0.7, REPORTED): the monthly sum per category rounded up to
   * `stepHours`; a category below `minimumHours` in a month is not paid. null = no rounding.
   */
  obMonthlyRounding: { stepHours: number; minimumHours: number } | null;
}

export class PayAgreementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayAgreementError';
  }
}

/** The version in force on `date` (the latest with validFrom ≤ date). */
export function payAgreementOn(versions: readonly PayAgreementVersion[], date: CivilDate): PayAgreementVersion {
  let found: PayAgreementVersion | null = null;
  for (const v of versions) if (v.validFrom <= date && (found === null || v.validFrom > found.validFrom)) found = v;
  if (found === null) throw new PayAgreementError(`no pay agreement version is valid on ${date}`);
  return found;
}

const HOLIDAY_KEYS = new Set<string>([...PUBLIC_HOLIDAY_KEYS, ...EVE_KEYS]);

/** Checks a version's data; throws PayAgreementError naming the field. */
export function validatePayAgreementVersion(v: PayAgreementVersion): void {
  const where = `${v.agreement}@${v.validFrom}`;
  const fail = (field: string, message: string): never => {
    throw new PayAgreementError(`${where}: ${field} ${message}`);
  };
  if (!isCivilDate(v.validFrom)) fail('validFrom', 'must be a date YYYY-MM-DD');
  const clocks: [string, string][] = [
    ['ob.d.from', v.ob.d.from],
    ['ob.d.to', v.ob.d.to],
    ['ob.c.from', v.ob.c.from],
    ['ob.c.to', v.ob.c.to],
    ['ob.b.fridayStart', v.ob.b.fridayStart],
    ['ob.b.eveStart', v.ob.b.eveStart],
    ['ob.b.endsAt', v.ob.b.endsAt],
    ['ob.a.startsDayBefore', v.ob.a.startsDayBefore],
    ['ob.a.endsAt', v.ob.a.endsAt],
    ['ob.night.from', v.ob.night.from],
    ['ob.night.to', v.ob.night.to],
  ];
  for (const [field, value] of clocks) {
    try {
      parseClockTime(value);
    } catch {
      fail(field, `${JSON.stringify(value)} is not a time HH:mm`);
    }
  }
  if (parseClockTime(v.ob.d.to) <= parseClockTime(v.ob.d.from))
    fail('ob.d.to', 'must be after ob.d.from on the same day');
  if (parseClockTime(v.ob.night.to) >= parseClockTime(v.ob.night.from))
    fail('ob.night', 'must run over midnight (from evening to morning)');
  if (parseClockTime(v.ob.c.to) >= parseClockTime(v.ob.c.from))
    fail('ob.c', 'must run over midnight (from evening to morning)');
  const categories = ['ob-a', 'ob-b', 'ob-c', 'ob-d'];
  if (v.ob.priority.length !== 4 || !categories.every((c) => v.ob.priority.includes(c as ObBaseCategory))) {
    fail('ob.priority', 'must list ob-a, ob-b, ob-c and ob-d once each');
  }
  const weekdays = [...v.ob.d.weekdays, ...v.ob.c.nightsStartingOn, ...v.ob.night.towardWeekdays];
  if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) fail('ob weekdays', 'must be ISO weekdays 1–7');
  const keys = [
    ...v.ob.b.eveStartHolidays,
    ...v.ob.night.towardEves,
    ...v.ob.a.blocks.flatMap((b) => b.days),
    ...v.ob.a.pingstBlock.days,
  ];
  for (const key of keys) if (!HOLIDAY_KEYS.has(key)) fail('holiday key', `${JSON.stringify(key)} is unknown`);
  for (const block of [...v.ob.a.blocks, v.ob.a.pingstBlock])
    if (block.days.length === 0) fail(`ob.a block ${block.name}`, 'has no days');
  if (!(v.overtime.simpleWindowHours >= 0) || !(v.overtime.simpleMaxHoursPerShift >= 0))
    fail('overtime', 'hours must be ≥ 0');
  const r = v.obMonthlyRounding;
  if (r !== null && (!(r.stepHours > 0) || !(r.minimumHours >= 0)))
    fail('obMonthlyRounding', 'needs stepHours > 0 and minimumHours ≥ 0');
}
