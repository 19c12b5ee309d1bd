import { ShiftsRepository } from '../../api/src/shifts/shifts.repository';
import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

describe('the roster view', () => {
  let t: TestApp;
  let ids: DemoIds;
  let admin: Agent;
  let med1: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    admin = await t.login(DEMO.admin);
    med1 = await t.login(DEMO.schedulerMed1);
  });
  afterAll(() => t.close());

  it('gives rows with contracted and planned hours, coverage against needs, violations and shifts elsewhere', async () => {
    const anna = ids.employeeByName('Anna', 'Lindqvist');
    const johan = ids.employeeByName('Johan', 'Berg'); // may also work in Geriatrik
    const night = ids.shiftType('MED1', 'N');
    await med1.put(`/api/departments/${ids.department('MED1')}/staffing-needs`).send({
      needs: [
        { dayKind: 'tue', shiftTypeId: night, profession: 'sjukskoterska', min: 2, target: 2 },
        { dayKind: 'tue', shiftTypeId: night, profession: 'underskoterska', min: 1, target: 2 },
      ],
    });
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-02-02', weeks: 4 });
    const place = (employeeId: string | null, code: string, date: string) =>
      med1
        .post('/api/shifts')
        .send({ periodId: period.id, employeeId, shiftTypeId: ids.shiftType('MED1', code), date });
    await place(anna, 'N', '2026-02-03');
    await place(null, 'N', '2026-02-03');
    await place(johan, 'K', '2026-02-09');
    await place(johan, 'D', '2026-02-10'); // evening → day: 9 h 30 min rest

    const { body: ger } = await admin
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('GER'), startDate: '2026-02-02', weeks: 4 });
    await admin
      .post('/api/shifts')
      .send({ periodId: ger.id, employeeId: johan, shiftTypeId: ids.shiftType('GER', 'D'), date: '2026-02-12' });

    const res = await med1.get(`/api/roster-periods/${period.id}/roster`);
    expect(res.status).toBe(200);
    const view = res.body;
    expect(view.period).toMatchObject({ id: period.id, state: 'draft' });
    expect(view.shiftTypes.map((s: { code: string }) => s.code).sort()).toEqual(['D', 'K', 'N']);

    const annaRow = view.rows.find((r: { employeeId: string }) => r.employeeId === anna);
    // 38.25 h/week × 100 % × 4 weeks; one night 21:15–07:15 less a 45-minute break.
    expect(annaRow).toMatchObject({
      borrowed: false,
      contractedHours: 153,
      plannedHours: 9.25,
      profession: 'sjukskoterska',
    });
    const poolRow = view.rows.find((r: { homeDepartmentId: string }) => r.homeDepartmentId === ids.department('POOL'));
    expect(poolRow.borrowed).toBe(true);
    expect(view.rows.some((r: { homeDepartmentId: string }) => r.homeDepartmentId === ids.department('KIR'))).toBe(
      false,
    );

    const tuesday = view.coverage.filter((c: { date: string }) => c.date === '2026-02-03');
    expect(
      tuesday.map((c: { profession: string; planned: number; open: number; status: string }) => [
        c.profession,
        c.planned,
        c.open,
        c.status,
      ]),
    ).toEqual([
      ['sjukskoterska', 1, 1, 'under-min'],
      ['underskoterska', 0, 1, 'under-min'],
    ]);
    expect(
      view.coverage.every((c: { date: string }) =>
        ['2026-02-03', '2026-02-10', '2026-02-17', '2026-02-24'].includes(c.date),
      ),
    ).toBe(true);

    expect(
      view.violations.some(
        (v: { ruleId: string; employeeId: string }) => v.ruleId === 'daily-rest' && v.employeeId === johan,
      ),
    ).toBe(true);
    expect(
      view.elsewhere.map((s: { employeeId: string; departmentId: string }) => [s.employeeId, s.departmentId]),
    ).toEqual([[johan, ids.department('GER')]]);
    expect(view.shifts).toHaveLength(4);
  });

  it('is for schedulers, admins and HR, within the scheduler’s departments', async () => {
    const { body: kirPeriod } = await admin
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('KIR'), startDate: '2026-02-02', weeks: 1 });
    expect((await med1.get(`/api/roster-periods/${kirPeriod.id}/roster`)).status).toBe(404);
    expect((await (await t.login(DEMO.hr)).get(`/api/roster-periods/${kirPeriod.id}/roster`)).status).toBe(200);
    expect((await (await t.login(DEMO.employeeAnna)).get(`/api/roster-periods/${kirPeriod.id}/roster`)).status).toBe(
      403,
    );
  });

  it('reads shifts and violations from one snapshot, whatever is committed meanwhile', async () => {
    // A write that commits between the view's read of the shifts and its read for the rules check
    // (the builder's refetch racing an undo) must show in neither: violations naming a shift the
    // view does not list made a click on the violation select the other shift.
    const anna = ids.employeeByName('Anna', 'Lindqvist');
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-03-02', weeks: 1 });
    const place = (code: string, date: string) =>
      med1
        .post('/api/shifts')
        .send({ periodId: period.id, employeeId: anna, shiftTypeId: ids.shiftType('MED1', code), date });
    expect((await place('K', '2026-03-03')).status).toBe(201);

    const repository = t.app.get(ShiftsRepository);
    const read = repository.findRuleShifts.bind(repository);
    let meanwhile: { status: number; body: { shift: { id: string } } } | undefined;
    const spy = jest.spyOn(repository, 'findRuleShifts').mockImplementationOnce(async (...args) => {
      meanwhile = await place('D', '2026-03-04'); // evening → day: 9 h 30 min of rest
      return read(...args);
    });
    try {
      const during = await med1.get(`/api/roster-periods/${period.id}/roster`);
      expect(during.status).toBe(200);
      expect(meanwhile?.status).toBe(201);
      expect(during.body.shifts.map((s: { id: string }) => s.id)).not.toContain(meanwhile!.body.shift.id);
      expect(during.body.violations.filter((v: { ruleId: string }) => v.ruleId === 'daily-rest')).toEqual([]);
    } finally {
      spy.mockRestore();
    }

    const after = await med1.get(`/api/roster-periods/${period.id}/roster`);
    expect(after.body.shifts.map((s: { id: string }) => s.id)).toContain(meanwhile!.body.shift.id);
    const rest = after.body.violations.filter((v: { ruleId: string }) => v.ruleId === 'daily-rest');
    expect(rest.map((v: { shiftIds: string[] }) => v.shiftIds[1])).toEqual([meanwhile!.body.shift.id]);
  });
});
