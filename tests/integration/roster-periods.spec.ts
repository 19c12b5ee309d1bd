import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

describe('schedule periods', () => {
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  let kir: Agent;
  let anna: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
    kir = await t.login(DEMO.schedulerKir);
    anna = await t.login(DEMO.employeeAnna);
  });
  afterAll(() => t.close());

  const create = (agent: Agent, startDate: string, weeks = 4, department = 'MED1') =>
    agent.post('/api/roster-periods').send({ departmentId: ids.department(department), startDate, weeks });
  const periodCount = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM roster_periods`))[0].n);

  it('creates a period of whole weeks from a Monday', async () => {
    const res = await create(med1, '2026-03-02', 4);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      startDate: '2026-03-02',
      endDate: '2026-03-29',
      weeks: 4,
      firstIsoWeek: '2026-W10',
      state: 'draft',
      allowedTransitions: ['wishes-open', 'review'],
    });
  });

  it.each([
    ['a start that is not a Monday', { startDate: '2026-03-03' }, 'startDate', /måndag/],
    ['a date that does not exist', { startDate: '2026-02-30' }, 'startDate', /finns inte/],
    ['more than 16 weeks', { weeks: 17 }, 'weeks', /högst 16/],
    ['zero weeks', { weeks: 0 }, 'weeks', /minst 1/],
    ['a department outside the scope', { departmentId: 'KIR' }, 'departmentId', /ansvarar för/],
  ])('refuses %s and writes nothing', async (_label, change, field, messageSv) => {
    const before = await periodCount();
    const body = { departmentId: ids.department('MED1'), startDate: '2027-01-04', weeks: 4, ...change };
    if ('departmentId' in change) body.departmentId = ids.department(String(change.departmentId));
    const res = await med1.post('/api/roster-periods').send(body);
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field, messageSv: expect.stringMatching(messageSv) })]);
    expect(await periodCount()).toBe(before);
  });

  it('refuses a period overlapping another of the same department with 409', async () => {
    expect((await create(med1, '2026-05-04', 4)).status).toBe(201);
    const overlap = await create(med1, '2026-05-25', 2);
    expect(overlap.status).toBe(409);
    expect(overlap.body.details[0].field).toBe('startDate');
    // The same dates in another department are fine.
    expect((await create(kir, '2026-05-04', 4, 'KIR')).status).toBe(201);
  });

  it('moves only along the allowed transitions, recording each in the audit log', async () => {
    const { body: period } = await create(med1, '2026-06-01', 2);
    const go = (to: string, version?: number) =>
      med1.post(`/api/roster-periods/${period.id}/transition`).send(version === undefined ? { to } : { to, version });

    const skip = await go('published');
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe('INVALID_TRANSITION');

    expect((await go('wishes-open')).body.state).toBe('wishes-open');
    const stale = await go('review', 1);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect((await go('review')).body.state).toBe('review');
    const published = await go('published');
    expect(published.body).toMatchObject({ state: 'published', allowedTransitions: ['locked'] });
    expect(published.body.publishedAt).toEqual(expect.any(String));
    expect((await go('review')).status).toBe(409);
    expect((await go('locked')).body.state).toBe('locked');
    expect((await go('published')).status).toBe(409);
    expect((await med1.delete(`/api/roster-periods/${period.id}`)).status).toBe(409);

    const [{ actions }] = await t.dataSource.query(
      `SELECT array_agg(action ORDER BY id) AS actions FROM audit_log WHERE entity_id = $1`,
      [period.id],
    );
    expect(actions).toEqual([
      'create',
      'transition:draft->wishes-open',
      'transition:wishes-open->review',
      'transition:review->published',
      'transition:published->locked',
    ]);
  });

  it('shows employees only published periods of their departments', async () => {
    const { body: draft } = await create(med1, '2026-09-07', 1);
    const { body: shown } = await create(med1, '2026-09-14', 1);
    await med1.post(`/api/roster-periods/${shown.id}/transition`).send({ to: 'review' });
    await med1.post(`/api/roster-periods/${shown.id}/transition`).send({ to: 'published' });
    const { body: otherWard } = await create(kir, '2026-09-14', 1, 'KIR');
    await kir.post(`/api/roster-periods/${otherWard.id}/transition`).send({ to: 'review' });
    await kir.post(`/api/roster-periods/${otherWard.id}/transition`).send({ to: 'published' });

    const list = (await anna.get('/api/roster-periods?from=2026-09-01&to=2026-09-30')).body as { id: string }[];
    expect(list.map((p) => p.id)).toEqual([shown.id]);
    expect((await anna.get(`/api/roster-periods/${draft.id}`)).status).toBe(404);
    expect((await anna.get(`/api/roster-periods/${otherWard.id}`)).status).toBe(404);
    expect((await anna.post(`/api/roster-periods/${shown.id}/transition`).send({ to: 'locked' })).status).toBe(403);
  });

  it("keeps a scheduler out of another department's periods", async () => {
    const { body: period } = await create(kir, '2026-10-05', 1, 'KIR');
    expect((await med1.get(`/api/roster-periods/${period.id}`)).status).toBe(404);
    expect((await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'review' })).status).toBe(404);
    expect((await med1.delete(`/api/roster-periods/${period.id}`)).status).toBe(404);
    expect((await kir.delete(`/api/roster-periods/${period.id}`)).status).toBe(204);
  });
});
