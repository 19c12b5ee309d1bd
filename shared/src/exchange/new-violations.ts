// A swap or an open shift is judged by what it changes: the violations the people concerned would
// have afterwards that they do not have now. A finding is the same when rule, person and window
// agree (not the shift list: a period-wide rule lists every shift of the period, which a swap
// changes without changing the finding); one already there before is not the swap's fault, unless
// the swap makes it worse (further from the limit).
import { type Violation } from '../rules/rule';

function keyOf(v: Violation): string {
  return [v.ruleId, v.employeeId, v.from, v.to].join('|');
}

/** Violations in `after` that are not in `before`, or are worse than they were. */
export function newViolations(before: readonly Violation[], after: readonly Violation[]): Violation[] {
  const earlier = new Map<string, Violation>();
  for (const v of before) earlier.set(keyOf(v), v);
  return after.filter((v) => {
    const was = earlier.get(keyOf(v));
    return !was || Math.abs(v.measured - v.limit) > Math.abs(was.measured - was.limit);
  });
}
