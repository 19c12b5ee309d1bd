import { Client } from 'pg';
import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { FixedClock } from '../support/fixed-clock';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

const JOHAN = 'johan.berg@demo.bemanna.se';
const SARA = 'sara.nystrom@demo.bemanna.se';
const NOW = '2026-04-01T09:00:00+02:00';

interface OpenShift {
  id: string;
  status: string;
  shift: { id: string; date: string; employeeId: string | null };
  extraTime: { kind: string; ordinaryHours: number; mertidHours: number; overtimeHours: number } | null;
  myApplication: string | null;
  applicants: { name: string; status: string; eligible: boolean; extraTime: { kind: string } }[];
  agency: { flagged: boolean; estimatedCost: number | null; hourlyRate: number } | null;
  filledBy: { name: string } | null;
  version: number;
}

describe('open shifts', () => {
  const clock = new FixedClock(new Date(NOW));
  let sink: SmtpSink;
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  let anna: Agent;
  let johan: Agent;
  let annaId: string;
  let johanId: string;
  let periodId: string;
  /** Unassigned shifts of the published period. */
  const open: Record<string, string> = {};

  const post = async (agent: Agent, body: Record<string, unknown>) => agent.post('/api/open-shifts').send(body);
  const listOf = async (agent: Agent): Promise<OpenShift[]> => (await agent.get('/api/open-shifts')).body;
  const find = async (agent: Agent, postingId: string) => (await listOf(agent)).find((o) => o.id === postingId);
  const holderOf = async (shiftId: string) =>
    (await t.dataSource.query(`SELECT employee_id FROM shifts WHERE id = $1`, [shiftId]))[0].employee_id as
      string | null;
  const inbox = async (agent: Agent) =>
    (await agent.get('/api/notifications')).body.items as { kind: string; body: { sv: string } }[];

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ clock, mail: { smtpUrl: sink.url } });
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
    anna = await t.login(DEMO.employeeAnna);
    johan = await t.login(JOHAN);
    annaId = ids.employeeByName('Anna', 'Lindqvist');
    johanId = ids.employeeByName('Johan', 'Berg');
    const { body: period } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-04-13', weeks: 2 });
    periodId = period.id;
    const day = async (employeeId: string | null, date: string, code = 'D') => {
      const res = await med1
        .post('/api/shifts')
        .send({ periodId, employeeId, shiftTypeId: ids.shiftType('MED1', code), date });
      if (res.status !== 201) throw new Error(`${date}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.shift.id as string;
    };
    // Anna (full time, 76.5 h in the period): 72 h planned. Johan (80 %, 61.2 h): 56 h planned,
    // and no more than 24 h in the second week.
    for (const d of ['13', '14', '15', '16', '17', '20', '21', '22', '24']) await day(annaId, `2026-04-${d}`);
    for (const d of ['13', '14', '15', '16', '20', '21', '22']) await day(johanId, `2026-04-${d}`);
    open.thursday = await day(null, '2026-04-23');
    open.mondayNight = await day(null, '2026-04-19', 'N');
    open.wednesday = await day(null, '2026-04-22', 'K');
    await med1.post(`/api/roster-periods/${periodId}/transition`).send({ to: 'review' });
    await med1.post(`/api/roster-periods/${periodId}/transition`).send({ to: 'published' }).expect(200);
    // A later week where nobody has shifts yet: taking one is ordinary time for anyone.
    const { body: later } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-05-18', weeks: 1 });
    periodId = later.id;
    open.may20 = await day(null, '2026-05-20');
    open.may22 = await day(null, '2026-05-22');
    await med1.post(`/api/roster-periods/${periodId}/transition`).send({ to: 'review' });
    await med1.post(`/api/roster-periods/${periodId}/transition`).send({ to: 'published' }).expect(200);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('puts an unassigned shift out; only eligible staff are told, each with what it means for their pay', async () => {
    await johan.put('/api/open-shifts/preferences').send({ wantsExtraHours: true }).expect(200);
    const res = await post(med1, {
      shiftId: open.thursday,
      deadline: '2026-04-20T12:00',
      profession: 'sjukskoterska',
      note: 'Behöver ersättare',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'open',
      shift: { id: open.thursday, date: '2026-04-23', employeeId: null, departmentName: 'Medicin 1' },
      deadline: '2026-04-20T10:00:00.000Z',
      applicants: [],
      agency: { flagged: false, estimatedCost: null, hourlyRate: 1100 },
    });
    const postingId = res.body.id;

    // Johan (part time) would work 2.8 h beyond his contract, in a week below full time: mertid.
    const johans = await find(johan, postingId);
    expect(johans?.extraTime?.kind).toBe('mertid');
    expect(johans?.extraTime?.mertidHours).toBeCloseTo(2.8, 6);
    expect(johans?.extraTime?.ordinaryHours).toBeCloseTo(5.2, 6);
    expect(johans).toMatchObject({ applicants: [], agency: null, myApplication: null });
    expect((await inbox(johan))[0]).toMatchObject({
      kind: 'open-shift-published',
      body: {
        sv: 'Ledigt pass 2026-04-23 07:00–15:30 (Medicin 1). För dig: mertid 2 h 48 min. Anmäl intresse senast 2026-04-20 12:00.',
      },
    });
    await sink.waitFor(1, (m) => m.to.includes(JOHAN) && m.subject === 'Bemanna: Ledigt pass du kan ta');

    // Anna would go beyond her contract and has not asked for extra hours: not offered to her.
    expect(await find(anna, postingId)).toBeUndefined();
    expect((await inbox(anna)).some((n) => n.kind === 'open-shift-published')).toBe(false);
    await anna.put('/api/open-shifts/preferences').send({ wantsExtraHours: true }).expect(200);
    expect((await anna.get('/api/open-shifts/preferences')).body).toEqual({ wantsExtraHours: true });
    const annas = await find(anna, postingId);
    expect(annas?.extraTime?.kind).toBe('overtime');
    expect(annas?.extraTime?.overtimeHours).toBeCloseTo(3.5, 6);

    // An assistant nurse is not offered a nurse's shift.
    const sara = await t.login(SARA);
    expect(await find(sara, postingId)).toBeUndefined();
  });

  it('lets the scheduler pick among applicants, cheapest legal choice first; applying twice is refused', async () => {
    const postingId = (await listOf(med1)).find((o) => o.shift.id === open.thursday)!.id;
    const first = await anna.post(`/api/open-shifts/${postingId}/applications`);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ myApplication: 'applied', status: 'open' });
    const twice = await anna.post(`/api/open-shifts/${postingId}/applications`);
    expect([twice.status, twice.body.code]).toEqual([409, 'ALREADY_EXISTS']);
    expect((await inbox(med1))[0]).toMatchObject({ kind: 'open-shift-application' });
    await johan.post(`/api/open-shifts/${postingId}/applications`).expect(201);

    // Anna changes her mind and then applies again; without an application there is nothing to take back.
    expect((await anna.delete(`/api/open-shifts/${postingId}/applications/mine`)).status).toBe(204);
    expect((await find(med1, postingId))!.applicants.map((a) => a.name)).toEqual(['Johan Berg']);
    expect(await find(anna, postingId)).toMatchObject({ myApplication: null });
    expect((await anna.delete(`/api/open-shifts/${postingId}/applications/mine`)).status).toBe(404);
    await anna.post(`/api/open-shifts/${postingId}/applications`).expect(201);

    const seen = (await find(med1, postingId))!;
    expect(seen.applicants.map((a) => [a.name, a.extraTime.kind, a.eligible])).toEqual([
      ['Johan Berg', 'mertid', true],
      ['Anna Lindqvist', 'overtime', true],
    ]);
    const sara = ids.employeeByName('Sara', 'Nyström');
    const notApplicant = await med1.post(`/api/open-shifts/${postingId}/assign`).send({ employeeId: sara });
    expect([notApplicant.status, notApplicant.body.details[0].field]).toEqual([400, 'employeeId']);

    const assigned = await med1
      .post(`/api/open-shifts/${postingId}/assign`)
      .send({ employeeId: johanId, version: seen.version });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ status: 'filled', filledBy: { name: 'Johan Berg' } });
    expect(await holderOf(open.thursday)).toBe(johanId);
    expect((await inbox(johan))[0]).toMatchObject({ kind: 'open-shift-assigned' });
    expect((await inbox(anna))[0]).toMatchObject({ kind: 'open-shift-not-chosen' });
    expect(await find(anna, postingId)).toMatchObject({ myApplication: 'not-chosen', filledBy: null });
    const late = await anna.post(`/api/open-shifts/${postingId}/applications`);
    expect(late.status).toBe(409);
    // Once chosen, an application cannot be taken back (the shift is changed through the scheduler).
    for (const agent of [anna, johan]) {
      const back = await agent.delete(`/api/open-shifts/${postingId}/applications/mine`);
      expect([back.status, back.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    }
    expect(await holderOf(open.thursday)).toBe(johanId);
  });

  it('gives the shift to exactly one of two people accepting at the same moment (first eligible wins)', async () => {
    await med1
      .put(`/api/departments/${ids.department('MED1')}/self-service-settings`)
      .send({ swapApproval: 'scheduler', openShiftAssignment: 'first-eligible', agencyHourlyRate: 1100 })
      .expect(200);
    const { body: posting } = await post(med1, { shiftId: open.may20 });
    // Hold the posting so that both applications are inside their transactions, waiting, at once.
    const blocker = new Client({ connectionString: t.db.url });
    await blocker.connect();
    let results: { status: number; body: OpenShift }[];
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT id FROM open_shift_postings WHERE id = $1 FOR UPDATE', [posting.id]);
      const both = Promise.all(
        [anna, johan].map((agent) =>
          agent
            .post(`/api/open-shifts/${posting.id}/applications`)
            .then((r) => ({ status: r.status, body: r.body as OpenShift })),
        ),
      );
      const deadline = Date.now() + 10_000;
      for (;;) {
        const [{ n }] = (
          await blocker.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
          )
        ).rows;
        if (n === 2) break;
        if (Date.now() > deadline) throw new Error(`expected two waiting transactions, saw ${n}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await blocker.query('COMMIT');
      results = await both;
    } finally {
      await blocker.end();
    }
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
    const winner = results.find((r) => r.status === 201)!;
    expect(winner.body).toMatchObject({ status: 'filled', myApplication: 'assigned' });
    const winnerId = winner === results[0] ? annaId : johanId;
    expect(await holderOf(open.may20)).toBe(winnerId);
    const applications = await t.dataSource.query(
      `SELECT employee_id, status FROM open_shift_applications WHERE posting_id = $1`,
      [posting.id],
    );
    expect(applications).toEqual([{ employee_id: winnerId, status: 'assigned' }]);
    await med1
      .put(`/api/departments/${ids.department('MED1')}/self-service-settings`)
      .send({ swapApproval: 'scheduler', openShiftAssignment: 'scheduler', agencyHourlyRate: 1250 })
      .expect(200);
  });

  it('flags a shift nobody applied for by the deadline for agency staffing, with its estimated cost', async () => {
    const { body: posting } = await post(med1, { shiftId: open.may22, deadline: '2026-04-10T12:00' });
    expect(posting.agency).toEqual({ flagged: false, estimatedCost: null, hourlyRate: 1250 });
    clock.set('2026-04-10T12:00:00+02:00');
    try {
      const scheduler = await t.login(DEMO.schedulerMed1);
      const flagged = await find(scheduler, posting.id);
      // 8 paid hours at 1 250 kr/h.
      expect(flagged?.agency).toEqual({ flagged: true, estimatedCost: 10000, hourlyRate: 1250 });
      // An application still fills it better than an agency would; the flag goes.
      const late = await t.login(DEMO.employeeAnna);
      await late.post(`/api/open-shifts/${posting.id}/applications`).expect(201);
      expect((await find(scheduler, posting.id))?.agency).toMatchObject({ flagged: false });
    } finally {
      clock.set(NOW);
    }
  });

  it('never offers a shift the rules forbid, and refuses to apply to one', async () => {
    // The night before Monday 20 April overlaps Anna's and Johan's Monday day shifts.
    const { body: night } = await post(med1, { shiftId: open.mondayNight });
    expect(await find(anna, night.id)).toBeUndefined();
    const res = await anna.post(`/api/open-shifts/${night.id}/applications`);
    expect(res.status).toBe(422);
    expect(res.body.reasons.map((r: { sv: string }) => r.sv).join(' ')).toContain(
      'Med ändringen skulle Anna Lindqvist få',
    );
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM open_shift_applications WHERE posting_id = $1`,
      [night.id],
    );
    expect(n).toBe(0);
  });

  it('never offers a shift that needs a skill the person lacks (the rules engine’s qualification rule)', async () => {
    const admin = await t.login(DEMO.admin);
    const { body: skill } = await admin.post('/api/skills').send({ code: 'ECMO', name: 'ECMO' }).expect(201);
    const { body: type } = await admin
      .post('/api/shift-types')
      .send({
        departmentId: ids.department('MED1'),
        code: 'E',
        name: 'ECMO-dag',
        startTime: '07:00',
        endTime: '15:30',
        breakMinutes: 30,
        colour: '#aa3366',
        requiredSkillId: skill.id,
      })
      .expect(201);
    const { body: created } = await med1
      .post('/api/shifts')
      .send({ periodId, employeeId: null, shiftTypeId: type.id, date: '2026-05-21' })
      .expect(201);
    const { body: posting } = await post(med1, { shiftId: created.shift.id });
    expect(await find(anna, posting.id)).toBeUndefined();
    const res = await anna.post(`/api/open-shifts/${posting.id}/applications`);
    expect(res.status).toBe(422);
    expect(res.body.reasons[0].sv).toBe(
      'Med ändringen skulle Anna Lindqvist få: dagpass 21/5 07:00–15:30 kräver kompetensen ECMO, som medarbetaren saknar',
    );
  });

  it.each([
    [
      'a shift that already has someone',
      async () => (await t.dataSource.query(`SELECT id FROM shifts WHERE employee_id = $1 LIMIT 1`, [annaId]))[0].id,
      {},
      400,
      'shiftId',
    ],
    ['a deadline after the shift', async () => open.wednesday, { deadline: '2026-04-23T12:00' }, 400, 'deadline'],
    ['a profession that does not exist', async () => open.wednesday, { profession: 'pilot' }, 400, 'profession'],
  ])('refuses to put out %s', async (_label, shiftId, extra, status, field) => {
    const res = await post(med1, { shiftId: await shiftId(), ...extra });
    expect(res.status).toBe(status);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('refuses to put out a draft shift, the same shift twice, or another department’s shift', async () => {
    const { body: draft } = await med1
      .post('/api/roster-periods')
      .send({ departmentId: ids.department('MED1'), startDate: '2026-05-04', weeks: 1 });
    const { body: draftShift } = await med1
      .post('/api/shifts')
      .send({ periodId: draft.id, employeeId: null, shiftTypeId: ids.shiftType('MED1', 'D'), date: '2026-05-05' });
    expect((await post(med1, { shiftId: draftShift.shift.id })).body.details[0].messageSv).toBe(
      'Bara pass i publicerade perioder kan läggas ut som lediga pass',
    );
    const first = await post(med1, { shiftId: open.wednesday });
    expect(first.status).toBe(201);
    expect((await post(med1, { shiftId: open.wednesday })).status).toBe(409);
    const kir = await t.login(DEMO.schedulerKir);
    expect((await post(kir, { shiftId: open.wednesday })).status).toBe(400);
    expect((await kir.post(`/api/open-shifts/${first.body.id}/withdraw`)).status).toBe(404);
    const withdrawn = await med1.post(`/api/open-shifts/${first.body.id}/withdraw`);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await anna.post(`/api/open-shifts/${first.body.id}/applications`)).status).toBe(409);
    // Unassigned shifts not yet out, for the scheduler's list: the Wednesday evening is free again.
    const unassigned = (await med1.get('/api/open-shifts/unassigned')).body.map((s: { id: string }) => s.id);
    expect(unassigned).toContain(open.wednesday);
    expect(unassigned).not.toContain(open.thursday);
  });
});
