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

  it('refuses a range that ends before it starts', async () => {
    const res = await anna.get('/api/me/schedule?from=2026-05-10&to=2026-05-01');
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('to');
  });
});
