import type { DemoIds } from './demo-fixtures';
import type { Agent } from './test-app';

export interface PlannedShift {
  employeeId: string;
  /** A shift type code of the department (D 07–15:30, K 13:30–21:30, N 21:15–07:15). */
  type: string;
  date: string;
}

/** A published period of a department with the given shifts (made by its scheduler or an admin). */
export async function publishedPeriod(
  agent: Agent,
  ids: DemoIds,
  input: { department: string; startDate: string; weeks?: number; shifts: PlannedShift[] },
): Promise<{ periodId: string; shiftIds: string[] }> {
  const period = await agent
    .post('/api/roster-periods')
    .send({ departmentId: ids.department(input.department), startDate: input.startDate, weeks: input.weeks ?? 1 });
  if (period.status !== 201) throw new Error(`period: ${period.status} ${JSON.stringify(period.body)}`);
  const shiftIds: string[] = [];
  for (const s of input.shifts) {
    const res = await agent.post('/api/shifts').send({
      periodId: period.body.id,
      employeeId: s.employeeId,
      shiftTypeId: ids.shiftType(input.department, s.type),
      date: s.date,
    });
    if (res.status !== 201) throw new Error(`shift: ${res.status} ${JSON.stringify(res.body)}`);
    shiftIds.push(res.body.shift.id);
  }
  for (const to of ['review', 'published']) {
    const res = await agent.post(`/api/roster-periods/${period.body.id}/transition`).send({ to });
    if (res.status !== 200) throw new Error(`transition ${to}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { periodId: period.body.id, shiftIds };
}

/** Row counts of the payroll tables, to show a refused request changed nothing. */
export async function payrollCounts(query: (sql: string) => Promise<{ n: string }[]>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [
    'time_deviations',
    'attestations',
    'payroll_exports',
    'payroll_export_rows',
    'payroll_exported_shifts',
  ]) {
    const [row] = await query(`SELECT count(*) AS n FROM ${table}`);
    out[table] = Number(row.n);
  }
  return out;
}
