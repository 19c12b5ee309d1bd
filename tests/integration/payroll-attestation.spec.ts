import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { payrollCounts, publishedPeriod } from '../support/payroll-scenario';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

// Attestation (issue 6): the manager attests an employee's period after checking it; the time is
// then frozen — shifts are not edited, deviations come only as corrections with a reason — and
// HR sees who is not attested yet.
describe('payroll: attestation', () => {
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  let kir: Agent;
  let hr: Agent;
  let annaAgent: Agent;
  let anna: string;
  let johan: string;
  let periodId: string;
  let annaShift: string;
  let johanShift: string;

  const counts = () => payrollCounts((sql) => t.dataSource.query(sql));
  const overview = async () =>
    (await hr.get(`/api/payroll/overview?from=2026-05-04&to=2026-05-10&departmentIds=${ids.department('MED1')}`)).body;

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
      shiftIds: [annaShift, johanShift],
    } = await publishedPeriod(med1, ids, {
      department: 'MED1',
      startDate: '2026-05-04',
      shifts: [
        { employeeId: anna, type: 'D', date: '2026-05-05' },
        { employeeId: johan, type: 'K', date: '2026-05-05' },
      ],
    }));
  });
  afterAll(() => t.close());

  it('shows HR who is not attested', async () => {
    const view = await overview();
    expect(view.employees.map((e: { employeeId: string; attested: boolean }) => [e.employeeId, e.attested])).toEqual(
      expect.arrayContaining([
        [anna, false],
        [johan, false],
      ]),
    );
    expect(view.warnings.filter((w: { kind: string }) => w.kind === 'not-attested')).toHaveLength(2);
  });

  it('refuses to attest while a report waits for a decision, and changes nothing', async () => {
    const { body: reported } = await annaAgent.post('/api/deviations').send({
      kind: 'extra-time',
      shiftId: annaShift,
      start: '2026-05-05T15:30',
      end: '2026-05-05T16:00',
      orderedBy: 'Lisa',
    });
    const before = await counts();
    const res = await med1.post(`/api/roster-periods/${periodId}/attestations`).send({ employeeIds: [anna] });
    expect(res.status).toBe(409);
    expect(res.body.messageSv).toMatch(/väntar på beslut: Anna Lindqvist/);
    expect(await counts()).toEqual(before);
    await med1.post(`/api/deviations/${reported.id}/decision`).send({ decision: 'accept', version: reported.version });
  });

  it('refuses attestation by HR, by another department and of someone without time in the period', async () => {
    const before = await counts();
    expect((await hr.post(`/api/roster-periods/${periodId}/attestations`).send({ employeeIds: [anna] })).status).toBe(
      403,
    );
    expect((await kir.post(`/api/roster-periods/${periodId}/attestations`).send({ employeeIds: [anna] })).status).toBe(
      404,
    );
    const nobody = await med1
      .post(`/api/roster-periods/${periodId}/attestations`)
      .send({ employeeIds: [ids.employeeByName('Sara', 'Nyström')] });
    expect(nobody.status).toBe(400);
    expect(nobody.body.details[0].field).toBe('employeeIds');
    expect(await counts()).toEqual(before);
  });

  it('attests: the totals are recorded and the period shows who attested', async () => {
    const res = await med1.post(`/api/roster-periods/${periodId}/attestations`).send({ employeeIds: [anna] });
    expect(res.status).toBe(200);
    const row = res.body.report.employees.find((e: { employeeId: string }) => e.employeeId === anna);
    expect(row.attestation).toMatchObject({ attestedByName: expect.stringContaining('') });
    const [stored] = await t.dataSource.query(`SELECT totals FROM attestations WHERE employee_id = $1`, [anna]);
    expect(stored.totals).toEqual({ ordinary: 8, 'overtime-simple': 0.5 });
    const again = await med1.post(`/api/roster-periods/${periodId}/attestations`).send({ employeeIds: [anna] });
    expect(again.status).toBe(409);
    const view = await overview();
    expect(view.employees.find((e: { employeeId: string }) => e.employeeId === anna).attested).toBe(true);
    expect(view.employees.find((e: { employeeId: string }) => e.employeeId === johan).attested).toBe(false);
  });

  it('freezes attested time: the shift cannot be edited, moved to someone else or deleted', async () => {
    const before = await counts();
    const [{ version }] = await t.dataSource.query(`SELECT version FROM shifts WHERE id = $1`, [annaShift]);
    const edit = await med1.patch(`/api/shifts/${annaShift}`).send({ version, note: 'ändrad' });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('ATTESTED');
    const reassign = await med1.patch(`/api/shifts/${johanShift}`).send({ version: 1, employeeId: anna });
    expect(reassign.status).toBe(409);
    const remove = await med1.delete(`/api/shifts/${annaShift}?version=${version}`);
    expect(remove.status).toBe(409);
    const add = await med1
      .post('/api/shifts')
      .send({ periodId, employeeId: anna, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-05-07' });
    expect(add.status).toBe(409);
    expect(await counts()).toEqual(before);
    // Johan is not attested: his shift still changes.
    const [{ version: johanVersion }] = await t.dataSource.query(`SELECT version FROM shifts WHERE id = $1`, [
      johanShift,
    ]);
    expect((await med1.patch(`/api/shifts/${johanShift}`).send({ version: johanVersion, note: 'ok' })).status).toBe(
      200,
    );
  });

  it('takes changes of attested time only as corrections with a reason', async () => {
    const before = await counts();
    const sick = { kind: 'absence', absenceType: 'sick', shiftId: annaShift, start: '2026-05-05T13:00' };
    const bare = await med1.post('/api/deviations').send(sick);
    expect(bare.status).toBe(409);
    expect(bare.body.details.map((d: { field: string }) => d.field)).toEqual(['correctionReason']);
    const fromAnna = await annaAgent.post('/api/deviations').send(sick);
    expect(fromAnna.status).toBe(409);
    expect(fromAnna.body.message).toMatch(/ask your manager/);
    expect(await counts()).toEqual(before);

    const corrected = await med1
      .post('/api/deviations')
      .send({ ...sick, correctionReason: 'Sjukanmälan kom i efterhand' });
    expect(corrected.status).toBe(201);
    expect(corrected.body.correctionReason).toBe('Sjukanmälan kom i efterhand');

    const extra = (await med1.get(`/api/deviations?periodId=${periodId}&employeeId=${anna}&status=accepted`)).body.find(
      (d: { kind: string }) => d.kind === 'extra-time',
    );
    const withdrawBare = await med1.post(`/api/deviations/${extra.id}/withdraw`).send({ version: extra.version });
    expect(withdrawBare.status).toBe(409);
    const withdrawn = await med1
      .post(`/api/deviations/${extra.id}/withdraw`)
      .send({ version: extra.version, reason: 'Övertiden var inte beordrad' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Övertiden var inte beordrad' });
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_type = 'time-deviation' AND action LIKE 'correct%' ORDER BY id`,
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['correct', 'correct:withdraw']);
  });
});
