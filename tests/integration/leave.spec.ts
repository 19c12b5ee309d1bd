import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

describe('leave and sickness', () => {
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  let kir: Agent;
  let annaAgent: Agent;
  let anna: string;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
    kir = await t.login(DEMO.schedulerKir);
    annaAgent = await t.login(DEMO.employeeAnna);
    anna = ids.employeeByName('Anna', 'Lindqvist');
  });
  afterAll(() => t.close());

  const leaveCount = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM leave_requests`))[0].n);

  it('lets an employee ask for leave; only she and her scheduler see her words', async () => {
    const res = await annaAgent
      .post('/api/leave-requests')
      .send({ type: 'vacation', startDate: '2026-07-06', endDate: '2026-07-26', comment: 'Resa till Kreta' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ employeeId: anna, status: 'requested', comment: 'Resa till Kreta' });
    expect((await annaAgent.get('/api/leave-requests')).body.map((l: { id: string }) => l.id)).toEqual([res.body.id]);
    expect((await med1.get('/api/leave-requests?status=requested')).body.map((l: { id: string }) => l.id)).toContain(
      res.body.id,
    );
    expect((await kir.get('/api/leave-requests')).body).toEqual([]);
    const johan = await t.login('johan.berg@demo.bemanna.se');
    expect((await johan.get('/api/leave-requests')).body).toEqual([]);
    expect((await kir.post(`/api/leave-requests/${res.body.id}/decision`).send({ decision: 'approve' })).status).toBe(
      404,
    );
  });

  it.each([
    ['end before start', { startDate: '2026-08-10', endDate: '2026-08-09' }, 400, 'endDate'],
    ['a date that does not exist', { startDate: '2026-02-30', endDate: '2026-03-02' }, 400, 'startDate'],
    ['sickness (registered by the scheduler)', { type: 'sick' }, 400, 'type'],
    ['leave of the same kind on the same days', { startDate: '2026-07-20', endDate: '2026-07-30' }, 409, 'startDate'],
    ["someone else's leave", { employeeId: 'JOHAN' }, 400, 'employeeId'],
  ])('refuses %s and writes nothing', async (_label, change, status, field) => {
    const body: Record<string, unknown> = {
      type: 'vacation',
      startDate: '2026-08-03',
      endDate: '2026-08-07',
      ...change,
    };
    if (body.employeeId === 'JOHAN') body.employeeId = ids.employeeByName('Johan', 'Berg');
    const before = await leaveCount();
    const res = await annaAgent.post('/api/leave-requests').send(body);
    expect(res.status).toBe(status);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await leaveCount()).toBe(before);
  });

  it('asks what to do with shifts during approved leave, opens them, and then refuses new shifts there', async () => {
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-09-07', weeks: 1 });
    const { body: booked } = await med1
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: anna, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-09-09' });
    const { body: request } = await annaAgent
      .post('/api/leave-requests')
      .send({ type: 'comp-leave', startDate: '2026-09-09', endDate: '2026-09-10' });

    const ask = await med1.post(`/api/leave-requests/${request.id}/decision`).send({ decision: 'approve' });
    expect(ask.status).toBe(409);
    expect(ask.body.code).toBe('LEAVE_COLLIDES');
    expect(ask.body.shifts).toEqual([
      expect.objectContaining({ shiftId: booked.shift.id, startLocal: '2026-09-09T07:00:00+02:00' }),
    ]);
    expect(
      (await annaAgent.get('/api/leave-requests')).body.find((l: { id: string }) => l.id === request.id).status,
    ).toBe('requested');

    const approved = await med1
      .post(`/api/leave-requests/${request.id}/decision`)
      .send({ decision: 'approve', collidingShifts: 'open' });
    expect(approved.status).toBe(200);
    expect(approved.body.request.status).toBe('approved');
    const shifts = (await med1.get(`/api/roster-periods/${period.id}/shifts`)).body;
    expect(shifts.find((s: { id: string }) => s.id === booked.shift.id).employeeId).toBeNull();

    const inLeave = await med1
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: anna, shiftTypeId: ids.shiftType('MED1', 'K'), date: '2026-09-10' });
    expect(inLeave.status).toBe(422);
    expect(inLeave.body.violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['unavailable']);
    const outside = await med1
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: anna, shiftTypeId: ids.shiftType('MED1', 'K'), date: '2026-09-11' });
    expect(outside.status).toBe(201);
  });

  it('denies only with a reason, and lets the employee withdraw an unanswered request', async () => {
    const { body: request } = await annaAgent
      .post('/api/leave-requests')
      .send({ type: 'leave', startDate: '2026-10-05', endDate: '2026-10-06' });
    expect((await med1.post(`/api/leave-requests/${request.id}/decision`).send({ decision: 'deny' })).status).toBe(400);
    const denied = await med1
      .post(`/api/leave-requests/${request.id}/decision`)
      .send({ decision: 'deny', reason: 'Bemanningen räcker inte' });
    expect(denied.body.request).toMatchObject({ status: 'denied', decisionReason: 'Bemanningen räcker inte' });
    // Anna is told, with the reason; a refused attempt (no reason) told her nothing.
    const inbox = (await annaAgent.get('/api/notifications')).body.items.filter(
      (n: { kind: string; body: { sv: string } }) => n.kind === 'leave-decided' && n.body.sv.includes('2026-10-05'),
    );
    expect(inbox).toEqual([
      expect.objectContaining({
        title: { sv: 'Ledighet inte beviljad', en: 'Leave not approved' },
        body: {
          sv: 'Din ansökan om ledighet 2026-10-05 – 2026-10-06 är inte beviljad. Motivering: Bemanningen räcker inte',
          en: 'Your leave request 2026-10-05 – 2026-10-06 is not approved. Reason: Bemanningen räcker inte',
        },
        link: '/leave',
        readAt: null,
      }),
    ]);
    expect((await annaAgent.post(`/api/leave-requests/${request.id}/cancel`)).status).toBe(409);

    const { body: second } = await annaAgent
      .post('/api/leave-requests')
      .send({ type: 'leave', startDate: '2026-10-12', endDate: '2026-10-12' });
    expect((await annaAgent.post(`/api/leave-requests/${second.id}/cancel`)).body.status).toBe('cancelled');
  });

  it('pays the published shifts that leave or sickness took off as that absence', async () => {
    const johan = ids.employeeByName('Johan', 'Berg');
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2027-04-05', weeks: 1 });
    for (const [employeeId, date] of [
      [anna, '2027-04-06'],
      [anna, '2027-04-07'],
      [johan, '2027-04-08'],
    ]) {
      const res = await med1
        .post('/api/shifts')
        .send({ periodId: period.id, employeeId, shiftTypeId: ids.shiftType('MED1', 'D'), date });
      expect(res.status).toBe(201);
    }
    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'review' });
    expect((await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'published' })).status).toBe(200);

    const { body: vacation } = await annaAgent
      .post('/api/leave-requests')
      .send({ type: 'vacation', startDate: '2027-04-06', endDate: '2027-04-07' });
    const approved = await med1
      .post(`/api/leave-requests/${vacation.id}/decision`)
      .send({ decision: 'approve', collidingShifts: 'open' });
    expect(approved.status).toBe(200);
    const sick = await med1
      .post('/api/absences/sick')
      .send({ employeeId: johan, startDate: '2027-04-08', endDate: '2027-04-08' });
    expect(sick.status).toBe(201);

    // The shifts are open now; HR still sees the schedule they were: 8 h a day, paid as the absence.
    const hr = await t.login(DEMO.hr);
    const lines = async (employeeId: string) => {
      const time = await hr.get(`/api/payroll/employees/${employeeId}?from=2027-04-05&to=2027-04-11`);
      expect(time.status).toBe(200);
      return time.body.lines.map((l: { date: string; category: string; hours: number }) => [
        l.date,
        l.category,
        l.hours,
      ]);
    };
    expect(await lines(anna)).toEqual([
      ['2027-04-06', 'absence-vacation', 8],
      ['2027-04-07', 'absence-vacation', 8],
    ]);
    expect(await lines(johan)).toEqual([['2027-04-08', 'absence-sick', 8]]);
  });

  it('registers sickness: the shifts become open shifts that need a replacement', async () => {
    const sara = ids.employeeByName('Sara', 'Nyström');
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-11-02', weeks: 1 });
    for (const date of ['2026-11-03', '2026-11-04', '2026-11-06']) {
      await med1
        .post('/api/shifts')
        .send({ periodId: period.id, employeeId: sara, shiftTypeId: ids.shiftType('MED1', 'D'), date });
    }
    const res = await med1
      .post('/api/absences/sick')
      .send({ employeeId: sara, startDate: '2026-11-03', endDate: '2026-11-04' });
    expect(res.status).toBe(201);
    expect(res.body.request).toMatchObject({ type: 'sick', status: 'approved' });
    expect(res.body.shifts).toHaveLength(2);
    const shifts = (await med1.get(`/api/roster-periods/${period.id}/shifts`)).body as {
      date: string;
      employeeId: string | null;
    }[];
    expect(shifts.map((s) => [s.date, s.employeeId === null ? 'open' : 'sara'])).toEqual([
      ['2026-11-03', 'open'],
      ['2026-11-04', 'open'],
      ['2026-11-06', 'sara'],
    ]);
    // A colleague never sees why someone is away.
    expect((await annaAgent.get('/api/leave-requests')).body.some((l: { type: string }) => l.type === 'sick')).toBe(
      false,
    );
    expect(
      (await kir.post('/api/absences/sick').send({ employeeId: sara, startDate: '2026-11-05', endDate: '2026-11-05' }))
        .status,
    ).toBe(400);
  });
});
