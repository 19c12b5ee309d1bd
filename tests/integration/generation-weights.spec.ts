import { DEFAULT_GENERATION_WEIGHTS } from '@bemanna/shared';
import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

// A department's weights of the soft terms of generated rosters: read (defaults until set), set,
// reset; bad input refused field by field with nothing changed; only the department's schedulers
// (and admins); and every generation run of the department takes them into its snapshot.

jest.setTimeout(180_000);

let t: TestApp;
let ids: DemoIds;
let med1: Agent;
let path: string;

const auditOf = () =>
  t.dataSource.query(
    `SELECT action, before, after FROM audit_log WHERE entity_type = 'generation-weights' AND entity_id = $1 ORDER BY id`,
    [ids.department('MED1')],
  );

beforeAll(async () => {
  t = await startTestApp();
  ids = await demoIds(t.dataSource);
  med1 = await t.login(DEMO.schedulerMed1);
  path = `/api/departments/${ids.department('MED1')}/generation-weights`;
});

afterAll(() => t.close());

describe('generation weights of a department', () => {
  it('answers the defaults until set, then the stored weights; reset goes back, with audit entries', async () => {
    const first = await med1.get(path);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      departmentId: ids.department('MED1'),
      weights: DEFAULT_GENERATION_WEIGHTS,
      defaults: DEFAULT_GENERATION_WEIGHTS,
      version: 0,
      updatedAt: null,
      updatedByUserId: null,
    });

    const mine = { ...DEFAULT_GENERATION_WEIGHTS, belowTarget: 150, wishFree: 0, backwardRotation: 400 };
    const set = await med1.put(path).send({ ...mine, version: 0 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ weights: mine, version: 1, updatedByUserId: ids.user(DEMO.schedulerMed1) });
    expect((await med1.get(path)).body).toEqual(set.body);

    // A stale version is refused and nothing changes.
    const stale = await med1.put(path).send({ ...mine, belowTarget: 1, version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect((await med1.get(path)).body.weights.belowTarget).toBe(150);

    const changed = await med1.put(path).send({ ...mine, overTarget: 0, version: 1 });
    expect(changed.body).toMatchObject({ weights: { ...mine, overTarget: 0 }, version: 2 });

    expect((await med1.delete(path)).status).toBe(204);
    expect((await med1.get(path)).body).toMatchObject({ weights: DEFAULT_GENERATION_WEIGHTS, version: 0 });
    expect((await med1.delete(path)).status).toBe(404);

    const audit = await auditOf();
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(audit[1].before).toMatchObject({ overTarget: 25, belowTarget: 150 });
    expect(audit[1].after).toMatchObject({ overTarget: 0 });
  });

  it('refuses what is not a whole number in range, or missing, field by field, and changes nothing', async () => {
    const kept = await med1.put(path).send({ ...DEFAULT_GENERATION_WEIGHTS, wishShift: 90 });
    expect(kept.status).toBe(200);
    const audits = (await auditOf()).length;

    const refused = async (body: object) => {
      const res = await med1.put(path).send(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      return res.body.details as Array<{ field: string; message: string; messageSv: string }>;
    };
    const { backwardRotation: _missing, ...withoutOne } = DEFAULT_GENERATION_WEIGHTS;
    const details = await refused({ ...withoutOne, belowMin: 0, overTarget: 2.5, wishFree: 10_001, agencyPerHour: 'mycket' });
    expect(details.map((d) => d.field).sort()).toEqual(
      ['agencyPerHour', 'backwardRotation', 'belowMin', 'overTarget', 'wishFree'].sort(),
    );
    const belowMin = details.find((d) => d.field === 'belowMin')!;
    expect(belowMin.messageSv).toBe('Måste vara minst 1');
    expect(belowMin.message).toBeTruthy();
    await refused({ ...DEFAULT_GENERATION_WEIGHTS, colour: 'röd' });

    expect((await med1.get(path)).body).toEqual(kept.body);
    expect((await auditOf()).length).toBe(audits);
    expect((await med1.delete(path)).status).toBe(204);
  });

  it('keeps the weights to the schedulers of the department and admins', async () => {
    const kir = await t.login(DEMO.schedulerKir);
    const hr = await t.login(DEMO.hr);
    const employee = await t.login(DEMO.employeeAnna);
    for (const agent of [kir, hr, employee]) {
      expect((await agent.get(path)).status).toBe(403);
      expect((await agent.put(path).send(DEFAULT_GENERATION_WEIGHTS)).status).toBe(403);
      expect((await agent.delete(path)).status).toBe(403);
    }
    expect((await t.anonymous().get(path)).status).toBe(401);
    expect((await med1.get('/api/departments/00000000-0000-4000-8000-000000000000/generation-weights')).status).toBe(404);
    expect((await med1.get(path)).body.version).toBe(0);
  });

  it("puts the department's weights into every run's snapshot", async () => {
    const weights = { ...DEFAULT_GENERATION_WEIGHTS, belowTarget: 300, nightBeyondShare: 0 };
    expect((await med1.put(path).send(weights)).status).toBe(200);
    const period = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2033-01-03', weeks: 1 });
    expect(period.status).toBe(201);
    const run = await med1
      .post(`/api/roster-periods/${period.body.id}/generation-runs`)
      .send({ mode: 'generate', timeLimitSeconds: 5 });
    expect(run.status).toBe(201);
    const [row] = await t.dataSource.query(`SELECT input -> 'weights' AS weights FROM roster_generation_runs WHERE id = $1`, [
      run.body.id,
    ]);
    expect(row.weights).toEqual(weights);
    const [audit] = await t.dataSource.query(
      `SELECT after FROM audit_log WHERE entity_type = 'roster-generation' AND entity_id = $1`,
      [run.body.id],
    );
    expect(audit.after.weights).toEqual(weights);
    let status = 'queued';
    for (let i = 0; i < 300 && ['queued', 'running'].includes(status); i++) {
      await new Promise((r) => setTimeout(r, 200));
      status = (await med1.get(`/api/generation-runs/${run.body.id}`)).body.status;
    }
    expect(status).toBe('proposal');
    expect((await med1.delete(path)).status).toBe(204);
  });
});
