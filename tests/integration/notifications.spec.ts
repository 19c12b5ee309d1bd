import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

describe('in-app notifications', () => {
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
  });
  afterAll(() => t.close());

  it('tells employees when their roster is published and when a published shift of theirs changes', async () => {
    const anna = ids.employeeByName('Anna', 'Lindqvist');
    const johan = ids.employeeByName('Johan', 'Berg');
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-11-02', weeks: 1 });
    const { body: annas } = await med1
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: anna, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-11-03' });
    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'review' });

    const annaAgent = await t.login(DEMO.employeeAnna);
    expect((await annaAgent.get('/api/notifications')).body.unread).toBe(0);
    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'published' });

    const inbox = (await annaAgent.get('/api/notifications')).body;
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      kind: 'period-published',
      title: { sv: 'Nytt schema: Medicin 1' },
      readAt: null,
    });
    expect(inbox.items[0].body.sv).toContain('2026-11-02 – 2026-11-08');

    // Reassigned from Anna to Johan: it is gone for her and new for him, with the reason.
    await med1
      .patch(`/api/shifts/${annas.shift.id}`)
      .send({ version: annas.shift.version, employeeId: johan, changeReason: 'Kursdag' });
    const annaNow = (await annaAgent.get('/api/notifications')).body;
    expect(annaNow.unread).toBe(2);
    expect(annaNow.items[0]).toMatchObject({
      kind: 'shift-changed',
      body: { sv: 'Passet 2026-11-03 07:00–15:30 är borttaget. Orsak: Kursdag' },
    });
    const johanInbox = (await (await t.login('johan.berg@demo.bemanna.se')).get('/api/notifications')).body;
    expect(johanInbox.items[0].body.sv).toBe('Nytt pass 2026-11-03 07:00–15:30. Orsak: Kursdag');

    const read = await annaAgent.post(`/api/notifications/${annaNow.items[0].id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect((await annaAgent.get('/api/notifications')).body.unread).toBe(1);
    // Nobody can read someone else's message.
    expect((await med1.post(`/api/notifications/${annaNow.items[1].id}/read`)).status).toBe(404);
    expect((await annaAgent.post('/api/notifications/read-all')).status).toBe(204);
    expect((await annaAgent.get('/api/notifications')).body.unread).toBe(0);
  });

  it('does not notify anyone about changes before publication', async () => {
    const sara = ids.employeeByName('Sara', 'Nyström');
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-11-16', weeks: 1 });
    await med1
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: sara, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-11-17' });
    const saraInbox = (await (await t.login('sara.nystrom@demo.bemanna.se')).get('/api/notifications')).body;
    expect(saraInbox.items).toEqual([]);
  });
});
