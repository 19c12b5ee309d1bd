import { addDays } from '@bemanna/shared';
import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

// Per-employee generation limits a department stores: read, set, remove; bad input refused with
// nothing changed; only the department's schedulers (and admins); and every generation run of the
// department respects them, with a run's own limits replacing them field by field.

jest.setTimeout(180_000);

interface LimitsRow {
  employeeId: string;
  firstName: string;
  lastName: string;
  schedulable: boolean;
  minHours: number | null;
  maxHours: number | null;
  maxConsecutiveDays: number | null;
  minConsecutiveDaysOff: number | null;
  maxWeekends: number | null;
  maxShiftsByType: Array<{ shiftTypeId: string; max: number }>;
  version: number;
  updatedAt: string | null;
  updatedByUserId: string | null;
}

interface Change {
  kind: string;
  employeeId: string;
  shiftTypeId: string;
  start: string;
  end: string;
  breakMinutes: number;
}

interface Run {
  id: string;
  status: string;
  proposal: { changes: Change[]; score: { underCover: { belowMinBefore: number } } } | null;
}

let t: TestApp;
let ids: DemoIds;
let admin: Agent;
let med1: Agent;
let kir: Agent;
let johan: string;
let anna: string;
let med1Path: string;

const limitsOf = async (agent: Agent = med1) => {
  const res = await agent.get(med1Path);
  expect(res.status).toBe(200);
  return res.body as { departmentId: string; employees: LimitsRow[] };
};
const rowOf = async (employeeId: string) => (await limitsOf()).employees.find((e) => e.employeeId === employeeId)!;
const auditCount = async () =>
  Number(
    (await t.dataSource.query(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'generation-limits'`))[0].n,
  );

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.dataSource);
  admin = await t.login(DEMO.admin);
  med1 = await t.login(DEMO.schedulerMed1);
  kir = await t.login(DEMO.schedulerKir);
  johan = ids.employeeByName('Johan', 'Berg');
  anna = ids.employeeByName('Anna', 'Lindqvist');
  med1Path = `/api/departments/${ids.department('MED1')}/generation-limits`;
});

afterAll(() => t.close());

describe('stored generation limits', () => {
  it('lists the staff, sets, replaces and removes one person’s limits, with audit entries', async () => {
    const before = await limitsOf();
    expect(before.departmentId).toBe(ids.department('MED1'));
    const johanBefore = before.employees.find((e) => e.employeeId === johan)!;
    expect(johanBefore).toMatchObject({ firstName: 'Johan', schedulable: true, version: 0, maxHours: null });
    expect(before.employees.every((e) => e.version === 0)).toBe(true);

    const night = ids.shiftType('MED1', 'N');
    const set = await med1.put(`${med1Path}/${johan}`).send({
      minHours: 20.5,
      maxHours: 60,
      maxConsecutiveDays: 4,
      minConsecutiveDaysOff: 2,
      maxWeekends: 1,
      maxShiftsByType: [{ shiftTypeId: night, max: 0 }],
      version: 0,
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      employeeId: johan,
      minHours: 20.5,
      maxHours: 60,
      maxConsecutiveDays: 4,
      minConsecutiveDaysOff: 2,
      maxWeekends: 1,
      maxShiftsByType: [{ shiftTypeId: night, max: 0 }],
      version: 1,
      updatedByUserId: ids.user(DEMO.schedulerMed1),
    });
    expect(Date.parse(set.body.updatedAt)).not.toBeNaN();
    expect(await rowOf(johan)).toEqual(set.body);

    // Replace: the fields left out are no longer limited.
    const replaced = await med1.put(`${med1Path}/${johan}`).send({ maxHours: 40, version: 1 });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ maxHours: 40, minHours: null, maxShiftsByType: [], version: 2 });

    // A stale version is refused, and nothing changes.
    const stale = await med1.put(`${med1Path}/${johan}`).send({ maxHours: 10, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect((await rowOf(johan)).maxHours).toBe(40);

    const audit = await t.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE entity_type = 'generation-limits' AND entity_id = $1 ORDER BY id`,
      [`${ids.department('MED1')}:${johan}`],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update']);
    expect(audit[1].before).toMatchObject({ departmentId: ids.department('MED1'), maxHours: 60 });
    expect(audit[1].after).toMatchObject({ maxHours: 40, minHours: null });

    const removed = await med1.delete(`${med1Path}/${johan}`);
    expect(removed.status).toBe(204);
    expect(await rowOf(johan)).toMatchObject({ version: 0, maxHours: null, updatedAt: null });
    expect((await med1.delete(`${med1Path}/${johan}`)).status).toBe(404);
    const [last] = await t.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_type = 'generation-limits' ORDER BY id DESC LIMIT 1`,
    );
    expect(last.action).toBe('delete');
  });

  it('refuses bad input with field messages in Swedish and English, and changes nothing', async () => {
    const kept = await med1.put(`${med1Path}/${anna}`).send({ maxWeekends: 2 });
    expect(kept.status).toBe(200);
    const stored = await rowOf(anna);
    const audits = await auditCount();

    const refused = async (body: object, field: string, employeeId = anna) => {
      const res = await med1.put(`${med1Path}/${employeeId}`).send(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const detail = res.body.details.find((d: { field: string }) => d.field === field);
      expect(detail).toBeDefined();
      expect(detail.messageSv).toBeTruthy();
      expect(detail.message).toBeTruthy();
      return detail as { message: string; messageSv: string };
    };

    const minAboveMax = await refused({ minHours: 50, maxHours: 38.25 }, 'minHours');
    expect(minAboveMax.messageSv).toBe('Lägsta arbetstid (50 h) är högre än högsta (38,25 h)');
    const foreign = await refused(
      { maxShiftsByType: [{ shiftTypeId: ids.shiftType('KIR', 'N'), max: 1 }] },
      'maxShiftsByType.0.shiftTypeId',
    );
    expect(foreign.messageSv).toBe('Passtypen hör inte till enheten');
    await refused(
      {
        maxShiftsByType: [
          { shiftTypeId: ids.shiftType('MED1', 'N'), max: 1 },
          { shiftTypeId: ids.shiftType('MED1', 'N'), max: 2 },
        ],
      },
      'maxShiftsByType.1.shiftTypeId',
    );
    expect((await refused({ maxConsecutiveDays: 0 }, 'maxConsecutiveDays')).messageSv).toBe('Måste vara minst 1');
    expect((await refused({ maxHours: 'många' }, 'maxHours')).messageSv).toBe('Måste vara ett tal');
    await refused({ maxShiftsByType: [{ shiftTypeId: ids.shiftType('MED1', 'N'), max: -1 }] }, 'maxShiftsByType.0.max');
    await refused({ maxWeekends: 1, colour: 'röd' }, 'colour');

    // Someone who cannot be scheduled in Medicin 1 (a Kirurgi nurse without a link to it).
    const [outsider] = await t.dataSource.query(
      `SELECT e.id FROM employees e WHERE e.home_department_id = $1 AND NOT EXISTS (
         SELECT 1 FROM employee_departments ed WHERE ed.employee_id = e.id AND ed.department_id = $2) LIMIT 1`,
      [ids.department('KIR'), ids.department('MED1')],
    );
    const notHere = await refused({ maxWeekends: 1 }, 'employeeId', outsider.id);
    expect(notHere.messageSv).toContain('kan inte schemaläggas på enheten');
    // An id that is no employee of the organisation.
    expect((await med1.put(`${med1Path}/00000000-0000-4000-8000-000000000000`).send({})).status).toBe(404);

    expect(await rowOf(anna)).toEqual(stored);
    expect((await limitsOf()).employees.some((e) => e.employeeId === outsider.id)).toBe(false);
    expect(await auditCount()).toBe(audits);
    expect((await med1.delete(`${med1Path}/${anna}`)).status).toBe(204);
  });

  it('keeps limits to the schedulers of the department and admins', async () => {
    const hr = await t.login(DEMO.hr);
    const employee = await t.login(DEMO.employeeAnna);
    const body = { maxWeekends: 1 };
    for (const agent of [kir, hr, employee]) {
      expect((await agent.get(med1Path)).status).toBe(403);
      expect((await agent.put(`${med1Path}/${johan}`).send(body)).status).toBe(403);
      expect((await agent.delete(`${med1Path}/${johan}`)).status).toBe(403);
    }
    const anonymous = t.anonymous();
    expect((await anonymous.get(med1Path)).status).toBe(401);
    expect((await anonymous.put(`${med1Path}/${johan}`).send(body)).status).toBe(401);
    expect((await kir.get(`/api/departments/${ids.department('KIR')}/generation-limits`)).status).toBe(200);
    expect((await med1.get('/api/departments/00000000-0000-4000-8000-000000000000/generation-limits')).status).toBe(
      404,
    );
    // Nothing was stored by the refused calls; an admin may set and remove.
    expect((await rowOf(johan)).version).toBe(0);
    expect((await admin.put(`${med1Path}/${johan}`).send(body)).status).toBe(200);
    expect((await admin.get(med1Path)).body.employees.find((e: LimitsRow) => e.employeeId === johan).maxWeekends).toBe(
      1,
    );
    expect((await admin.delete(`${med1Path}/${johan}`)).status).toBe(204);
  });
});

describe('generation with stored limits', () => {
  let week = 0;
  const newPeriod = async () => {
    const startDate = addDays('2032-03-01', 7 * 3 * week++);
    const res = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate, weeks: 1 });
    expect(res.status).toBe(201);
    return res.body as { id: string };
  };
  const generate = async (periodId: string, body: object = {}): Promise<Run> => {
    const res = await med1
      .post(`/api/roster-periods/${periodId}/generation-runs`)
      .send({ mode: 'generate', timeLimitSeconds: 5, ...body });
    expect(res.status).toBe(201);
    for (let i = 0; i < 600; i++) {
      const run = await med1.get(`/api/generation-runs/${res.body.id}`);
      if (!['queued', 'running'].includes(run.body.status)) return run.body;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the run did not finish');
  };
  const hours = (changes: Change[], employeeId: string) =>
    changes
      .filter((c) => c.employeeId === employeeId && c.kind !== 'remove')
      .reduce((h, c) => h + (Date.parse(c.end) - Date.parse(c.start)) / 3_600_000 - c.breakMinutes / 60, 0);

  beforeAll(async () => {
    const type = (code: string) => ids.shiftType('MED1', code);
    const needs = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((dayKind) => [
      { dayKind, shiftTypeId: type('D'), profession: 'sjukskoterska', min: 2, target: 3 },
      { dayKind, shiftTypeId: type('D'), profession: 'underskoterska', min: 2, target: 2 },
      { dayKind, shiftTypeId: type('K'), profession: 'sjukskoterska', min: 1, target: 2 },
      { dayKind, shiftTypeId: type('N'), profession: 'sjukskoterska', min: 1, target: 1 },
    ]);
    const res = await med1.put(`/api/departments/${ids.department('MED1')}/staffing-needs`).send({ needs });
    expect(res.status).toBe(200);
  });

  it('applies the stored limits to every run, and a run’s own limits replace them field by field', async () => {
    const night = ids.shiftType('MED1', 'N');
    // No nights for anybody who may work in Medicin 1; Johan at most 16 hours in the week.
    const staff = (await limitsOf()).employees.filter((e) => e.schedulable);
    for (const e of staff) {
      const res = await med1
        .put(`${med1Path}/${e.employeeId}`)
        .send({
          maxShiftsByType: [{ shiftTypeId: night, max: 0 }],
          ...(e.employeeId === johan ? { maxHours: 16 } : {}),
        });
      expect(res.status).toBe(200);
    }

    const period = await newPeriod();
    const stored = await generate(period.id);
    expect(stored.status).toBe('proposal');
    const changes = stored.proposal!.changes;
    // Nights are needed every day and nobody got one; the rest of the roster was generated.
    expect(stored.proposal!.score.underCover.belowMinBefore).toBeGreaterThan(0);
    expect(changes.length).toBeGreaterThan(10);
    expect(changes.filter((c) => c.shiftTypeId === night)).toEqual([]);
    expect(hours(changes, johan)).toBeLessThanOrEqual(16);

    // This run lets Anna work nights (her shift-type cap replaced) and keeps everything else stored.
    const other = await newPeriod();
    const overridden = await generate(other.id, {
      limits: [{ employeeId: anna, maxShiftsByType: [{ shiftTypeId: night, max: 7 }] }],
    });
    expect(overridden.status).toBe('proposal');
    const nights = overridden.proposal!.changes.filter((c) => c.shiftTypeId === night);
    expect(nights.length).toBeGreaterThan(0);
    expect(nights.every((c) => c.employeeId === anna)).toBe(true);
    expect(hours(overridden.proposal!.changes, johan)).toBeLessThanOrEqual(16);
    const [row] = await t.dataSource.query(
      `SELECT limits, input -> 'limits' AS merged FROM roster_generation_runs WHERE id = $1`,
      [overridden.id],
    );
    expect(row.limits).toEqual([{ employeeId: anna, maxShiftsByType: [{ shiftTypeId: night, max: 7 }] }]);
    expect(row.merged).toContainEqual({ employeeId: anna, maxShiftsByType: { [night]: 7 } });
    expect(row.merged).toContainEqual({ employeeId: johan, maxHours: 16, maxShiftsByType: { [night]: 0 } });
  });

  it('refuses a run whose own limits contradict themselves or name another department’s shift type', async () => {
    const period = await newPeriod();
    const res = await med1.post(`/api/roster-periods/${period.id}/generation-runs`).send({
      mode: 'generate',
      limits: [
        { employeeId: johan, minHours: 30, maxHours: 20 },
        { employeeId: anna, maxShiftsByType: [{ shiftTypeId: ids.shiftType('KIR', 'D'), max: 1 }] },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([
      'limits.0.minHours',
      'limits.1.maxShiftsByType.0.shiftTypeId',
    ]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM roster_generation_runs WHERE period_id = $1`,
      [period.id],
    );
    expect(n).toBe(0);
  });
});
