// One employee's shifts as sorted number arrays (start, end, worked time, night time, local day),
// their duty blocks, and the sinks for violations and used exceptions. Built once per employee
// per evaluation; the rules read it and never touch Date or strings in their loops.
import { type EmployeeRoster, type RecordedException, type Shift } from '../roster-document/roster-snapshot';
import { formatLocalIso, localDayNumber, localMinuteOfDay, localTimeOnDay, overlapMs } from '../time/intervals';
import { HOUR_MS, MINUTE_MS, type Instant } from '../time/stockholm';
import { type EvaluationEnv } from './evaluation-env';
import { type ExceptionType } from './exception-types';
import { type ExceptionUse, type LocalizedText, type RuleDefinition, type Violation, type ViolationUnit } from './rule';
import { computeWorkPieces, type WorkPieces } from './work-pieces';

export const KIND_WORK = 0;
export const KIND_ON_CALL = 1;
export const KIND_STANDBY = 2;

export interface Blocks {
  start: number[];
  end: number[];
  /** Index of the first and last shift (in shift order) of each block. */
  shifts: number[][];
}

interface ExceptionIndex {
  all: RecordedException | null;
  byShift: Map<string, RecordedException>;
}

export interface ReportInput {
  shifts: readonly number[];
  from: Instant;
  to: Instant;
  measured: number;
  limit: number;
  unit: ViolationUnit;
  message: LocalizedText;
  /**
   * 'shifts' (default): reported when a listed shift lies in the period (shifts outside it are
   * context); 'window': when the window intersects the period; 'always': a finding about the period.
   */
  scope?: 'shifts' | 'window' | 'always';
}

export interface RecordedViolation {
  violation: Violation;
  from: Instant;
  to: Instant;
}

export class EmployeeContext {
  readonly shifts: readonly Shift[];
  readonly n: number;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** KIND_WORK, KIND_ON_CALL or KIND_STANDBY. */
  readonly kind: Uint8Array;
  /** Working time of each shift in ms (duration minus rast; 0 for beredskap). */
  readonly worked: Float64Array;
  /** 1 when the shift intersects the evaluation period. */
  readonly inPeriod: Uint8Array;
  readonly startDay: Int32Array;
  readonly startMinute: Int32Array;
  /** Time of each shift inside the night (nightStart–nightEnd, ATL 13 a §), breaks included. */
  readonly nightMs: Float64Array;
  /** 1 for a work shift with at least nightShiftMinNightHours inside the night (RULES.md A1). */
  readonly isNightShift: Uint8Array;
  readonly violations: RecordedViolation[] = [];
  private readonly used = new Map<number, ExceptionUse>();
  private readonly exceptionIndex = new Map<ExceptionType, ExceptionIndex>();
  private rule: RuleDefinition | null = null;
  private dutyBlocks: Blocks | null = null;
  private busyBlocks: Blocks | null = null;
  private pieces: WorkPieces | null = null;

