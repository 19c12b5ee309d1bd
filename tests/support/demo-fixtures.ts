import type { DataSource } from 'typeorm';

/** Ids of the seeded demo region, looked up by the codes people know. */
export interface DemoIds {
  organisationId: string;
  department(code: string): string;
  skill(code: string): string;
  employee(employeeNumber: string): string;
  employeeByName(firstName: string, lastName: string): string;
  user(email: string): string;
  shiftType(departmentCode: string, code: string): string;
}

export async function demoIds(ds: DataSource): Promise<DemoIds> {
  const [org] = await ds.query(`SELECT id FROM organisations WHERE code = 'NORRLANDA'`);
  const departments = toMap(await ds.query(`SELECT code AS key, id FROM departments`));
  const skills = toMap(await ds.query(`SELECT code AS key, id FROM skills`));
  const employees = toMap(await ds.query(`SELECT employee_number AS key, id FROM employees`));
  const names = toMap(await ds.query(`SELECT first_name || ' ' || last_name AS key, id FROM employees`));
  const users = toMap(await ds.query(`SELECT email AS key, id FROM users`));
  const shiftTypes = toMap(
    await ds.query(
      `SELECT d.code || '/' || s.code AS key, s.id FROM shift_types s JOIN departments d ON d.id = s.department_id`,
    ),
  );
  const get = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`demo ${what} ${key} not found`);
    return id;
  };
  return {
    organisationId: org.id,
    department: (code) => get(departments, code, 'department'),
    skill: (code) => get(skills, code, 'skill'),
    employee: (n) => get(employees, n, 'employee'),
    employeeByName: (f, l) => get(names, `${f} ${l}`, 'employee'),
    user: (email) => get(users, email, 'user'),
    shiftType: (d, c) => get(shiftTypes, `${d}/${c}`, 'shift type'),
  };
}

function toMap(rows: { key: string; id: string }[]): Map<string, string> {
  return new Map(rows.map((r) => [r.key, r.id]));
}

export const DEMO = {
  admin: 'admin@demo.bemanna.se',
  hr: 'hr@demo.bemanna.se',
  schedulerMed1: 'schema.med1@demo.bemanna.se',
  schedulerKir: 'schema.kir@demo.bemanna.se',
  employeeAnna: 'anna.lindqvist@demo.bemanna.se',
  employeeJohan: 'johan.berg@demo.bemanna.se',
  employeeSara: 'sara.nystrom@demo.bemanna.se',
} as const;
