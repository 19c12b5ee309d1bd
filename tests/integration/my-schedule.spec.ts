import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { FixedClock } from '../support/fixed-clock';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

describe('my schedule', () => {
  const clock = new FixedClock(new Date('2026-05-01T06:00:00Z'));
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  let anna: Agent;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
    anna = await t.login(DEMO.employeeAnna);
  });
  afterAll(() => t.close());

  it('lists her published shifts with the colleagues on the same shift, and nothing from drafts', async () => {
    const D = ids.shiftType('MED1', 'D');
    const place = (periodId: string, first: string, last: string, date: string, shiftTypeId = D) =>
      med1.post('/api/shifts').send({ periodId, employeeId: ids.employeeByName(first, last), shiftTypeId, date });
    const { body: published } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-05-04', weeks: 1 });
    await place(published.id, 'Anna', 'Lindqvist', '2026-05-05');
    await place(published.id, 'Johan', 'Berg', '2026-05-05');
    await place(published.id, 'Sara', 'Nyström', '2026-05-05', ids.shiftType('MED1', 'N'));
    await med1.post(`/api/roster-periods/${published.id}/transition`).send({ to: 'review' });
    await med1.post(`/api/roster-periods/${published.id}/transition`).send({ to: 'published' });
    const { body: draft } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-05-11', weeks: 1 });
    await place(draft.id, 'Anna', 'Lindqvist', '2026-05-12');

    const res = await anna.get('/api/me/schedule');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2026-05-01', to: '2026-05-28' });
    expect(res.body.shifts).toEqual([
      expect.objectContaining({
        date: '2026-05-05',
        startLocal: '2026-05-05T07:00:00+02:00',
        departmentName: 'Medicin 1',
        shiftTypeCode: 'D',
        colleagues: [{ employeeId: ids.employeeByName('Johan', 'Berg'), firstName: 'Johan', lastName: 'Berg' }],
      }),
    ]);
  });

  it('shows changes to published shifts until she has looked, and shifts taken off her', async () => {
    const D = ids.shiftType('MED1', 'D');
    const anna_ = ids.employeeByName('Anna', 'Lindqvist');
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-05-18', weeks: 1 });
    const kept = (
      await med1
        .post('/api/shifts')
        .send({ periodId: period.id, employeeId: anna_, shiftTypeId: D, date: '2026-05-19' })
    ).body.shift;
    const given = (
      await med1
        .post('/api/shifts')
        .send({ periodId: period.id, employeeId: anna_, shiftTypeId: D, date: '2026-05-20' })
    ).body.shift;
    const removed = (
      await med1
        .post('/api/shifts')
        .send({ periodId: period.id, employeeId: anna_, shiftTypeId: D, date: '2026-05-21' })
    ).body.shift;
    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'review' });
    expect((await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'published' })).status).toBe(200);
    const range = '/api/me/schedule?from=2026-05-18&to=2026-05-24';

    // Published, never changed: nothing is new.
    let view = (await anna.get(range)).body;
    expect(view.shifts.map((s: { change: unknown }) => s.change)).toEqual([null, null, null]);
    expect(view.removed).toEqual([]);
    expect((await anna.post('/api/me/schedule/seen')).status).toBe(204);

    // The scheduler moves one, gives one to Johan and deletes one, each with a reason.
    expect(
      (
        await med1.patch(`/api/shifts/${kept.id}`).send({
          start: '2026-05-19T08:00',
          end: '2026-05-19T16:30',
          version: kept.version,
          changeReason: 'Utbildning 07-08',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await med1.patch(`/api/shifts/${given.id}`).send({
          employeeId: ids.employeeByName('Johan', 'Berg'),
          version: given.version,
          changeReason: 'Byte med Johan',
        })
      ).status,
    ).toBe(200);
    expect(
      (await med1.delete(`/api/shifts/${removed.id}?version=${removed.version}&changeReason=Överbemanning`)).status,
    ).toBe(200);

    view = (await anna.get(range)).body;
    expect(view.seenAt).toEqual(expect.any(String));
    expect(view.shifts).toEqual([
      expect.objectContaining({
        id: kept.id,
        startLocal: '2026-05-19T08:00:00+02:00',
        change: { at: expect.any(String), reason: 'Utbildning 07-08', isNew: true },
      }),
    ]);
    expect(view.removed).toEqual([
      expect.objectContaining({
        shiftId: given.id,
        date: '2026-05-20',
        shiftTypeCode: 'D',
        departmentName: 'Medicin 1',
        reason: 'Byte med Johan',
      }),
      expect.objectContaining({
        shiftId: removed.id,
        date: '2026-05-21',
        startLocal: '2026-05-21T07:00:00+02:00',
        reason: 'Överbemanning',
      }),
    ]);

    // Once she has looked, the change stays visible but is no longer new, and removals are gone.
    await anna.post('/api/me/schedule/seen');
    view = (await anna.get(range)).body;
    expect(view.shifts[0].change).toEqual({ at: expect.any(String), reason: 'Utbildning 07-08', isNew: false });
    expect(view.removed).toEqual([]);

    // Johan sees the shift he was given as new.
    const johan = await t.login(DEMO.employeeJohan);
    const his = (await johan.get(range)).body.shifts.find((s: { id: string }) => s.id === given.id);
    expect(his.change).toEqual({ at: expect.any(String), reason: 'Byte med Johan', isNew: true });
  });

  it('gives her planned against contracted hours for the published period she is in today', async () => {
    const D = ids.shiftType('MED1', 'D');
    const N = ids.shiftType('MED1', 'N');
    const sara = await t.login(DEMO.employeeSara);
    const saraId = ids.employeeByName('Sara', 'Nyström');
    // Before any period includes today there is no balance to show.
    expect((await sara.get('/api/me/schedule')).body.balance).toBeNull();

    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-04-27', weeks: 1 });
    for (const [date, type] of [
      ['2026-04-28', D],
      ['2026-04-29', D],
      ['2026-05-02', N],
    ] as const) {
      expect(
        (await med1.post('/api/shifts').send({ periodId: period.id, employeeId: saraId, shiftTypeId: type, date }))
          .status,
      ).toBe(201);
    }
    // A draft does not count.
    expect((await sara.get('/api/me/schedule')).body.balance).toBeNull();
    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'review' });
    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'published' });

    const { balance } = (await sara.get('/api/me/schedule')).body;
    // D 07:00-15:30 with 30 min break = 8 h, twice; N 21:15-07:15 with 45 min = 9.25 h.
    // Sara works 75 % of 38.25 h a week: 28.69 h.
    expect(balance).toEqual({
      periodId: period.id,
      departmentName: 'Medicin 1',
      startDate: '2026-04-27',
      endDate: '2026-05-03',
      plannedHours: 25.25,
      contractedHours: 28.69,
    });
  });

  it('counts overtime and mertid so far this year from extra time the manager registered', async () => {
    const D = ids.shiftType('MED1', 'D');
    const annaId = ids.employeeByName('Anna', 'Lindqvist');
    const johanId = ids.employeeByName('Johan', 'Berg');
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-04-13', weeks: 1 });
    const anna14 = (
      await med1
        .post('/api/shifts')
        .send({ periodId: period.id, employeeId: annaId, shiftTypeId: D, date: '2026-04-14' })
    ).body.shift;
    const johan14 = (
      await med1
        .post('/api/shifts')
        .send({ periodId: period.id, employeeId: johanId, shiftTypeId: D, date: '2026-04-14' })
    ).body.shift;
    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'review' });
    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'published' });
    const before = (await anna.get('/api/me/schedule')).body.yearToDate;
    expect(before).toEqual({ from: '2026-01-01', to: '2026-05-01', overtimeHours: 0, mertidHours: 0 });

    // Anna (full time) stays 1 h 30 min: overtime. Johan (80 %) stays 1 h: mertid.
    for (const [shift, end] of [
      [anna14, '2026-04-14T17:00'],
      [johan14, '2026-04-14T16:30'],
    ] as const) {
      const res = await med1
        .post('/api/deviations')
        .send({ kind: 'extra-time', shiftId: shift.id, start: '2026-04-14T15:30', end, orderedBy: 'Avdelningschefen' });
      expect(res.status).toBe(201);
    }
    expect((await anna.get('/api/me/schedule')).body.yearToDate).toMatchObject({ overtimeHours: 1.5, mertidHours: 0 });
    const johan = await t.login(DEMO.employeeJohan);
    expect((await johan.get('/api/me/schedule')).body.yearToDate).toMatchObject({ overtimeHours: 0, mertidHours: 1 });
  });

  it('refuses to mark the schedule seen for a login without an employee', async () => {
    const hr = await t.login(DEMO.hr);
    expect((await hr.post('/api/me/schedule/seen')).status).toBe(403);
  });

  it('refuses a range that ends before it starts', async () => {
    const res = await anna.get('/api/me/schedule?from=2026-05-10&to=2026-05-01');
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('to');
  });
});
