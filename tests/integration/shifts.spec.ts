import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

describe('shifts: the roster write path', () => {
  let t: TestApp;
  let ids: DemoIds;
  let admin: Agent;
  let med1: Agent;
  let periodId: string;
  let johan: string;
  let sara: string;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.login(DEMO.admin);
    med1 = await t.login(DEMO.schedulerMed1);
    johan = ids.employeeByName('Johan', 'Berg');
    sara = ids.employeeByName('Sara', 'Nyström');
    // March 2025 holds the spring clock change (Sunday 30 March).
    const res = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2025-03-03', weeks: 4 });
    periodId = res.body.id;
  });
  afterAll(() => t.close());

  const shiftCount = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM shifts`))[0].n);
  const place = (employeeId: string | null, code: string, date: string, extra: object = {}) =>
    med1.post('/api/shifts').send({ periodId, employeeId, shiftTypeId: ids.shiftType('MED1', code), date, ...extra });

  it('places a shift from a shift type on a date, in Stockholm time', async () => {
    const res = await place(johan, 'K', '2025-03-04');
    expect(res.status).toBe(201);
    expect(res.body.shift).toMatchObject({
      employeeId: johan,
      startLocal: '2025-03-04T13:30:00+01:00',
      endLocal: '2025-03-04T21:30:00+01:00',
      start: '2025-03-04T12:30:00.000Z',
      date: '2025-03-04',
      breakMinutes: 30,
      paidMinutes: 450,
      version: 1,
    });
    expect(res.body.violations).toEqual(expect.any(Array));
  });

  it('gives a night across the spring clock change its real length', async () => {
    const res = await place(sara, 'N', '2025-03-29');
    expect(res.status).toBe(201);
    expect(res.body.shift).toMatchObject({
      startLocal: '2025-03-29T21:15:00+01:00',
      endLocal: '2025-03-30T07:15:00+02:00',
    });
    expect(res.body.shift.paidMinutes).toBe(9 * 60 - 45);
  });

  it('saves a shift with a short daily rest and reports the violation with its legal source', async () => {
    await place(sara, 'K', '2025-03-10');
    const day = await place(sara, 'D', '2025-03-11');
    expect(day.status).toBe(201);
    expect(day.body.shift.overriddenRules).toEqual([]);
    const rest = day.body.violations.find((v: { ruleId: string }) => v.ruleId === 'daily-rest');
    expect(rest).toMatchObject({ severity: 'hard', employeeId: sara, measured: 9.5, limit: 11, unit: 'hours' });
    expect(rest.source).toMatch(/13/);
    expect(rest.message.sv).toMatch(/9 h 30 min/);
  });

  it.each([
    ['end before start', { start: '2025-03-05T15:00', end: '2025-03-05T07:00' }, 'end'],
    ['longer than 24 hours', { start: '2025-03-05T07:00', end: '2025-03-06T08:00' }, 'end'],
    ['a time skipped by the clock change', { start: '2025-03-30T02:30', end: '2025-03-30T10:00' }, 'start'],
    ['outside the period', { start: '2025-04-10T07:00', end: '2025-04-10T15:00' }, 'start'],
    [
      'an unknown shift type',
      { shiftTypeId: '00000000-0000-4000-8000-000000000000', date: '2025-03-05' },
      'shiftTypeId',
    ],
    ['another department’s shift type', { shiftTypeId: 'KIR/D', date: '2025-03-05' }, 'shiftTypeId'],
    [
      'an employee not allowed in the department',
      { employeeId: 'KIR-NURSE', start: '2025-03-05T07:00', end: '2025-03-05T15:00' },
      'employeeId',
    ],
    ['an unknown property', { start: '2025-03-05T07:00', end: '2025-03-05T15:00', colour: 'red' }, 'colour'],
  ])('refuses %s with a field message and writes nothing', async (_label, change, field) => {
    const body: Record<string, unknown> = { periodId, employeeId: johan, ...change };
    if (body.shiftTypeId === 'KIR/D') body.shiftTypeId = ids.shiftType('KIR', 'D');
    if (body.employeeId === 'KIR-NURSE') {
      const [row] = await t.dataSource.query(
        `SELECT e.id FROM employees e JOIN departments d ON d.id = e.home_department_id
          WHERE d.code = 'KIR' AND NOT EXISTS (SELECT 1 FROM employee_departments ed WHERE ed.employee_id = e.id) LIMIT 1`,
      );
      body.employeeId = row.id;
    }
    const before = await shiftCount();
    const res = await med1.post('/api/shifts').send(body);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await shiftCount()).toBe(before);
  });

  it('refuses an overlapping shift unless an authorised user overrides it with a reason', async () => {
    await place(johan, 'D', '2025-03-12');
    const before = await shiftCount();
    const overlap = await med1
      .post('/api/shifts')
      .send({ periodId, employeeId: johan, start: '2025-03-12T12:00', end: '2025-03-12T18:00', breakMinutes: 0 });
    expect(overlap.status).toBe(422);
    expect(overlap.body.code).toBe('RULE_VIOLATION');
    expect(overlap.body.violations.map((v: { ruleId: string }) => v.ruleId)).toContain('overlap');
    expect(await shiftCount()).toBe(before);

    const withoutPermission = await med1.post('/api/shifts').send({
      periodId,
      employeeId: johan,
      start: '2025-03-12T12:00',
      end: '2025-03-12T18:00',
      override: { reason: 'Akut' },
    });
    expect(withoutPermission.status).toBe(403);

    const overridden = await admin.post('/api/shifts').send({
      periodId,
      employeeId: johan,
      start: '2025-03-12T12:00',
      end: '2025-03-12T18:00',
      override: { reason: 'Dubbelbemanning vid upplärning, överenskommet' },
    });
    expect(overridden.status).toBe(201);
    expect(overridden.body.shift).toMatchObject({ overrideReason: 'Dubbelbemanning vid upplärning, överenskommet' });
    expect(overridden.body.shift.overriddenRules).toContain('overlap');
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_log WHERE entity_id = $1`, [
      overridden.body.shift.id,
    ]);
    expect(audit.after.overrideReason).toMatch(/upplärning/);
  });

  it('moves and reassigns with optimistic locking: a stale version gets 409 and the current shift', async () => {
    const { body } = await place(null, 'D', '2025-03-18');
    expect(body.shift.employeeId).toBeNull();
    const moved = await med1
      .patch(`/api/shifts/${body.shift.id}`)
      .send({ version: 1, employeeId: johan, start: '2025-03-18T08:00', end: '2025-03-18T16:30' });
    expect(moved.status).toBe(200);
    expect(moved.body.shift).toMatchObject({ employeeId: johan, startLocal: '2025-03-18T08:00:00+01:00', version: 2 });
    const stale = await med1.patch(`/api/shifts/${body.shift.id}`).send({ version: 1, employeeId: sara });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.current).toMatchObject({ employeeId: johan, version: 2 });
    expect((await med1.delete(`/api/shifts/${body.shift.id}?version=1`)).status).toBe(409);
    expect((await med1.delete(`/api/shifts/${body.shift.id}?version=2`)).status).toBe(200);
  });

  it('logs changes to a published roster for the employees concerned, and refuses writes to a locked one', async () => {
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2025-05-05', weeks: 1 });
    const { body: created } = await med1
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: johan, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2025-05-06' });
    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'review' });
    const published = await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'published' });
    expect(published.status).toBe(200);

    const changed = await med1
      .patch(`/api/shifts/${created.shift.id}`)
      .send({ version: created.shift.version, employeeId: sara, changeReason: 'Byte efter sjukdom' });
    expect(changed.status).toBe(200);
    const [log] = await t.dataSource.query(
      `SELECT action, reason, employee_ids, before, after FROM shift_changes WHERE shift_id = $1`,
      [created.shift.id],
    );
    expect(log).toMatchObject({ action: 'update', reason: 'Byte efter sjukdom' });
    expect([...log.employee_ids].sort()).toEqual([johan, sara].sort());
    expect(log.before.employeeId).toBe(johan);
    expect(log.after.employeeId).toBe(sara);

    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'locked' });
    const locked = await med1
      .patch(`/api/shifts/${created.shift.id}`)
      .send({ version: changed.body.shift.version, note: 'sent' });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('PERIOD_LOCKED');
  });

  it('refuses to publish while a hard violation is neither fixed nor overridden', async () => {
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2025-06-02', weeks: 1 });
    const shift = (code: string, date: string) =>
      med1
        .post('/api/shifts')
        .send({ periodId: period.id, employeeId: sara, shiftTypeId: ids.shiftType('MED1', code), date });
    await shift('K', '2025-06-03');
    const day = await shift('D', '2025-06-04');
    expect(day.status).toBe(201);
    expect(day.body.shift.overriddenRules).toEqual([]);

    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'review' });
    const refused = await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'published' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('RULE_VIOLATION');
    expect(refused.body.violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['daily-rest']);
    expect(refused.body.messageSv).toMatch(/kan inte publiceras/);

    const moved = await med1
      .patch(`/api/shifts/${day.body.shift.id}`)
      .send({ version: day.body.shift.version, start: '2025-06-04T09:00', end: '2025-06-04T17:30' });
    expect(moved.status).toBe(200);
    expect(moved.body.shift.overriddenRules).toEqual([]);
    expect((await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'published' })).status).toBe(200);

    const { body: second } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2025-06-09', weeks: 1 });
    const evening = await med1
      .post('/api/shifts')
      .send({ periodId: second.id, employeeId: johan, shiftTypeId: ids.shiftType('MED1', 'K'), date: '2025-06-10' });
    expect(evening.status).toBe(201);
    const morning = await admin.post('/api/shifts').send({
      periodId: second.id,
      employeeId: johan,
      shiftTypeId: ids.shiftType('MED1', 'D'),
      date: '2025-06-11',
      override: { reason: 'Överenskommet med medarbetaren, kompensationsvila nästa dag' },
    });
    expect(morning.status).toBe(201);
    await med1.post(`/api/roster-periods/${second.id}/transition`).send({ to: 'review' });
    // Overridden with a reason: publishing goes through.
    expect((await med1.post(`/api/roster-periods/${second.id}/transition`).send({ to: 'published' })).status).toBe(200);
  });

  it('refuses to publish when a hard violation appeared later (the shift type now requires a skill)', async () => {
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2025-06-16', weeks: 1 });
    expect(
      (
        await med1
          .post('/api/shifts')
          .send({ periodId: period.id, employeeId: johan, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2025-06-17' })
      ).status,
    ).toBe(201);
    const typeId = ids.shiftType('MED1', 'D');
    const { body: type } = await admin.patch(`/api/shift-types/${typeId}`).send({ requiredSkillId: ids.skill('IVA') });
    try {
      await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'review' });
      const refused = await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'published' });
      expect(refused.status).toBe(422);
      expect(refused.body.violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['qualification']);
      expect((await med1.get(`/api/roster-periods/${period.id}`)).body.state).toBe('review');
    } finally {
      await admin.patch(`/api/shift-types/${typeId}`).send({ requiredSkillId: null, version: type.version });
    }
  });

  it('lets employees read shifts only of published periods of their departments', async () => {
    const anna = await t.login(DEMO.employeeAnna);
    expect((await anna.get(`/api/roster-periods/${periodId}/shifts`)).status).toBe(404);
    expect(
      (
        await anna
          .post('/api/shifts')
          .send({ periodId, employeeId: null, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2025-03-20' })
      ).status,
    ).toBe(403);
  });
});
