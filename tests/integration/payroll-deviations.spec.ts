import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { payrollCounts, publishedPeriod } from '../support/payroll-scenario';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

// Deviations from the published roster (issue 6): registered by the scheduler, reported by the
// employee and decided by the manager; bad input is 400, time on recorded time is 409, and a
// refused request changes nothing.
describe('payroll: deviations', () => {
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  let kir: Agent;
  let hr: Agent;
  let annaAgent: Agent;
  let anna: string;
  let johan: string;
  let periodId: string;
  let annaMonday: string;
  let annaTuesday: string;
  let johanMonday: string;

  const counts = () => payrollCounts((sql) => t.dataSource.query(sql));
  const report = async () => (await med1.get(`/api/roster-periods/${periodId}/time-report`)).body;
  const totalsOf = async (employeeId: string) =>
    Object.fromEntries(
      (await report()).employees
        .find((e: { employeeId: string }) => e.employeeId === employeeId)
        .totals.map((c: { category: string; hours: number }) => [c.category, c.hours]),
    );

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
    kir = await t.login(DEMO.schedulerKir);
    hr = await t.login(DEMO.hr);
    annaAgent = await t.login(DEMO.employeeAnna);
    anna = ids.employeeByName('Anna', 'Lindqvist');
    johan = ids.employeeByName('Johan', 'Berg');
    ({
      periodId,
      shiftIds: [annaMonday, annaTuesday, johanMonday],
    } = await publishedPeriod(med1, ids, {
      department: 'MED1',
      startDate: '2026-04-13',
      shifts: [
        { employeeId: anna, type: 'D', date: '2026-04-13' },
        { employeeId: anna, type: 'D', date: '2026-04-14' },
        { employeeId: johan, type: 'D', date: '2026-04-13' },
      ],
    }));
  });
  afterAll(() => t.close());

  it('shows the period as published shifts, classified', async () => {
    expect(await totalsOf(anna)).toEqual({ ordinary: 16 });
    expect(await totalsOf(johan)).toEqual({ ordinary: 8 });
  });

  it('registers sickness from a time: the rest of the shift is paid as sick hours', async () => {
    const res = await med1
      .post('/api/deviations')
      .send({ kind: 'absence', absenceType: 'sick', shiftId: annaTuesday, start: '2026-04-14T11:15' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'absence',
      absenceType: 'sick',
      status: 'accepted',
      startLocal: '2026-04-14T11:15:00+02:00',
      endLocal: '2026-04-14T15:30:00+02:00',
      reportedByEmployee: false,
    });
    expect(await totalsOf(anna)).toEqual({ ordinary: 12, 'absence-sick': 4 });
  });

  it('lets the employee report 45 minutes longer; it counts once the manager accepts', async () => {
    const reported = await annaAgent.post('/api/deviations').send({
      kind: 'extra-time',
      shiftId: annaMonday,
      start: '2026-04-13T15:30',
      end: '2026-04-13T16:15',
      orderedBy: 'Lisa, samordnare',
      comment: 'Överrapportering drog ut',
    });
    expect(reported.status).toBe(201);
    expect(reported.body).toMatchObject({ status: 'reported', reportedByEmployee: true, hours: 0.75 });
    expect(await totalsOf(anna)).toEqual({ ordinary: 12, 'absence-sick': 4 });
    expect((await report()).employees.find((e: { employeeId: string }) => e.employeeId === anna).pendingReports).toBe(
      1,
    );

    const accepted = await med1
      .post(`/api/deviations/${reported.body.id}/decision`)
      .send({ decision: 'accept', version: reported.body.version });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(await totalsOf(anna)).toEqual({ ordinary: 12, 'overtime-simple': 0.75, 'absence-sick': 4 });
  });

  it('makes extra time of a part-timer mertid, and rejects a report only with a reason', async () => {
    const extra = await med1.post('/api/deviations').send({
      kind: 'extra-time',
      shiftId: johanMonday,
      start: '2026-04-13T15:30',
      end: '2026-04-13T17:30',
      orderedBy: 'Avdelningschefen',
    });
    expect(extra.status).toBe(201);
    expect(await totalsOf(johan)).toEqual({ ordinary: 8, mertid: 2 });

    const reported = await t
      .login('johan.berg@demo.bemanna.se')
      .then((a) =>
        a.post('/api/deviations').send({ kind: 'left-early', shiftId: johanMonday, start: '2026-04-13T14:00' }),
      );
    expect(reported.status).toBe(201);
    const bare = await med1
      .post(`/api/deviations/${reported.body.id}/decision`)
      .send({ decision: 'reject', version: 1 });
    expect(bare.status).toBe(400);
    expect(bare.body.details.map((d: { field: string }) => d.field)).toEqual(['reason']);
    const rejected = await med1
      .post(`/api/deviations/${reported.body.id}/decision`)
      .send({ decision: 'reject', reason: 'Gick enligt överenskommelse, tid tas igen', version: 1 });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      decisionReason: 'Gick enligt överenskommelse, tid tas igen',
    });
    expect(await totalsOf(johan)).toEqual({ ordinary: 8, mertid: 2 });
  });

  it.each<[string, () => object, number, string, RegExp]>([
    [
      'extra time without who ordered it',
      () => ({ kind: 'extra-time', shiftId: annaTuesday, start: '2026-04-14T15:30', end: '2026-04-14T16:00' }),
      400,
      'orderedBy',
      /Give who ordered/,
    ],
    [
      'an absence outside the shift',
      () => ({
        kind: 'absence',
        absenceType: 'vacation',
        shiftId: annaMonday,
        start: '2026-04-13T06:00',
        end: '2026-04-13T08:00',
      }),
      400,
      'start',
      /within the shift/,
    ],
    [
      'an unknown absence type',
      () => ({ kind: 'absence', absenceType: 'holiday', shiftId: annaMonday }),
      400,
      'absenceType',
      /Must be one of/,
    ],
    [
      'a time that does not exist',
      () => ({ kind: 'left-early', shiftId: annaMonday, start: '2026-04-13T25:00' }),
      400,
      'start',
      /date and time/,
    ],
    [
      'extra time that is not next to the shift',
      () => ({
        kind: 'extra-time',
        shiftId: annaMonday,
        start: '2026-04-13T17:00',
        end: '2026-04-13T18:00',
        orderedBy: 'X',
      }),
      400,
      'start',
      /right before or after/,
    ],
    [
      'sickness over time already recorded as sick',
      () => ({ kind: 'absence', absenceType: 'care-of-child', shiftId: annaTuesday, start: '2026-04-14T13:00' }),
      409,
      'start',
      /overlaps another deviation \(absence 2026-04-14 11:15–15:30\)/,
    ],
    [
      'called-in time over accepted extra time',
      () => ({
        kind: 'called-in',
        periodId: 'PERIOD',
        employeeId: 'ANNA',
        start: '2026-04-13T16:00',
        end: '2026-04-13T18:00',
        orderedBy: 'X',
      }),
      409,
      'start',
      /overlaps another deviation \(extended shift \(ordered time\) 2026-04-13 15:30–16:15\)/,
    ],
    [
      'called-in time on a scheduled shift',
      () => ({
        kind: 'called-in',
        periodId: 'PERIOD',
        employeeId: 'ANNA',
        start: '2026-04-14T06:00',
        end: '2026-04-14T08:00',
        orderedBy: 'X',
      }),
      409,
      'start',
      /overlaps the shift 2026-04-14 07:00–15:30/,
    ],
  ])('refuses %s and writes nothing', async (_label, body, status, field, message) => {
    const before = await counts();
    const payload = JSON.parse(
      JSON.stringify(body()).replace('"PERIOD"', `"${periodId}"`).replace('"ANNA"', `"${anna}"`),
    );
    const res = await med1.post('/api/deviations').send(payload);
    expect(res.status).toBe(status);
    const problem = res.body.details.find((d: { field: string }) => d.field === field);
    expect(problem?.message).toMatch(message);
    expect(res.body.messageSv).toBeTruthy();
    expect(await counts()).toEqual(before);
  });

  it('keeps each person to their own: employees report only their own shifts, schedulers only their departments', async () => {
    const before = await counts();
    const others = await annaAgent
      .post('/api/deviations')
      .send({ kind: 'left-early', shiftId: johanMonday, start: '2026-04-13T14:00' });
    expect(others.status).toBe(404);
    const kirRes = await kir
      .post('/api/deviations')
      .send({ kind: 'left-early', shiftId: annaMonday, start: '2026-04-13T14:00' });
    expect(kirRes.status).toBe(404);
    expect(
      (await hr.post('/api/deviations').send({ kind: 'left-early', shiftId: annaMonday, start: '2026-04-13T14:00' }))
        .status,
    ).toBe(403);
    expect(await counts()).toEqual(before);
    expect(
      (await annaAgent.get('/api/deviations')).body.every((d: { employeeId: string }) => d.employeeId === anna),
    ).toBe(true);
    expect((await kir.get('/api/deviations')).body).toEqual([]);
  });

  it('refuses deviations in a period that is not published', async () => {
    const { body: draft } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-04-20', weeks: 1 });
    const { body: shift } = await med1
      .post('/api/shifts')
      .send({ periodId: draft.id, employeeId: anna, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-04-20' });
    const res = await med1
      .post('/api/deviations')
      .send({ kind: 'left-early', shiftId: shift.shift.id, start: '2026-04-20T12:00' });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/not published/);
  });

  it('lets the employee take back a report waiting for a decision, but not an accepted one', async () => {
    const { body: mine } = await annaAgent.post('/api/deviations').send({
      kind: 'extra-time',
      shiftId: annaTuesday,
      start: '2026-04-14T06:30',
      end: '2026-04-14T07:00',
      orderedBy: 'Lisa',
    });
    const back = await annaAgent.post(`/api/deviations/${mine.id}/withdraw`).send({ version: mine.version });
    expect(back.body.status).toBe('withdrawn');
    const sick = (await annaAgent.get('/api/deviations?status=accepted')).body.find(
      (d: { kind: string }) => d.kind === 'absence',
    );
    const refused = await annaAgent.post(`/api/deviations/${sick.id}/withdraw`).send({ version: sick.version });
    expect(refused.status).toBe(409);
  });
});
