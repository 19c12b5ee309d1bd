import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { FixedClock } from '../support/fixed-clock';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

const JOHAN = 'johan.berg@demo.bemanna.se';
const SARA = 'sara.nystrom@demo.bemanna.se';

interface Shift {
  id: string;
  version: number;
  employeeId: string | null;
  date: string;
  source: string;
}

describe('shift swaps', () => {
  // Sunday 1 March 2026; the roster below is for the three weeks from Monday 9 March.
  const clock = new FixedClock(new Date('2026-03-01T09:00:00+01:00'));
  let sink: SmtpSink;
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  let anna: Agent;
  let johan: Agent;
  let annaId: string;
  let johanId: string;
  let saraId: string;
  let periodId: string;

  const shift = async (employeeId: string | null, code: string, date: string): Promise<Shift> => {
    const res = await med1
      .post('/api/shifts')
      .send({ periodId, employeeId, shiftTypeId: ids.shiftType('MED1', code), date });
    if (res.status !== 201) throw new Error(`shift ${date}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.shift;
  };
  const current = async (id: string): Promise<Shift> =>
    (await med1.get(`/api/roster-periods/${periodId}/shifts`)).body.find((s: Shift) => s.id === id);
  const inbox = async (agent: Agent) =>
    (await agent.get('/api/notifications')).body.items as { kind: string; body: { sv: string } }[];
  const swapCount = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM shift_swaps`))[0].n);

  // Shifts made before publishing; each test uses its own days.
  let annaTue: Shift;
  let johanThu: Shift;
  let johanTueDay: Shift;
  let annaFri: Shift;
  let annaWed2: Shift;
  let johanThu2: Shift;
  let annaFri1: Shift;
  let johanWed: Shift;
  let annaMon3: Shift;
  let johanWed3: Shift;
  let annaMon: Shift;
  let saraTue: Shift;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ clock, mail: { smtpUrl: sink.url } });
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
    anna = await t.login(DEMO.employeeAnna);
    johan = await t.login(JOHAN);
    annaId = ids.employeeByName('Anna', 'Lindqvist');
    johanId = ids.employeeByName('Johan', 'Berg');
    saraId = ids.employeeByName('Sara', 'Nyström');
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-03-09', weeks: 3 });
    periodId = period.id;
    annaTue = await shift(annaId, 'D', '2026-03-10');
    johanThu = await shift(johanId, 'D', '2026-03-12');
    await shift(annaId, 'K', '2026-03-16');
    johanTueDay = await shift(johanId, 'D', '2026-03-17');
    annaFri = await shift(annaId, 'D', '2026-03-20');
    annaWed2 = await shift(annaId, 'D', '2026-03-18');
    johanThu2 = await shift(johanId, 'D', '2026-03-19');
    annaFri1 = await shift(annaId, 'D', '2026-03-13');
    johanWed = await shift(johanId, 'D', '2026-03-11');
    annaMon3 = await shift(annaId, 'D', '2026-03-23');
    johanWed3 = await shift(johanId, 'D', '2026-03-25');
    annaMon = await shift(annaId, 'D', '2026-03-09');
    saraTue = await shift(saraId, 'D', '2026-03-10');
    await med1.post(`/api/roster-periods/${periodId}/transition`).send({ to: 'review' });
    const published = await med1.post(`/api/roster-periods/${periodId}/transition`).send({ to: 'published' });
    if (published.status !== 200) throw new Error(JSON.stringify(published.body));
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('lets a nurse offer an exchange, the colleague accept, and the scheduler approve: both rosters change', async () => {
    const offer = await anna
      .post('/api/swaps')
      .send({ offeredShiftId: annaTue.id, requestedShiftId: johanThu.id, message: 'Tandläkare på tisdag' });
    expect(offer.status).toBe(201);
    expect(offer.body).toMatchObject({
      kind: 'exchange',
      status: 'offered',
      role: 'mine',
      from: { employeeId: annaId, name: 'Anna Lindqvist' },
      to: { employeeId: johanId, name: 'Johan Berg' },
      offered: {
        id: annaTue.id,
        date: '2026-03-10',
        startLocal: '2026-03-10T07:00:00+01:00',
        departmentName: 'Medicin 1',
      },
      requested: { id: johanThu.id, date: '2026-03-12' },
    });
    const swapId = offer.body.id;
    expect((await inbox(johan))[0]).toMatchObject({
      kind: 'swap-offered',
      body: {
        sv: 'Anna Lindqvist vill byta sitt pass 2026-03-10 07:00–15:30 (Medicin 1) mot ditt pass 2026-03-12 07:00–15:30 (Medicin 1). Meddelande: ”Tandläkare på tisdag”',
      },
    });
    const johansView = (await johan.get('/api/swaps')).body.find((s: { id: string }) => s.id === swapId);
    expect(johansView.role).toBe('to-me');

    const accepted = await johan.post(`/api/swaps/${swapId}/accept`).send({ version: johansView.version });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('awaiting-approval');
    expect((await inbox(anna))[0].kind).toBe('swap-accepted');
    const queue = (await med1.get('/api/swaps?status=awaiting-approval')).body;
    expect(queue.map((s: { id: string }) => s.id)).toEqual([swapId]);
    expect((await inbox(med1))[0]).toMatchObject({ kind: 'swap-awaiting-approval' });
    // Nothing has moved yet.
    expect((await current(annaTue.id)).employeeId).toBe(annaId);

    const approved = await med1.post(`/api/swaps/${swapId}/decision`).send({ decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const tue = await current(annaTue.id);
    const thu = await current(johanThu.id);
    expect([tue.employeeId, tue.source, tue.version]).toEqual([johanId, 'swap', annaTue.version + 1]);
    expect([thu.employeeId, thu.source]).toEqual([annaId, 'swap']);

    const annasSchedule = (await anna.get('/api/me/schedule?from=2026-03-09&to=2026-03-13')).body.shifts;
    expect(annasSchedule.map((s: { date: string }) => s.date)).toEqual(['2026-03-09', '2026-03-12', '2026-03-13']);
    const johansSchedule = (await johan.get('/api/me/schedule?from=2026-03-09&to=2026-03-13')).body.shifts;
    expect(johansSchedule.map((s: { date: string }) => s.date)).toEqual(['2026-03-10', '2026-03-11']);
    expect((await inbox(anna))[0]).toMatchObject({
      kind: 'swap-approved',
      body: {
        sv: 'Bytet är genomfört: du arbetar 2026-03-12 07:00–15:30 (Medicin 1) i stället för 2026-03-10 07:00–15:30 (Medicin 1).',
      },
    });

    // Every step also went out by e-mail.
    await sink.waitFor(1, (m) => m.to.includes(JOHAN) && m.subject === 'Bemanna: Förfrågan om passbyte');
    await sink.waitFor(1, (m) => m.to.includes(DEMO.employeeAnna) && m.subject === 'Bemanna: Bytet är accepterat');
    await sink.waitFor(1, (m) => m.to.includes(DEMO.schedulerMed1) && m.subject === 'Bemanna: Passbyte att godkänna');
    const done = await sink.waitFor(2, (m) => m.subject === 'Bemanna: Passbytet är klart');
    expect(done.flatMap((m) => m.to).sort()).toEqual([DEMO.employeeAnna, JOHAN]);
  });

  it('refuses a swap that breaks daily rest at once, in plain words with the legal source, and stores nothing', async () => {
    const before = await swapCount();
    // Johan's day shift on Tuesday would follow Anna's Monday evening shift after 9 h 30 min.
    const res = await anna.post('/api/swaps').send({ offeredShiftId: annaFri.id, requestedShiftId: johanTueDay.id });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('RULE_VIOLATION');
    expect(res.body.reasons).toEqual([
      {
        sv: 'Med ändringen skulle Anna Lindqvist få: Dygnsvila 9 h 30 min mellan kvällspass 16/3 och dagpass 17/3; minst 11 h krävs (AB § 13 mom. 4 (2023-10-01), ATL 13 §)',
        en: 'With the change, Anna Lindqvist would have: Daily rest of 9 h 30 min between evening shift 16/3 and day shift 17/3; at least 11 h is required (AB § 13 mom. 4 (2023-10-01), ATL 13 §)',
      },
    ]);
    expect(res.body.violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['daily-rest']);
    expect(await swapCount()).toBe(before);
    expect((await current(johanTueDay.id)).employeeId).toBe(johanId);
  });

  it('refuses on acceptance when a shift of the swap changed since the offer (no lost update)', async () => {
    const offer = await anna.post('/api/swaps').send({ offeredShiftId: annaWed2.id, requestedShiftId: johanThu2.id });
    expect(offer.status).toBe(201);
    // Meanwhile the scheduler moves Anna's Wednesday shift.
    await med1
      .patch(`/api/shifts/${annaWed2.id}`)
      .send({ version: annaWed2.version, start: '2026-03-18T09:00', end: '2026-03-18T17:30', breakMinutes: 30 })
      .expect(200);

    const accepted = await johan.post(`/api/swaps/${offer.body.id}/accept`).send({});
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'refused', refusedBy: 'roster-changed' });
    expect(accepted.body.reasons[0].sv).toBe(
      'Passet 2026-03-18 09:00–17:30 (Medicin 1) har ändrats sedan bytet erbjöds.',
    );
    // The scheduler's change stands and nobody's shift moved.
    const wed = await current(annaWed2.id);
    expect([wed.employeeId, wed.version]).toEqual([annaId, annaWed2.version + 1]);
    expect((await current(johanThu2.id)).employeeId).toBe(johanId);
    expect((await inbox(anna))[0]).toMatchObject({ kind: 'swap-refused' });
    expect((await inbox(johan))[0]).toMatchObject({ kind: 'swap-refused' });
  });

  it('refuses on acceptance when the roster around it changed so that the swap now breaks daily rest', async () => {
    const offer = await anna.post('/api/swaps').send({ offeredShiftId: annaFri1.id, requestedShiftId: johanWed.id });
    expect(offer.status).toBe(201);
    // After the offer the scheduler gives Anna an evening shift the day before Johan's Wednesday.
    await shift(annaId, 'K', '2026-03-10');

    const accepted = await johan.post(`/api/swaps/${offer.body.id}/accept`).send({});
    expect(accepted.status).toBe(200);
    const full =
      'Med ändringen skulle Anna Lindqvist få: Dygnsvila 9 h 30 min mellan kvällspass 10/3 och dagpass 11/3; minst 11 h krävs (AB § 13 mom. 4 (2023-10-01), ATL 13 §)';
    // Johan reads which rule it is for Anna, not the details of her roster; Anna reads it all.
    const brief =
      'Med ändringen skulle Anna Lindqvist bryta mot regeln om dygnsvila (AB § 13 mom. 4 (2023-10-01), ATL 13 §)';
    expect(accepted.body).toMatchObject({
      status: 'refused',
      refusedBy: 'rules',
      reasons: [{ sv: brief }],
      findings: [],
    });
    const annasView = (await anna.get('/api/swaps')).body.find((w: { id: string }) => w.id === offer.body.id);
    expect(annasView.reasons).toEqual([expect.objectContaining({ sv: full })]);
    expect(annasView.findings.map((v: { ruleId: string }) => v.ruleId)).toContain('daily-rest');
    const schedulersView = (await med1.get('/api/swaps')).body.find((w: { id: string }) => w.id === offer.body.id);
    expect(schedulersView.reasons).toEqual([expect.objectContaining({ sv: full })]);
    expect((await current(johanWed.id)).employeeId).toBe(johanId);
    expect((await current(annaFri1.id)).employeeId).toBe(annaId);
    for (const [agent, reason] of [
      [anna, full],
      [johan, brief],
    ] as const) {
      const [latest] = await inbox(agent);
      expect(latest.kind).toBe('swap-refused');
      expect(latest.body.sv).toContain(reason);
    }
    const mails = await sink.waitFor(
      2,
      (m) => m.subject === 'Bemanna: Passbytet gick inte igenom' && /dygnsvila/i.test(m.text),
    );
    expect(mails.flatMap((m) => m.to).sort()).toEqual([DEMO.employeeAnna, JOHAN]);
  });

  it("never tells the nurse why a colleague is away: a swap onto his sick day is refused as 'not available'", async () => {
    await med1
      .post('/api/absences/sick')
      .send({ employeeId: johanId, startDate: '2026-03-20', endDate: '2026-03-20' })
      .expect(201);
    const res = await anna.post('/api/swaps').send({ offeredShiftId: annaFri.id, requestedShiftId: johanThu2.id });
    expect(res.status).toBe(422);
    expect(res.body.reasons).toEqual([
      { sv: 'Johan Berg är inte tillgänglig då', en: 'Johan Berg is not available then' },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/sjuk|sick/i);
    expect(res.body.violations).toEqual([]);
  });

  it('applies at once where the department lets accepted swaps through without approval', async () => {
    const settings = await med1
      .put(`/api/departments/${ids.department('MED1')}/self-service-settings`)
      .send({ swapApproval: 'automatic', openShiftAssignment: 'scheduler', agencyHourlyRate: 1100 });
    expect(settings.status).toBe(200);
    const offer = await anna.post('/api/swaps').send({ offeredShiftId: annaMon3.id, requestedShiftId: johanWed3.id });
    expect(offer.status).toBe(201);
    const accepted = await johan.post(`/api/swaps/${offer.body.id}/accept`).send({});
    expect(accepted.body).toMatchObject({ status: 'approved', reasons: [] });
    expect((await current(annaMon3.id)).employeeId).toBe(johanId);
    expect((await current(johanWed3.id)).employeeId).toBe(annaId);
    expect((await inbox(johan))[0].kind).toBe('swap-approved');
    await med1
      .put(`/api/departments/${ids.department('MED1')}/self-service-settings`)
      .send({ swapApproval: 'scheduler', openShiftAssignment: 'scheduler', agencyHourlyRate: 1100, version: 1 })
      .expect(200);
  });

  it('offers a give-away to eligible colleagues only: another profession cannot take it', async () => {
    const offer = await anna.post('/api/swaps').send({ offeredShiftId: annaMon.id });
    expect(offer.status).toBe(201);
    expect(offer.body).toMatchObject({ kind: 'give-away', to: null, requested: null });
    const swapId = offer.body.id;
    expect((await inbox(johan))[0]).toMatchObject({
      kind: 'swap-offered',
      body: { sv: 'Anna Lindqvist erbjuder sitt pass 2026-03-09 07:00–15:30 (Medicin 1) till den som kan ta det.' },
    });

    const sara = await t.login(SARA);
    expect((await sara.get('/api/swaps')).body.map((s: { id: string }) => s.id)).not.toContain(swapId);
    expect((await inbox(sara)).some((n) => n.kind === 'swap-offered')).toBe(false);
    const saraTries = await sara.post(`/api/swaps/${swapId}/accept`).send({});
    expect(saraTries.status).toBe(422);
    expect(saraTries.body.reasons[0].sv).toBe('Sara Nyström är undersköterska; passet kräver sjuksköterska');

    const listed = (await johan.get('/api/swaps')).body.find((s: { id: string }) => s.id === swapId);
    expect(listed.role).toBe('open-to-me');
    const taken = await johan.post(`/api/swaps/${swapId}/accept`).send({});
    expect(taken.body).toMatchObject({ status: 'awaiting-approval', to: { employeeId: johanId } });
    // Declining is for exchanges addressed to you; a taken give-away is no longer open.
    expect((await sara.post(`/api/swaps/${swapId}/accept`).send({})).status).toBe(409);
    const rejected = await med1
      .post(`/api/swaps/${swapId}/decision`)
      .send({ decision: 'reject', reason: 'Johan behövs inte den dagen' });
    expect(rejected.body).toMatchObject({
      status: 'refused',
      refusedBy: 'scheduler',
      reasons: [{ sv: 'Schemaläggaren godkände inte bytet: Johan behövs inte den dagen' }],
    });
    expect((await current(annaMon.id)).employeeId).toBe(annaId);
  });

  it.each([
    ['someone else’s shift', () => ({ offeredShiftId: saraTue.id }), 400, 'offeredShiftId'],
    [
      'a shift that does not exist',
      () => ({ offeredShiftId: '00000000-0000-4000-8000-000000000000' }),
      400,
      'offeredShiftId',
    ],
    [
      'asking for one’s own shift',
      () => ({ offeredShiftId: annaFri.id, requestedShiftId: annaFri.id }),
      400,
      'requestedShiftId',
    ],
    ['an unknown field', () => ({ offeredShiftId: annaFri.id, employeeId: johanId }), 400, 'employeeId'],
  ])('refuses to offer %s and stores nothing', async (_label, body, status, field) => {
    const before = await swapCount();
    const res = await anna.post('/api/swaps').send(body());
    expect(res.status).toBe(status);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await swapCount()).toBe(before);
  });

  it('refuses to offer a shift twice, and lets only the right people answer', async () => {
    const offer = await anna.post('/api/swaps').send({ offeredShiftId: annaFri.id });
    expect(offer.status).toBe(201);
    const twice = await anna.post('/api/swaps').send({ offeredShiftId: annaFri.id });
    expect([twice.status, twice.body.code]).toEqual([409, 'ALREADY_EXISTS']);
    expect((await anna.post(`/api/swaps/${offer.body.id}/accept`).send({})).status).toBe(403);
    expect((await johan.post(`/api/swaps/${offer.body.id}/decline`).send({})).status).toBe(404);
    // A scheduler of another department does not see it; nothing waits for approval yet.
    const kir = await t.login(DEMO.schedulerKir);
    expect((await kir.get('/api/swaps')).body).toEqual([]);
    expect((await kir.post(`/api/swaps/${offer.body.id}/decision`).send({ decision: 'approve' })).status).toBe(404);
    expect((await med1.post(`/api/swaps/${offer.body.id}/decision`).send({ decision: 'approve' })).status).toBe(409);
    expect((await med1.post(`/api/swaps/${offer.body.id}/decision`).send({ decision: 'reject' })).status).toBe(400);
    const withdrawn = await anna.post(`/api/swaps/${offer.body.id}/withdraw`).send({});
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await johan.post(`/api/swaps/${offer.body.id}/accept`).send({})).status).toBe(409);
  });

  it('refuses to swap a shift that has already started', async () => {
    clock.set('2026-03-20T08:00:00+01:00');
    try {
      const late = await t.login(DEMO.employeeAnna);
      const res = await late.post('/api/swaps').send({ offeredShiftId: annaFri.id });
      expect(res.status).toBe(400);
      expect(res.body.details[0]).toMatchObject({
        field: 'offeredShiftId',
        messageSv: 'Passet har redan börjat och kan inte bytas',
      });
    } finally {
      clock.set('2026-03-01T09:00:00+01:00');
    }
  });

  it('offers the colleagues’ shifts of the same profession near one’s own for an exchange', async () => {
    const options = (await anna.get(`/api/swaps/exchange-options?shiftId=${annaFri.id}`)).body as {
      shift: { id: string };
      holder: { name: string };
    }[];
    expect(options.map((o) => o.holder.name)).toContain('Johan Berg');
    expect(options.map((o) => o.holder.name)).not.toContain('Sara Nyström');
    expect((await anna.get(`/api/swaps/exchange-options?shiftId=${saraTue.id}`)).status).toBe(400);
  });
});
