import path from 'node:path';
import { addDays, instantAtLocalTime } from '@bemanna/shared';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import type { DemoRegion } from '../../api/src/seed/demo-region';
import { REPO_ROOT } from '../e2e/support/paths';
import { BENCH_WARD_CODE, ROTATIONS, generatedRegion } from './generated-region';

// Loads the generated region into the app's database: its staff through the same insert as the
// demo seed (the built API's modules, as the running app uses them), and a four-week draft period
// per ward filled from ward rotations by bulk SQL — 5,000 people × 4 weeks is ~90,000 shifts, far
// too many to place one request at a time before a benchmark.

const DIST = path.join(REPO_ROOT, 'api', 'dist', 'api', 'src');

export interface LoadedRegion {
  organisationId: string;
  /** The benchmark ward's period and how many shifts it holds. */
  periodId: string;
  wardShiftCount: number;
  totalShiftCount: number;
}

export async function loadGeneratedRegion(
  databaseUrl: string,
  periodStart: string,
  weeks: number,
): Promise<LoadedRegion> {
  await insertStaff(databaseUrl, generatedRegion());
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await insertPeriodsAndShifts(client, periodStart, weeks);
  } finally {
    await client.end();
  }
}

async function insertStaff(databaseUrl: string, region: DemoRegion): Promise<void> {
  const { dataSourceOptions } = (await import(path.join(DIST, 'common', 'database', 'data-source-options.js'))) as {
    dataSourceOptions(url: string): DataSourceOptions;
  };
  const { insertRegion } = (await import(path.join(DIST, 'seed', 'seed-demo.js'))) as {
    insertRegion(em: EntityManager, region: DemoRegion, passwordHash: string): Promise<void>;
  };
  const { hashPassword } = (await import(path.join(DIST, 'auth', 'password.js'))) as {
    hashPassword(password: string): Promise<string>;
  };
  const { DEMO_PASSWORD } = (await import(path.join(DIST, 'seed', 'demo-region.js'))) as { DEMO_PASSWORD: string };
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await dataSource.transaction((em) => insertRegion(em, region, passwordHash));
  } finally {
    await dataSource.destroy();
  }
}

async function insertPeriodsAndShifts(client: Client, periodStart: string, weeks: number): Promise<LoadedRegion> {
  const {
    rows: [organisation],
  } = await client.query<{ id: string }>(`SELECT id FROM organisations WHERE code = 'STORLANDA'`);
  const organisationId = organisation.id;
  const { rows: wards } = await client.query<{ id: string; code: string }>(
    `SELECT id, code FROM departments WHERE organisation_id = $1 AND kind = 'ward' ORDER BY code`,
    [organisationId],
  );
  const endDate = addDays(periodStart, weeks * 7 - 1);
  let periodId = '';
  let wardShiftCount = 0;
  let totalShiftCount = 0;
  for (const ward of wards) {
    const {
      rows: [period],
    } = await client.query<{ id: string }>(
      `INSERT INTO roster_periods (organisation_id, department_id, start_date, end_date, weeks, state, version)
       VALUES ($1, $2, $3, $4, $5, 'draft', 1) RETURNING id`,
      [organisationId, ward.id, periodStart, endDate, weeks],
    );
    const { rows: staff } = await client.query<{ id: string; night: boolean }>(
      `SELECT e.id, EXISTS (SELECT 1 FROM employee_skills es JOIN skills s ON s.id = es.skill_id
                             WHERE es.employee_id = e.id AND s.code = 'NATT') AS night
         FROM employees e WHERE e.home_department_id = $1 ORDER BY e.employee_number`,
      [ward.id],
    );
    const { rows: types } = await client.query<{
      id: string;
      code: string;
      start_minute: number;
      end_minute: number;
      break_minutes: number;
    }>(`SELECT id, code, start_minute, end_minute, break_minutes FROM shift_types WHERE department_id = $1`, [ward.id]);
    const typeByCode = new Map(types.map((t) => [t.code, t]));
    const columns: unknown[][] = [[], [], [], [], []];
    staff.forEach((person, index) => {
      const rotation = person.night ? ROTATIONS.nights : ROTATIONS.dayEvening;
      for (let day = 0; day < weeks * 7; day++) {
        const code = rotation[(day + index) % rotation.length];
        if (!code) continue;
        const type = typeByCode.get(code)!;
        const date = addDays(periodStart, day);
        const end = type.end_minute > type.start_minute ? type.end_minute : type.end_minute + 1440;
        columns[0].push(person.id);
        columns[1].push(type.id);
        columns[2].push(new Date(instantAtLocalTime(date, type.start_minute)).toISOString());
        columns[3].push(new Date(instantAtLocalTime(date, end)).toISOString());
        columns[4].push(type.break_minutes);
      }
    });
    await client.query(
      `INSERT INTO shifts (organisation_id, department_id, period_id, employee_id, shift_type_id,
                           start_at, end_at, break_minutes, kind, source, version)
       SELECT $1, $2, $3, e, t, s, x, b, 'work', 'base-schedule', 1
         FROM unnest($4::uuid[], $5::uuid[], $6::timestamptz[], $7::timestamptz[], $8::smallint[]) AS u(e, t, s, x, b)`,
      [organisationId, ward.id, period.id, ...columns],
    );
    totalShiftCount += columns[0].length;
    if (ward.code === BENCH_WARD_CODE) {
      periodId = period.id;
      wardShiftCount = columns[0].length;
    }
  }
  await client.query('ANALYZE');
  return { organisationId, periodId, wardShiftCount, totalShiftCount };
}
