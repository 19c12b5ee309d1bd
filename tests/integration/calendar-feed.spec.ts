import ICAL from 'ical.js';
import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { FixedClock } from '../support/fixed-clock';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

/** Parses a feed with an independent iCalendar implementation, resolving its own VTIMEZONE. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      tzid: event.startDate.zone.tzid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
}

describe('calendar feed', () => {
  const clock = new FixedClock(new Date('2026-10-01T08:00:00Z'));
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

  it('serves published shifts in Europe/Stockholm with stable UIDs, across the October clock change', async () => {
    const annaId = ids.employeeByName('Anna', 'Lindqvist');
    const { body: published } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-10-19', weeks: 1 });
    // The autumn night lasts 11 hours, so one 45-minute break leaves more than 5 hours of work in
    // a row (ATL 15 §): the scheduler records that a second break is planned.
    const { body: night } = await (await t.login(DEMO.admin)).post('/api/shifts').send({
      periodId: published.id,
      employeeId: annaId,
      shiftTypeId: ids.shiftType('MED1', 'N'),
      date: '2026-10-24',
      override: { reason: 'Två raster planerade natten då klockan ställs tillbaka' },
    });
    expect(night.shift.overriddenRules).toEqual(['break']);
    await med1.post(`/api/roster-periods/${published.id}/transition`).send({ to: 'review' });
    expect((await med1.post(`/api/roster-periods/${published.id}/transition`).send({ to: 'published' })).status).toBe(
      200,
    );
    const { body: draft } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-10-26', weeks: 1 });
    await med1
      .post('/api/shifts')
      .send({ periodId: draft.id, employeeId: annaId, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-10-27' });

    const created = await anna.post('/api/calendar-feed');
    expect(created.status).toBe(201);
    const path: string = created.body.path;
    expect(path).toMatch(/^\/api\/calendar\/[\w-]{40,}\.ics$/);

    const feed = await t.anonymous().get(path);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toMatch(/text\/calendar/);
    expect(feed.text).toContain('TZID:Europe/Stockholm');
    const events = parseFeed(feed.text);
    expect(events).toEqual([
      {
        uid: `${night.shift.id}@bemanna`,
        sequence: night.shift.version,
        summary: 'Natt (N) – Medicin 1',
        tzid: 'Europe/Stockholm',
        // 21:15 summer time → 07:15 winter time: 11 hours of real time.
        start: '2026-10-24T19:15:00.000Z',
        end: '2026-10-25T06:15:00.000Z',
      },
    ]);

    // An edit keeps the UID and raises the sequence, so calendar apps update the event.
    await med1
      .patch(`/api/shifts/${night.shift.id}`)
      .send({ version: night.shift.version, start: '2026-10-24T22:00', end: '2026-10-25T04:00' });
    const [updated] = parseFeed((await t.anonymous().get(path)).text);
    expect(updated).toMatchObject({
      uid: `${night.shift.id}@bemanna`,
      sequence: night.shift.version + 1,
      start: '2026-10-24T20:00:00.000Z',
    });
    expect((await anna.get('/api/calendar-feed')).body).toMatchObject({ active: true, lastUsedAt: expect.any(String) });
  });

  it('stops answering a revoked or replaced link', async () => {
    const first = (await anna.post('/api/calendar-feed')).body.path;
    const second = (await anna.post('/api/calendar-feed')).body.path;
    expect((await t.anonymous().get(first)).status).toBe(404);
    expect((await t.anonymous().get(second)).status).toBe(200);
    expect((await anna.delete('/api/calendar-feed')).status).toBe(204);
    expect((await t.anonymous().get(second)).status).toBe(404);
    expect((await t.anonymous().get('/api/calendar/not-a-real-token.ics')).status).toBe(404);
    expect((await anna.get('/api/calendar-feed')).body.active).toBe(false);
  });

  it('is for logins linked to an employee', async () => {
    const res = await med1.post('/api/calendar-feed');
    expect(res.status).toBe(403);
  });
});
