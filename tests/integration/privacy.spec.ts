import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

// What an employee (Anna, nurse in Medicin 1) must never see, endpoint by endpoint.
describe('privacy: what an employee sees', () => {
  let t: TestApp;
  let ids: DemoIds;
  let anna: Agent;
  let draftId: string;
  let publishedId: string;
  let kirPublishedId: string;
  let johanShiftId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    anna = await t.login(DEMO.employeeAnna);
    const med1 = await t.login(DEMO.schedulerMed1);
    const kir = await t.login(DEMO.schedulerKir);
    const johan = ids.employeeByName('Johan', 'Berg');
    const sara = ids.employeeByName('Sara', 'Nyström');

    const period = async (agent: Agent, department: string, startDate: string, publish: boolean) => {
      const { body } = await agent
        .post('/api/roster-periods')
        .send({ departmentId: ids.department(department), startDate, weeks: 1 });
      if (publish) {
        await agent.post(`/api/roster-periods/${body.id}/transition`).send({ to: 'review' });
      }
      return body.id as string;
    };
    draftId = await period(med1, 'MED1', '2026-05-04', false);
    await med1
      .post('/api/shifts')
      .send({ periodId: draftId, employeeId: johan, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-05-05' });
    publishedId = await period(med1, 'MED1', '2026-05-11', true);
    const { body: johans } = await med1.post('/api/shifts').send({
      periodId: publishedId,
      employeeId: johan,
      shiftTypeId: ids.shiftType('MED1', 'D'),
      date: '2026-05-12',
      note: 'Läkarbesök 15:00',
    });
    johanShiftId = johans.shift.id;
    await med1.post(`/api/roster-periods/${publishedId}/transition`).send({ to: 'published' });
    kirPublishedId = await period(kir, 'KIR', '2026-05-11', true);
    await kir.post(`/api/roster-periods/${kirPublishedId}/transition`).send({ to: 'published' });

    // A colleague's leave with a private comment, and a sickness.
    const johanAgent = await t.login('johan.berg@demo.bemanna.se');
    await johanAgent
      .post('/api/leave-requests')
      .send({ type: 'leave', startDate: '2026-06-01', endDate: '2026-06-02', comment: 'Privat skäl' });
    await med1.post('/api/absences/sick').send({ employeeId: sara, startDate: '2026-05-20', endDate: '2026-05-21' });
  });
  afterAll(() => t.close());

  it.each([
    ['a draft period', () => `/api/roster-periods/${draftId}`],
    ["a draft period's shifts", () => `/api/roster-periods/${draftId}/shifts`],
    ["a draft period's wishes", () => `/api/roster-periods/${draftId}/wishes`],
    ["a draft period's live changes", () => `/api/roster-periods/${draftId}/events`],
    ['another department’s published period', () => `/api/roster-periods/${kirPublishedId}`],
    ["another department's shifts", () => `/api/roster-periods/${kirPublishedId}/shifts`],
  ])('not %s (404, as if it did not exist)', async (_label, path) => {
    expect((await anna.get(path())).status).toBe(404);
  });

  it.each([
    ['the roster view with everyone’s hours and violations', () => `/api/roster-periods/${publishedId}/roster`],
    ['the staff list', () => '/api/employees'],
    ['a colleague’s staff record', () => `/api/employees/${ids.employeeByName('Johan', 'Berg')}`],
    ['the staffing needs', () => `/api/departments/${ids.department('MED1')}/staffing-needs`],
    ['the audit log', () => '/api/audit'],
    ['the users', () => '/api/users'],
  ])('not %s (403)', async (_label, path) => {
    expect((await anna.get(path())).status).toBe(403);
  });

  it('lists only periods she may see', async () => {
    const listed = (await anna.get('/api/roster-periods')).body.map((p: { id: string }) => p.id);
    expect(listed).toEqual([publishedId]);
  });

  it("sees colleagues' published shifts as times only, without their notes", async () => {
    const shifts = (await anna.get(`/api/roster-periods/${publishedId}/shifts`)).body as {
      id: string;
      note: string | null;
      startLocal: string;
    }[];
    const johans = shifts.find((s) => s.id === johanShiftId)!;
    expect(johans.startLocal).toBe('2026-05-12T07:00:00+02:00');
    expect(johans.note).toBeNull();
  });

  it("never sees colleagues' leave, its reasons, or sickness", async () => {
    const leave = (await anna.get('/api/leave-requests')).body as unknown[];
    expect(leave).toEqual([]);
    const asAll = (await anna.get(`/api/leave-requests?employeeId=${ids.employeeByName('Johan', 'Berg')}`))
      .body as unknown[];
    expect(asAll).toEqual([]);
  });

  it("never sees colleagues' wishes", async () => {
    const { body: wishPeriod } = await (
      await t.login(DEMO.schedulerMed1)
    )
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-07-06', weeks: 1 });
    const med1 = await t.login(DEMO.schedulerMed1);
    await med1.post(`/api/roster-periods/${wishPeriod.id}/transition`).send({ to: 'wishes-open' });
    const johan = await t.login('johan.berg@demo.bemanna.se');
    await johan
      .put(`/api/roster-periods/${wishPeriod.id}/wishes`)
      .send({ wishes: [{ date: '2026-07-11', kind: 'can-work', comment: 'Helst inte' }] });
    const seen = (await anna.get(`/api/roster-periods/${wishPeriod.id}/wishes`)).body;
    expect(seen.wishes).toEqual([]);
    expect(seen.perEmployee).toEqual([]);
  });

  it("never reads others' notifications", async () => {
    const [row] = await t.dataSource.query(
      `SELECT n.id FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'johan.berg@demo.bemanna.se' LIMIT 1`,
    );
    expect(row).toBeDefined();
    expect((await anna.post(`/api/notifications/${row.id}/read`)).status).toBe(404);
  });
  it('sees only the open shifts she may take, without applicants or costs, and only her part of swaps', async () => {
    const med1 = await t.login(DEMO.schedulerMed1);
    const kir = await t.login(DEMO.schedulerKir);
    const johanAgent = await t.login('johan.berg@demo.bemanna.se');
    const sara = await t.login('sara.nystrom@demo.bemanna.se');
    const annaId = ids.employeeByName('Anna', 'Lindqvist');
    const johan = ids.employeeByName('Johan', 'Berg');
    const saraId = ids.employeeByName('Sara', 'Nyström');
    const [{ id: colleague }] = await t.dataSource.query(
      `SELECT e.id FROM employees e JOIN departments d ON d.id = e.home_department_id
        WHERE d.code = 'MED1' AND e.profession = 'sjukskoterska' AND e.id <> ALL($1::uuid[])
        ORDER BY e.employee_number LIMIT 1`,
      [[annaId, johan]],
    );
    const week = async (agent: Agent, department: string, shifts: [string | null, string, string][]) => {
      const { body: period } = await agent
        .post('/api/roster-periods')
        .send({ departmentId: ids.department(department), startDate: '2031-03-03', weeks: 1 });
      const made: string[] = [];
      for (const [employeeId, code, date] of shifts) {
        const { body } = await agent
          .post('/api/shifts')
          .send({ periodId: period.id, employeeId, shiftTypeId: ids.shiftType(department, code), date });
        made.push(body.shift.id);
      }
      await agent.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'review' });
      await agent.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'published' });
      return made;
    };
    const [, johansShift, colleaguesShift, sarasShift, eligible, overlapping, forAssistants] = await week(
      med1,
      'MED1',
      [
        [annaId, 'D', '2031-03-04'],
        [johan, 'D', '2031-03-05'],
        [colleague, 'D', '2031-03-06'],
        [saraId, 'D', '2031-03-07'],
        [null, 'D', '2031-03-06'],
        [null, 'N', '2031-03-03'],
        [null, 'D', '2031-03-08'],
      ],
    );
    const [kirOpen] = await week(kir, 'KIR', [[null, 'D', '2031-03-05']]);
    const postOpen = async (agent: Agent, shiftId: string, profession: string) =>
      (await agent.post('/api/open-shifts').send({ shiftId, profession })).body.id as string;
    const okId = await postOpen(med1, eligible, 'sjukskoterska');
    await postOpen(med1, overlapping, 'sjukskoterska');
    await postOpen(med1, forAssistants, 'underskoterska');
    await postOpen(kir, kirOpen, 'sjukskoterska');

    await johanAgent.post(`/api/open-shifts/${okId}/applications`).expect(201);
    const seen = (await anna.get('/api/open-shifts')).body as {
      id: string;
      applicants: unknown[];
      agency: unknown;
      filledBy: unknown;
    }[];
    expect(seen.map((o) => o.id)).toEqual([okId]);
    expect(seen[0]).toMatchObject({ applicants: [], agency: null, filledBy: null });

    // Swaps between others (an exchange, an assistant nurse's give-away) are not hers to see.
    const exchange = await johanAgent
      .post('/api/swaps')
      .send({ offeredShiftId: johansShift, requestedShiftId: colleaguesShift });
    expect(exchange.status).toBe(201);
    const giveAway = await sara.post('/api/swaps').send({ offeredShiftId: sarasShift });
    expect(giveAway.status).toBe(201);
    const swaps = (await anna.get('/api/swaps')).body.map((w: { id: string }) => w.id);
    expect(swaps).not.toContain(exchange.body.id);
    expect(swaps).not.toContain(giveAway.body.id);
    expect((await anna.post(`/api/swaps/${exchange.body.id}/accept`).send({})).status).toBe(404);
    expect((await anna.get(`/api/swaps/exchange-options?shiftId=${johansShift}`)).status).toBe(400);
  });
});
