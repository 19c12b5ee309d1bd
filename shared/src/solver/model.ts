// The solver's input: a self-contained description of one rostering problem over abstract day
// indices 0..days-1. The product maps its department data (staff, shift types, needs, leave,
// wishes, rule-set parameters) into this shape; the Curtois benchmark adapter does the same for
// the published instances, so both are solved by one solver.
//
// Conventions:
// - An employee works at most one shift type per day, or has the day off (`null`).
// - Every weight is a non-negative integer (scale product weights before mapping) so scores are
//   exact and reproducible.
// - Hard rules are per employee; only cover couples employees and cover is soft.
// - Blocks touching day 0 or the last day are exempt from the *minimum* consecutive rules (work
//   before/after the period is unknown). To carry history, prepend the previous days as extra
//   days with `fixed` assignments and no cover.

export interface ShiftTypeSpec {
  id: string;
  /** Paid/worked minutes counted towards min/max/target minutes. */
  minutes: number;
  /** Local start, minutes after midnight; used by `deriveForbiddenSuccessions`. */
  startMinute?: number;
  /** Wall-clock span start → end including breaks; defaults to `minutes`. */
  spanMinutes?: number;
  /** Skills an employee must all have to work this shift type (qualification, hard). */
  requiredSkills?: string[];
}

export interface DayShift {
  day: number;
  /** Omitted: any shift type (for requests), or the whole day (for unavailability). */
  shiftType?: string;
}

export interface WeightedRequest extends DayShift {
  weight: number;
  /** Counts among the employee's unmet requests that `unmetRequestStep` spreads over people. */
  spread?: boolean;
}

export interface EmployeeSpec {
  id: string;
  skills?: string[];
  /** Hard cap per shift type over the period; 0 forbids the type. Missing = no cap. */
  maxShiftsByType?: Record<string, number>;
  /** Hard bounds on the minutes worked in the period. */
  minMinutes?: number;
  maxMinutes?: number;
  /** Soft: weight per minute of deviation (either side) from `minutes`, e.g. contract hours. */
  targetMinutes?: { minutes: number; weightPerMinute: number };
  /** Hard: every run of worked days is at most this long. */
  maxConsecutiveShifts?: number;
  /** Hard: every run of worked days not touching the period edges is at least this long. */
  minConsecutiveShifts?: number;
  /** Hard: every run of days off not touching the period edges is at least this long. */
  minConsecutiveDaysOff?: number;
  /** Hard: number of weekends (see SolverModel.weekends) with any work. */
  maxWeekends?: number;
  /**
   * Soft: weekends spread over people. Each weekend worked costs this much for every weekend the
   * employee works before it (n weekends cost step·n(n−1)/2), so the weekend cover falls to those
   * with fewer weekends rather than to whoever is cheapest otherwise.
   */
  weekendStep?: number;
  /** Hard: a continuous rest in every whole week of the period (see WeeklyRestSpec). */
  weeklyRest?: WeeklyRestSpec;
  /** Hard: leave, absence, days off; a whole day or one shift type on a day. */
  unavailable?: DayShift[];
  /** Hard: the scheduler's fixed cells; `shiftType: null` fixes a day off. */
  fixed?: Array<{ day: number; shiftType: string | null }>;
  /**
   * Soft: fair shares. Each shift of one of `shiftTypes` beyond `share` in the period costs
   * `weightPerShift` (e.g. nights beyond a person's pro-rata share of the night cover); each one
   * short of `floor` costs `weightPerMissing` (nights pulled to those below their share).
   */
  shareLimits?: ShareLimit[];
  /** Soft: wants to work (that shift type, or any shift) on the day. */
  shiftOnRequests?: WeightedRequest[];
  /** Soft: wants not to work (that shift type, or at all) on the day. */
  shiftOffRequests?: WeightedRequest[];
  /**
   * Soft: unmet requests spread over people rather than piled on a few. Each unmet request marked
   * `spread` costs this much more for every such request of the employee unmet before it, so n of
   * them cost step·n(n−1)/2 on top of their own weights (two people denied one wish each cost less
   * than one person denied two).
   */
  unmetRequestStep?: number;
}

export interface ShareLimit {
  shiftTypes: string[];
  share: number;
  weightPerShift: number;
  /** At most `share`; 0 when absent. */
  floor?: number;
  weightPerMissing?: number;
}

/**
 * Weekly rest (ATL 14 §): every whole week inside the period — 7 days from `firstWeekDay`, then
 * every 7th day — holds at least `minutes` of continuous time free of shifts, counted inside the
 * week. Time runs 1440 minutes a day from day 0. The rest after a shift begins
 * `restStartByType[type]` minutes after the start of that shift's day (at most 2880; default the
 * shift's end, startMinute + spanMinutes): add any daily rest owed before the weekly rest there.
 * A rest before the first shift of the period, or after the last, counts as long as it reaches.
 * Weeks cut by the period's edges are not checked (their rest depends on days the model lacks).
 */
export interface WeeklyRestSpec {
  minutes: number;
  firstWeekDay: number;
  restStartByType?: Record<string, number>;
}

/**
 * Wanted head-count for one day × shift type (× skill). Penalty for n people assigned:
 *   minWeight·max(0, min−n) + underWeight·max(0, target−n) + overWeight·max(0, n−target).
 * With `skill`, only employees having the skill count (an employee counts for every
 * requirement of the cell whose skill they have).
 */
export interface CoverRequirement {
  day: number;
  shiftType: string;
  skill?: string;
  target: number;
  underWeight: number;
  overWeight: number;
  min?: number;
  minWeight?: number;
}

export interface SuccessionSpec {
  from: string;
  to: string;
  /** The day of `from` (the next day holds `to`); omitted = every day. */
  day?: number;
}

export interface GapPenalty {
  from: string;
  to: string;
  daysOff: number;
  weight: number;
}

/** The most days off a gap penalty may span (the DP tracks off runs this long per penalised type). */
export const MAX_GAP_DAYS_OFF = 3;

export interface WeekendSpec {
  /** Day indices of the weekend, optionally only some shift types on a day (a Friday night). */
  parts: DayShift[];
}

export interface SolverModel {
  days: number;
  shiftTypes: ShiftTypeSpec[];
  employees: EmployeeSpec[];
  cover: CoverRequirement[];
  /** Hard: `to` may not be worked the day after `from` (rest, rotation). */
  forbiddenSuccessions?: SuccessionSpec[];
  /** Soft: weight when `to` is worked the day after `from` (backward rotation, quick return). */
  successionPenalties?: Array<SuccessionSpec & { weight: number }>;
  /**
   * Soft: weight when `to` is worked after `from` with exactly `daysOff` days off between them
   * (1 … MAX_GAP_DAYS_OFF), on any day: too little rest after a block of nights (a night, a day
   * off, then work) — a pattern over more than two days, which successions cannot state.
   */
  gapPenalties?: GapPenalty[];
  /**
   * Soft: every shift of `shiftTypes` worked beyond the `max`-th day in a row of such shifts costs
   * `weight` (more than three nights in a row).
   */
  runPenalty?: { shiftTypes: string[]; max: number; weight: number };
  /** Weekends for `maxWeekends`; one worked part makes the weekend worked. */
  weekends?: WeekendSpec[];
}

export type Assignment = Array<Array<string | null>>;
