// exceptions[] of a roster document: recorded legal bases that change a verdict (RULES.md A1, A5).
import {
  EMPLOYEE_WIDE_EXCEPTION_TYPES,
  EXCEPTION_TYPES_REQUIRING_REASON,
  EXCEPTION_TYPE_IDS,
  exceptionTypesForRule,
  type ExceptionType,
} from '../rules/exception-types';
import { RULE_IDS, isRuleId } from '../rules/rule-ids';
import { type DocumentReader, join } from './document-reader';
import { readEmployeeRef } from './read-shifts';
import { type Employee, type RecordedException, type Shift } from './roster-snapshot';

const EXCEPTION_KEYS = ['employeeId', 'ruleId', 'type', 'shiftIds', 'reason', 'reference', 'unionNotifiedAt'] as const;

export function readExceptions(
  r: DocumentReader,
  value: unknown,
  employees: ReadonlyMap<string, Employee>,
  shifts: ReadonlyMap<string, Shift>,
  inputsValid: boolean,
): RecordedException[] {
  const exceptions: RecordedException[] = [];
  r.array(value, 'exceptions', false).forEach((item, i) => {
    const path = join('exceptions', i);
    const o = r.object(item, path, EXCEPTION_KEYS);
    if (!o) return;
    const employeeId = readEmployeeRef(r, o.employeeId, join(path, 'employeeId'), employees, inputsValid);
    const ruleId = r.string(o.ruleId, join(path, 'ruleId'), { required: true });
    if (ruleId !== null && !isRuleId(ruleId))
      r.fail(join(path, 'ruleId'), ruleId, `is not a known rule id (known: ${RULE_IDS.join(', ')})`);
    const type = r.string(o.type, join(path, 'type'), { required: true });
    let typeOk = false;
    if (type !== null && ruleId !== null && isRuleId(ruleId)) {
      const allowed = exceptionTypesForRule(ruleId);
      if (!(EXCEPTION_TYPE_IDS as string[]).includes(type)) {
        r.fail(join(path, 'type'), type, `is not a known exception type (known: ${EXCEPTION_TYPE_IDS.join(', ')})`);
      } else if (!(allowed as string[]).includes(type)) {
        r.fail(
          join(path, 'type'),
          type,
          allowed.length === 0
            ? `no exception can be recorded for rule "${ruleId}"`
            : `does not apply to rule "${ruleId}" (allowed: ${allowed.join(', ')})`,
        );
      } else typeOk = true;
    }
    const reason = o.reason === null ? null : r.string(o.reason, join(path, 'reason'), { required: false });
    const reference = o.reference === null ? null : r.string(o.reference, join(path, 'reference'), { required: false });
    if (
      typeOk &&
      EXCEPTION_TYPES_REQUIRING_REASON.has(type as ExceptionType) &&
      (reason === null || reason.trim() === '')
    ) {
      r.fail(join(path, 'reason'), o.reason, `is required for an exception of type "${type}"`);
      typeOk = false;
    }
    let unionNotifiedAt: number | null = null;
    if (o.unionNotifiedAt !== undefined && o.unionNotifiedAt !== null) {
      if (type !== 'emergency')
        r.fail(join(path, 'unionNotifiedAt'), o.unionNotifiedAt, 'applies only to exceptions of type "emergency"');
      else unionNotifiedAt = r.dateTime(o.unionNotifiedAt, join(path, 'unionNotifiedAt'), { required: true });
    }
    const shiftIds = readShiftIds(r, o.shiftIds, join(path, 'shiftIds'), employeeId, shifts, inputsValid);
    if (
      shiftIds !== null &&
      shiftIds.length === 0 &&
      typeOk &&
      !EMPLOYEE_WIDE_EXCEPTION_TYPES.has(type as ExceptionType)
    ) {
      r.fail(join(path, 'shiftIds'), o.shiftIds, `must name at least one shift for an exception of type "${type}"`);
      typeOk = false;
    }
    if (employeeId === null || !typeOk || shiftIds === null || !isRuleId(ruleId)) return;
    exceptions.push({
      employeeId,
      ruleId,
      type: type as ExceptionType,
      shiftIds,
      reason,
      reference,
      unionNotifiedAt,
      index: i,
    });
  });
  return exceptions;
}

function readShiftIds(
  r: DocumentReader,
  value: unknown,
  path: string,
  employeeId: string | null,
  shifts: ReadonlyMap<string, Shift>,
  inputsValid: boolean,
): string[] | null {
  const items = r.array(value, path, false);
  if (value !== undefined && !Array.isArray(value)) return null;
  const ids: string[] = [];
  let ok = true;
  items.forEach((item, i) => {
    const id = r.string(item, join(path, i), { required: true, nonEmpty: true });
    if (id === null) return void (ok = false);
    const shift = shifts.get(id);
    if (!shift) {
      if (inputsValid) r.fail(join(path, i), id, 'is not the id of a shift in shifts[]');
      return void (ok = false);
    }
    if (employeeId !== null && shift.employeeId !== employeeId) {
      r.fail(join(path, i), id, `is a shift of employee "${shift.employeeId}", not "${employeeId}"`);
      return void (ok = false);
    }
    if (!ids.includes(id)) ids.push(id);
  });
  return ok ? ids : null;
}
