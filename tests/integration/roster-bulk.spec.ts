import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

describe('base schedules and bulk roster changes', () => {
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  let anna: string;
  let johan: string;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
    anna = ids.employeeByName('Anna', 'Lindqvist');
    johan = ids.employeeByName('Johan', 'Berg');
  });
  afterAll(() => t.close());

  const createPeriod = async (startDate: string, weeks: number) =>
    (await med1.post('/api/roster-periods').send({ departmentId: ids.department('MED1'), startDate, weeks })).body as {
      id: string;
    };
  const shiftsOf = async (periodId: string) =>
    (await med1.get(`/api/roster-periods/${periodId}/shifts`)).body as {
      id: string;
      employeeId: string;
      date: string;
      startLocal: string;
      source: string;
      version: number;
    }[];

  it('saves a rotation and refuses entries outside it, of another department, or twice a day', async () => {
    const url = `/api/departments/${ids.department('MED1')}/base-schedules`;
    const bad = await med1.post(url).send({
      name: 'Fel',
      weeks: 2,
      entries: [
        { employeeId: anna, week: 3, weekday: 1, shiftTypeId: ids.shiftType('MED1', 'D') },
        { employeeId: anna, week: 1, weekday: 2, shiftTypeId: ids.shiftType('KIR', 'D') },
        { employeeId: johan, week: 1, weekday: 3, shiftTypeId: ids.shiftType('MED1', 'D') },
        { employeeId: johan, week: 1, weekday: 3, shiftTypeId: ids.shiftType('MED1', 'K') },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual([
      'entries.0.week',
      'entries.1.shiftTypeId',
      'entries.3',
    ]);
    expect((await med1.get(url)).body).toEqual([]);
  });

  it('rolls a 2-week rotation out from week 2, keeps hand-made shifts and replaces its own on a second roll-out', async () => {
    const D = ids.shiftType('MED1', 'D');
    const K = ids.shiftType('MED1', 'K');
    const { body: schedule } = await med1.post(`/api/departments/${ids.department('MED1')}/base-schedules`).send({
      name: 'Sjuksköterskor',
      weeks: 2,
      entries: [
        { employeeId: anna, week: 1, weekday: 1, shiftTypeId: D },
        { employeeId: anna, week: 2, weekday: 1, shiftTypeId: K },
        { employeeId: johan, week: 2, weekday: 3, shiftTypeId: D },
      ],
    });
    const period = await createPeriod('2026-08-03', 4);
    // Johan already has a hand-placed shift on Wednesday 5 August.
    await med1.post('/api/shifts').send({ periodId: period.id, employeeId: johan, shiftTypeId: K, date: '2026-08-05' });

    const first = await med1
      .post(`/api/roster-periods/${period.id}/apply-base-schedule`)
      .send({ baseScheduleId: schedule.id, startWeek: 2 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 5, removed: 0 });
    expect(first.body.skipped).toEqual([
      {
        employeeId: johan,
        date: '2026-08-05',
        reason: expect.objectContaining({ sv: expect.stringMatching(/handlagt/) }),
      },
    ]);
    const placed = (await shiftsOf(period.id)).filter((s) => s.source === 'base-schedule');
    expect(placed.map((s) => [s.employeeId === anna ? 'anna' : 'johan', s.date, s.startLocal.slice(11, 16)])).toEqual([
      ['anna', '2026-08-03', '13:30'],
      ['anna', '2026-08-10', '07:00'],
      ['anna', '2026-08-17', '13:30'],
      ['johan', '2026-08-19', '07:00'],
      ['anna', '2026-08-24', '07:00'],
    ]);

    // Edit one planned shift by hand: it becomes manual and survives the next roll-out.
    const edited = placed[1];
    await med1.patch(`/api/shifts/${edited.id}`).send({ version: edited.version, note: 'Byter tid' });
    const second = await med1
      .post(`/api/roster-periods/${period.id}/apply-base-schedule`)
      .send({ baseScheduleId: schedule.id, startWeek: 2 });
    expect(second.body).toMatchObject({ created: 4, removed: 4 });
    expect((await shiftsOf(period.id)).length).toBe(6);

    const overwrite = await med1
      .post(`/api/roster-periods/${period.id}/apply-base-schedule`)
      .send({ baseScheduleId: schedule.id, startWeek: 2, overwriteManual: true });
    expect(overwrite.body).toMatchObject({ created: 6, skipped: [] });
    expect((await shiftsOf(period.id)).every((s) => s.source === 'base-schedule')).toBe(true);

    const wrongWeek = await med1
      .post(`/api/roster-periods/${period.id}/apply-base-schedule`)
      .send({ baseScheduleId: schedule.id, startWeek: 3 });
    expect(wrongWeek.status).toBe(400);
    expect(wrongWeek.body.details[0].field).toBe('startWeek');
  });

  it('copies a week into other weeks at the same wall-clock times, across the spring clock change, skipping collisions', async () => {
    const period = await createPeriod('2026-03-16', 3);
    const N = ids.shiftType('MED1', 'N');
    await med1.post('/api/shifts').send({ periodId: period.id, employeeId: anna, shiftTypeId: N, date: '2026-03-21' });
    await med1
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: null, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-03-16' });
    // A collision waiting in the target week: Anna already works Saturday 4 April.
    await med1
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: anna, start: '2026-04-04T20:00', end: '2026-04-05T02:00' });

    const res = await med1
      .post(`/api/roster-periods/${period.id}/copy-week`)
      .send({ fromWeekStart: '2026-03-16', toWeekStarts: ['2026-03-23', '2026-03-30'] });
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(3);
    expect(res.body.skipped).toEqual([expect.objectContaining({ employeeId: anna, date: '2026-04-04' })]);
    // Saturday 28 March → Sunday 29 March crosses the clock change: same wall clock, one hour shorter.
    const copied = (await med1.get(`/api/roster-periods/${period.id}/shifts`)).body.find(
      (s: { employeeId: string; date: string }) => s.employeeId === anna && s.date === '2026-03-28',
    );
    expect(copied).toMatchObject({
      startLocal: '2026-03-28T21:15:00+01:00',
      endLocal: '2026-03-29T07:15:00+02:00',
      paidMinutes: 9 * 60 - 45,
    });

    const bad = await med1
      .post(`/api/roster-periods/${period.id}/copy-week`)
      .send({ fromWeekStart: '2026-03-17', toWeekStarts: ['2026-04-20'] });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('fromWeekStart');
  });

  it('clears a range, for everyone or some employees', async () => {
    const period = await createPeriod('2026-09-07', 1);
    const D = ids.shiftType('MED1', 'D');
    for (const date of ['2026-09-07', '2026-09-08', '2026-09-09']) {
      await med1.post('/api/shifts').send({ periodId: period.id, employeeId: anna, shiftTypeId: D, date });
      await med1.post('/api/shifts').send({ periodId: period.id, employeeId: johan, shiftTypeId: D, date });
    }
    const some = await med1
      .post(`/api/roster-periods/${period.id}/clear`)
      .send({ from: '2026-09-07', to: '2026-09-08', employeeIds: [johan] });
    expect(some.body).toMatchObject({ removed: 2, created: 0 });
    const all = await med1
      .post(`/api/roster-periods/${period.id}/clear`)
      .send({ from: '2026-09-08', to: '2026-09-13' });
    expect(all.body.removed).toBe(3);
    expect((await shiftsOf(period.id)).map((s) => s.date)).toEqual(['2026-09-07']);
    expect(
      (await med1.post(`/api/roster-periods/${period.id}/clear`).send({ from: '2026-09-09', to: '2026-09-08' })).status,
    ).toBe(400);
  });

  it('keeps what was published, as it was published', async () => {
    const period = await createPeriod('2026-10-05', 1);
    const { body: created } = await med1
      .post('/api/shifts')
      .send({ periodId: period.id, employeeId: anna, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-10-06' });
    await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'review' });
    expect((await med1.post(`/api/roster-periods/${period.id}/transition`).send({ to: 'published' })).status).toBe(200);
    await med1.patch(`/api/shifts/${created.shift.id}`).send({
      version: created.shift.version,
      start: '2026-10-06T08:00',
      end: '2026-10-06T16:30',
      changeReason: 'Möte',
    });
    const [snapshot] = await t.dataSource.query(`SELECT shifts FROM roster_publications WHERE period_id = $1`, [
      period.id,
    ]);
    expect(snapshot.shifts).toEqual([
      expect.objectContaining({ id: created.shift.id, startLocal: '2026-10-06T07:00:00+02:00' }),
    ]);
  });
});
