import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

describe('wishes (önskemål)', () => {
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  let anna: Agent;
  let periodId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
    anna = await t.login(DEMO.employeeAnna);
    await med1
      .put(`/api/departments/${ids.department('MED1')}/wish-limits`)
      .send({ maxFreeDays: 2, minWeekendOffers: 1 });
    const { body } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-03-02', weeks: 2 });
    periodId = body.id;
  });
  afterAll(() => t.close());

  const wishesUrl = () => `/api/roster-periods/${periodId}/wishes`;
  const good = () => [
    { date: '2026-03-03', kind: 'free' },
    { date: '2026-03-04', kind: 'shift-type', shiftTypeId: ids.shiftType('MED1', 'N'), comment: 'Gärna natt' },
    { date: '2026-03-07', kind: 'can-work' },
  ];

  it('are entered only while the period is open for wishes, which employees then see', async () => {
    expect((await anna.get(`/api/roster-periods/${periodId}`)).status).toBe(404);
    expect((await anna.put(wishesUrl()).send({ wishes: good() })).status).toBe(404);
    await med1.post(`/api/roster-periods/${periodId}/transition`).send({ to: 'wishes-open' });
    expect((await anna.get(`/api/roster-periods/${periodId}`)).body.state).toBe('wishes-open');
    // The draft roster itself stays hidden.
    expect((await anna.get(`/api/roster-periods/${periodId}/shifts`)).status).toBe(404);

    const saved = await anna.put(wishesUrl()).send({ wishes: good() });
    expect(saved.status).toBe(200);
    expect(saved.body.limits).toEqual({ maxFreeDays: 2, minWeekendOffers: 1 });
    expect(saved.body.wishes.map((w: { date: string; kind: string; met: unknown }) => [w.date, w.kind, w.met])).toEqual(
      [
        ['2026-03-03', 'free', null],
        ['2026-03-04', 'shift-type', null],
        ['2026-03-07', 'can-work', null],
      ],
    );
  });

  it.each([
    [
      'too many free days',
      [
        { date: '2026-03-03', kind: 'free' },
        { date: '2026-03-05', kind: 'free' },
        { date: '2026-03-06', kind: 'free' },
        { date: '2026-03-07', kind: 'can-work' },
      ],
      'wishes',
      /Högst 2/,
    ],
    ['no weekend offered', [{ date: '2026-03-03', kind: 'free' }], 'wishes', /minst 1 helgdag/],
    [
      'a date outside the period',
      [
        { date: '2026-03-20', kind: 'can-work' },
        { date: '2026-03-07', kind: 'can-work' },
      ],
      'wishes.0.date',
      /utanför/,
    ],
    [
      'a shift wish without a shift type',
      [{ date: '2026-03-07', kind: 'shift-type' }],
      'wishes.0.shiftTypeId',
      /passtyper/,
    ],
    [
      'two wishes on one day',
      [
        { date: '2026-03-07', kind: 'can-work' },
        { date: '2026-03-07', kind: 'free' },
      ],
      'wishes.1.date',
      /per dag/,
    ],
  ])('refuses %s and keeps the saved wishes', async (_label, wishes, field, messageSv) => {
    const res = await anna.put(wishesUrl()).send({ wishes });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, messageSv: expect.stringMatching(messageSv) })]),
    );
    expect((await anna.get(wishesUrl())).body.wishes).toHaveLength(3);
  });

  it('shows the scheduler everyone’s wishes with fulfilment, and the employee only her own', async () => {
    const johan = await t.login('johan.berg@demo.bemanna.se');
    await johan.put(wishesUrl()).send({
      wishes: [
        { date: '2026-03-03', kind: 'free' },
        { date: '2026-03-08', kind: 'can-work' },
      ],
    });
    const annaId = ids.employeeByName('Anna', 'Lindqvist');
    const johanId = ids.employeeByName('Johan', 'Berg');
    // The roster meets Anna's night wish and breaks Johan's free day.
    await med1
      .post('/api/shifts')
      .send({ periodId, employeeId: annaId, shiftTypeId: ids.shiftType('MED1', 'N'), date: '2026-03-04' });
    await med1
      .post('/api/shifts')
      .send({ periodId, employeeId: johanId, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-03-03' });

    const view = (await med1.get(wishesUrl())).body;
    expect(view.wishes).toHaveLength(5);
    expect(view.perEmployee).toEqual(
      expect.arrayContaining([
        { employeeId: annaId, wishes: 2, met: 2, share: 1 },
        { employeeId: johanId, wishes: 1, met: 0, share: 0 },
      ]),
    );
    expect(view.spread).toBe(1);
    const own = (await anna.get(wishesUrl())).body;
    expect(own.wishes.every((w: { employeeId: string }) => w.employeeId === annaId)).toBe(true);
    expect(own.perEmployee).toEqual([]);

    // In review the period is the schedulers' again: staff neither see it nor change wishes.
    await med1.post(`/api/roster-periods/${periodId}/transition`).send({ to: 'review' });
    expect((await anna.put(wishesUrl()).send({ wishes: good() })).status).toBe(404);
  });

  it('lets only the department’s schedulers set its limits', async () => {
    const kir = await t.login(DEMO.schedulerKir);
    expect(
      (
        await kir
          .put(`/api/departments/${ids.department('MED1')}/wish-limits`)
          .send({ maxFreeDays: 9, minWeekendOffers: 0 })
      ).status,
    ).toBe(403);
  });
});