  constructor(
    readonly env: EvaluationEnv,
    readonly roster: EmployeeRoster,
  ) {
    const { periodStart, periodEnd, params } = env;
    this.shifts = roster.shifts;
    this.n = roster.shifts.length;
    const minNightMs = params.nightShiftMinNightHours * HOUR_MS;
    const n = roster.shifts.length;
    this.start = new Float64Array(n);
    this.end = new Float64Array(n);
    this.kind = new Uint8Array(n);
    this.worked = new Float64Array(n);
    this.inPeriod = new Uint8Array(n);
    this.startDay = new Int32Array(n);
    this.startMinute = new Int32Array(n);
    this.nightMs = new Float64Array(n);
    this.isNightShift = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const shift = roster.shifts[i];
      const kind = shift.kind === 'work' ? KIND_WORK : shift.kind === 'on-call' ? KIND_ON_CALL : KIND_STANDBY;
      this.start[i] = shift.start;
      this.end[i] = shift.end;
      this.kind[i] = kind;
      this.worked[i] = kind === KIND_STANDBY ? 0 : shift.end - shift.start - shift.breakMinutes * MINUTE_MS;
      this.inPeriod[i] = shift.start < periodEnd && shift.end > periodStart ? 1 : 0;
      const day = localDayNumber(shift.start);
      this.startDay[i] = day;
      this.startMinute[i] = localMinuteOfDay(shift.start);
      const night = clockWindowOverlap(shift.start, shift.end, day, env.nightStartMin, env.nightEndMin);
      this.nightMs[i] = night;
      this.isNightShift[i] = kind === KIND_WORK && night >= minNightMs ? 1 : 0;
    }
    for (const exception of roster.exceptions) {
      let entry = this.exceptionIndex.get(exception.type);
      if (!entry) this.exceptionIndex.set(exception.type, (entry = { all: null, byShift: new Map() }));
      if (exception.shiftIds.length === 0) entry.all ??= exception;
      else for (const id of exception.shiftIds) if (!entry.byShift.has(id)) entry.byShift.set(id, exception);
    }
  }

  get employeeId(): string {
    return this.roster.employee.id;
  }

  /** Contiguous or overlapping work and jour merged: "one shift" for rest and span (AB § 13). */
  get duty(): Blocks {
    return (this.dutyBlocks ??= mergeBlocks(this, (k) => k !== KIND_STANDBY));
  }

  /** Work, jour and beredskap merged: time that is not free for weekly rest (ATL 14 §). */
  get busy(): Blocks {
    return (this.busyBlocks ??= mergeBlocks(this, () => true));
  }

  get work(): WorkPieces {
    return (this.pieces ??= computeWorkPieces(this));
  }

  /** The recorded exception of a type covering shift i, if any. */
  exception(type: ExceptionType, i: number): RecordedException | null {
    const entry = this.exceptionIndex.get(type);
    if (!entry) return null;
    return entry.byShift.get(this.shifts[i].id) ?? entry.all;
  }

  hasException(type: ExceptionType): boolean {
    return this.exceptionIndex.has(type);
  }

  beginRule(rule: RuleDefinition): void {
    this.rule = rule;
  }

  report(input: ReportInput): void {
    const rule = this.rule!;
    const { periodStart, periodEnd } = this.env;
    const relevant =
      input.scope === 'always' ||
      (input.scope === 'window' || input.shifts.length === 0
        ? input.from < periodEnd && input.to > periodStart
        : input.shifts.some((i) => this.inPeriod[i]));
    if (!relevant) return;
    const order = [...new Set(input.shifts)].sort((a, b) => a - b);
    const violation: Violation = {
      ruleId: rule.id,
      severity: rule.severity,
      employeeId: this.employeeId,
      shiftIds: order.map((i) => this.shifts[i].id),
      from: formatLocalIso(input.from),
      to: formatLocalIso(input.to),
      measured: input.measured,
      limit: input.limit,
      unit: input.unit,
      source: rule.source,
      message: input.message,
    };
    this.violations.push({ violation, from: input.from, to: input.to });
  }

  /** Records that an exception changed a verdict or the counting for shifts (indices). */
  useException(exception: RecordedException, shifts: readonly number[], note: LocalizedText): void {
    if (!shifts.some((i) => this.inPeriod[i])) return;
    let use = this.used.get(exception.index);
    if (!use) {
      use = {
        employeeId: exception.employeeId,
        ruleId: exception.ruleId,
        type: exception.type,
        exceptionIndex: exception.index,
        shiftIds: [...exception.shiftIds],
        appliedTo: [],
        reason: exception.reason,
        reference: exception.reference,
        note,
      };
      this.used.set(exception.index, use);
    }
    for (const i of shifts) {
      const id = this.shifts[i].id;
      if (!use.appliedTo.includes(id)) use.appliedTo.push(id);
    }
  }

  exceptionsUsed(): ExceptionUse[] {
    const order = new Map(this.shifts.map((s, i) => [s.id, i]));
    return [...this.used.values()]
      .sort((a, b) => a.exceptionIndex - b.exceptionIndex)
      .map((use) => ({ ...use, appliedTo: use.appliedTo.sort((a, b) => order.get(a)! - order.get(b)!) }));
  }
}

function mergeBlocks(ctx: EmployeeContext, include: (kind: number) => boolean): Blocks {
  const blocks: Blocks = { start: [], end: [], shifts: [] };
  let last = -1;
  for (let i = 0; i < ctx.n; i++) {
    if (!include(ctx.kind[i])) continue;
    if (last >= 0 && ctx.start[i] <= blocks.end[last]) {
      if (ctx.end[i] > blocks.end[last]) blocks.end[last] = ctx.end[i];
      blocks.shifts[last].push(i);
    } else {
      blocks.start.push(ctx.start[i]);
      blocks.end.push(ctx.end[i]);
      blocks.shifts.push([i]);
      last += 1;
    }
  }
  return blocks;
}

/**
 * Time of [from, to) inside a daily clock window [startMin, endMin) (crossing midnight when
 * startMin > endMin, e.g. 22:00–06:00), checking the windows that begin the day before `day`
 * through the day `to` falls on.
 */
export function clockWindowOverlap(from: Instant, to: Instant, day: number, startMin: number, endMin: number): number {
  const crosses = startMin > endMin;
  let total = 0;
  for (let d = day - 1; ; d++) {
    const ws = localTimeOnDay(d, startMin);
    if (ws >= to) break;
    const we = localTimeOnDay(crosses ? d + 1 : d, endMin);
    total += overlapMs(from, to, ws, we);
  }
  return total;
}
