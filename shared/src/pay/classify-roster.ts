// A roster snapshot → pay lines and per-employee totals (the output of `npm run pay:classify`).
// The input is checked as a whole first (overlapping work, jour/beredskap or absence), so a
// caller that streams employees one by one (the payroll export) never stops half-way.
import { type EmployeeRoster, type RosterSnapshot } from '../roster-document/roster-snapshot';
import { toLocalIso } from '../time/stockholm';
import { AB_PAY_AGREEMENT } from './ab-pay-agreement';
import { classifyEmployee, type PayClassificationOptions, type PayLine } from './classify-employee';
import { validatePayAgreementVersion } from './pay-agreement';
import { PayClassificationError, type PayClassificationIssue } from './pay-classification-error';
import { PAY_CATEGORIES, type PayCategory } from './pay-categories';

export interface PayClassification {
  lines: PayLine[];
  /** employeeId → category → hours, in employee order and category order. */
  totals: Record<string, Partial<Record<PayCategory, number>>>;
}

/** AB's pay agreement and the snapshot's week grid unless given. */
export function payOptionsFor(
  snapshot: RosterSnapshot,
  options: Partial<PayClassificationOptions> = {},
): PayClassificationOptions {
  const agreements = options.agreements ?? AB_PAY_AGREEMENT;
  agreements.forEach(validatePayAgreementVersion);
  return { agreements, weekStartDay: options.weekStartDay ?? snapshot.ruleSet.parameters.weekStartDay };
}

function overlapIssues(roster: EmployeeRoster): PayClassificationIssue[] {
  const employeeId = roster.employee.id;
  const issues: PayClassificationIssue[] = [];
  const at = (t: number) => toLocalIso(t);
  for (const group of [
    roster.shifts.filter((s) => s.kind === 'work'),
    roster.shifts.filter((s) => s.kind !== 'work'),
  ]) {
    let last = group[0];
    for (const shift of group.slice(1)) {
      if (shift.start < last.end) {
        issues.push({
          employeeId,
          message: `shift "${shift.id}" (${at(shift.start)}) overlaps shift "${last.id}" (until ${at(last.end)}); the same time cannot be paid twice`,
        });
      }
      if (shift.end > last.end) last = shift;
    }
  }
  for (const absence of roster.absences) {
    for (const shift of roster.shifts) {
      if (shift.kind === 'work' && shift.start < absence.end && absence.start < shift.end) {
        issues.push({
          employeeId,
          message: `shift "${shift.id}" (${at(shift.start)}) overlaps a ${absence.type} absence (${at(absence.start)} – ${at(absence.end)}); record the deviation on the shift instead`,
        });
      }
    }
  }
  return issues;
}

/** Throws PayClassificationError listing every overlap in the snapshot. */
export function assertPayable(snapshot: RosterSnapshot): void {
  const issues = snapshot.employees.flatMap(overlapIssues);
  if (issues.length > 0) throw new PayClassificationError(issues);
}

/** Employee by employee (document order), for streaming exports. Call assertPayable first. */
export function* classifyEmployees(
  snapshot: RosterSnapshot,
  options: PayClassificationOptions,
): Generator<{ employeeId: string; lines: PayLine[] }> {
  for (const roster of snapshot.employees)
    yield { employeeId: roster.employee.id, lines: classifyEmployee(roster, options) };
}

export function classifyRoster(
  snapshot: RosterSnapshot,
  options: Partial<PayClassificationOptions> = {},
): PayClassification {
  const resolved = payOptionsFor(snapshot, options);
  assertPayable(snapshot);
  const lines: PayLine[] = [];
  const totals: PayClassification['totals'] = {};
  for (const { employeeId, lines: own } of classifyEmployees(snapshot, resolved)) {
    const sums = new Map<PayCategory, number>();
    for (const line of own) {
      lines.push(line);
      sums.set(line.category, (sums.get(line.category) ?? 0) + line.hours);
    }
    const total: Partial<Record<PayCategory, number>> = {};
    for (const category of PAY_CATEGORIES) if (sums.has(category)) total[category] = sums.get(category);
    totals[employeeId] = total;
  }
  return { lines, totals };
}
